/** Texts of the review reminder subscription message (template fields are short). */
export const REMINDER_TEXTS_ZH_CN = {
  title: '错题复习提醒',
  dueCount: (count: number) => `${count} 道错题待复习`,
  hint: '花 1 分钟复习，答对即可销账',
};
