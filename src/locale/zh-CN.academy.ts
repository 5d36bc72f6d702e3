import type { FeatureKey, MistakeSource, PointsRule, RewardKind, Track } from '../../types/academy';

// The learning side's UI text, part of the zh-CN object (kept apart so neither file grows long).

const track: Record<Track, string> = { basics: '基础', data: '数据', advanced: '进阶' };

const pointsRule: Record<PointsRule, string> = {
  lesson_passed: '通过关卡',
  course_finished: '完成课程',
  streak_day: '连续学习',
  review_right: '复习答对',
  badge_awarded: '获得勋章',
  redeem: '兑换奖励',
  staff_adjust: '品牌方调整',
};

const rewardKind: Record<RewardKind, string> = {
  ad_slot: '广告位',
  regional_promotion: '区域推广资源',
  supply_chain_service: '供应链服务',
};

const feature: Record<FeatureKey, string> = { supply_chain_finance: '供应链金融' };

const mistakeSource: Record<MistakeSource, string> = { order: '真实订单', quiz: '课后测验' };

/** The academy: path, lesson, notebook, rewards, badges. */
export const academy = {
  track,
  pointsRule,
  rewardKind,
  feature,
  mistakeSource,
  points: '积分',
  streak: (days: number) => `连续学习 ${days} 天`,
  earnedToday: (points: number) => `今日已得 ${points}`,
  recommended: '为你推荐',
  noRecommendations: '暂无推荐，按学习路径继续闯关吧',
  path: '学习路径',
  more: '更多',
  minutes: (minutes: number) => `约 ${minutes} 分钟`,
  levelPassed: (score: number) => `已通过 · 最佳答对 ${score} 题`,
  levelOpen: '可学习',
  levelLocked: '未解锁',
  courseFinished: '已完成',
  trackTag: (name: string) => `${name}课程`,
  emptyPath: '当前等级暂无课程',
  entries: {
    notebook: '错题本',
    rewards: '积分商城',
    badges: '我的勋章',
    finance: '供应链金融',
  },
  featureOpen: '已解锁，点击进入',
  lesson: {
    steps: '课程内容',
    step: (n: number) => `第 ${n} 步`,
    quiz: '课后测验',
    start: '开始答题',
    passRule: (total: number) => `共 ${total} 题，答对三分之二即可通过`,
    submit: '提交答案',
    submitting: '正在判分…',
    unanswered: (left: number) => `还有 ${left} 题未作答`,
    passed: '恭喜，本关通过！',
    failed: '本关未通过，复习后再试一次',
    score: (score: number, total: number) => `答对 ${score} / ${total} 题`,
    yourAnswer: (text: string) => `你的答案：${text}`,
    rightAnswer: (text: string) => `正确答案：${text}`,
    noAnswer: '未作答',
    wrongMark: '答错了',
    rightMark: '答对了',
    answersAfterPass: '通过本关后可查看正确答案和解析',
    pointsAwarded: (points: number) => `获得积分 +${points}`,
    noPoints: '本次没有新积分（已领取过或已达今日上限）',
    badgesAwarded: (names: string) => `获得勋章：${names}`,
    featureUnlocked: (name: string) => `已解锁新功能：${name}`,
    next: '进入下一关',
    retake: '重新学习本关',
    backToPath: '返回学习路径',
    wrongSaved: '答错的题已记入错题本',
  },
  notebook: {
    tabs: { open: '待巩固', closed: '已掌握' },
    remind: '提醒我复习',
    reminded: '已开启复习提醒',
    remindDeclined: '未开启提醒，可稍后再试',
    lesson: (title: string) => `相关课程：${title}`,
    noLesson: '暂无对应课程',
    nextReview: (day: string) => `下次复习：${day}`,
    due: '今天该复习了',
    occurrences: (n: number) => `出现 ${n} 次`,
    closedBy: { review: '复习答对后移出', order: '真实订单已通过这项检查' },
    review: '开始复习',
    submit: '提交',
    right: '回答正确，已移出错题本',
    wrong: '答错了，明天会再次出现，先复习关联课程',
    rightAnswer: (text: string) => `正确答案：${text}`,
    emptyOpen: '没有待巩固的错题，继续保持',
    emptyClosed: '还没有已掌握的错题',
  },
  rewards: {
    balance: '当前积分',
    catalogue: '积分兑换',
    cost: (points: number) => `${points} 积分`,
    stock: (stock: number) => `库存 ${stock}`,
    soldOut: '已兑完',
    redeem: '兑换',
    shortBy: (points: number) => `还差 ${points} 积分`,
    confirm: (title: string, cost: number) => `确定用 ${cost} 积分兑换「${title}」吗？`,
    redeemed: '兑换成功',
    history: '积分明细',
    balanceAfter: (balance: number) => `余额 ${balance}`,
    emptyRewards: '暂无可兑换的奖励',
    emptyHistory: '还没有积分记录，去学院闯关赚积分吧',
  },
  badges: {
    awarded: (day: string) => `${day} 获得`,
    notAwarded: '未获得',
    criteria: (text: string) => `获得条件：${text}`,
    points: (points: number) => `附赠 ${points} 积分`,
    share: '分享勋章卡片',
    shareTitle: (name: string) => `我在经销商学院获得了「${name}」`,
    shareText: '分享文案',
    empty: '暂无勋章',
    notOnPath: '面向更高等级的经销商，你当前的学习路径暂不包含所需课程',
  },
};

/** The supply-chain finance programme page. */
export const finance = {
  title: '供应链金融服务',
  intro: [
    '供应链金融是品牌方联合合作金融机构为经销商提供的备货资金支持：以您在本平台的真实订货和回款记录为依据，核定可用的融资额度。',
    '资金只用于向品牌方订货，放款直接进入订单付款，无需抵押；按实际使用天数计息，回款后额度自动恢复。',
    '申请前请先完成「供应链金融入门」课程，了解额度、利息和还款责任，避免因逾期影响授信与合作等级。',
  ],
  lockedTitle: '尚未解锁',
  unlockedTitle: '已解锁，可以提交申请',
  amount: '金额（元）',
  amountPlaceholder: '例如 200000',
  note: '资金用途',
  notePlaceholder: '例如：中秋备货，预计订购 300 箱',
  submit: '提交申请',
  invalidAmount: '请输入大于 0 的金额，最多两位小数',
  submitted: '申请已提交，品牌方将尽快与您联系',
  applicationId: (id: string) => `申请编号：${id}`,
  toAcademy: '去学院学习',
};

/** Staff: every dealer's learning progress and points adjustments. */
export const staffLearning = {
  passed: (passed: number, total: number) => `已通过 ${passed}/${total} 关`,
  openMistakes: (n: number) => `待巩固错题 ${n}`,
  lastActive: (day: string) => `最近学习 ${day}`,
  neverActive: '尚未开始学习',
  adjust: '调整积分',
  amount: '积分变动（正数增加，负数扣减）',
  reason: '调整原因（会记入积分明细）',
  submit: '确认调整',
  adjusted: (balance: number) => `已调整，余额 ${balance}`,
  invalidAmount: '请输入不为 0 的整数',
  reasonRequired: '请填写调整原因',
  empty: '还没有经销商',
};
