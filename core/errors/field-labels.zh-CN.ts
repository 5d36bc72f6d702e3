/** How a dealer reads each input field an INVALID_INPUT can name (never the code's own name). */
const FIELD_LABELS: Record<string, string> = {
  action: '操作',
  event: '请求内容',
  items: '商品清单',
  lines: '发货清单',
  productId: '商品',
  quantity: '数量',
  orderId: '订单',
  requestId: '提交编号',
  cursor: '翻页位置',
  category: '分类',
  keyword: '搜索词',
  reason: '原因',
  status: '状态',
  inviteCode: '邀请码',
  displayName: '姓名',
  fileID: '文件',
  fileName: '文件名',
  applyValidRows: '导入方式',
  lessonId: '课程',
  answers: '答案',
  answerIndex: '答案',
  questionId: '题目',
  mistakeId: '错题',
  rewardId: '奖励',
  dealerId: '经销商',
  amount: '积分数量',
  amountFen: '金额',
  note: '备注',
  templateId: '提醒模板',
  TriggerName: '定时任务',
};

/**
 * A field path as valibot reports it (`items.0.quantity`) in words: the last named field's label,
 * with the item's position when it sits in a list (数量（第 1 项）).
 */
export function fieldLabel(path: string): string {
  const segments = path.split('.');
  const named = [...segments].reverse().find((segment) => !/^\d+$/.test(segment)) ?? '';
  const label = FIELD_LABELS[named] ?? '提交的内容';

  const index = segments.find((segment) => /^\d+$/.test(segment));
  return index === undefined ? label : `${label}（第 ${Number(index) + 1} 项）`;
}
