/** `reminderSubscriptions/<dealerId>`: a one-time subscription-message grant for reminders. */
export interface ReminderSubscriptionDoc {
  _id: string;
  dealerId: string;
  /** The openid that granted it; WeChat sends to that person. */
  openid: string;
  templateId: string;
  /** WeChat grants one message per tap: 'used' once a reminder has gone out. */
  status: 'active' | 'used';
  subscribedAt: string;
  sentAt: string | null;
}

/** The app page a reminder opens: the mistake notebook in the academy subpackage. */
export const NOTEBOOK_PAGE = 'academy/notebook';

/** The review-reminder template this deployment sends; set per environment, never by a client. */
export function reviewTemplateId(): string {
  return process.env.REVIEW_TEMPLATE_ID || 'local-review-reminder';
}
