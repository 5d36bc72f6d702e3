import type { UserDoc } from '../../types/documents';
import { DEMO_DEALER_IDS } from './dealers';

/** Demo account name -> the openid the local runtime signs that account in as. */
export const DEMO_ACCOUNTS: Record<string, string> = {
  'dealer-new': 'demo-openid-dealer-new',
  'dealer-core': 'demo-openid-dealer-core',
  'dealer-top': 'demo-openid-dealer-top',
  mentor: 'demo-openid-mentor',
  staff: 'demo-openid-staff',
};

/** `users` documents for the demo accounts; each `_id` is the account's openid. */
export function demoUsers(now: Date): UserDoc[] {
  const createdAt = now.toISOString();

  return [
    {
      _id: 'demo-openid-dealer-new',
      role: 'dealer',
      dealerId: DEMO_DEALER_IDS.new,
      displayName: '王建国',
      createdAt,
    },
    {
      _id: 'demo-openid-dealer-core',
      role: 'dealer',
      dealerId: DEMO_DEALER_IDS.core,
      displayName: '陈丽华',
      createdAt,
    },
    {
      _id: 'demo-openid-dealer-top',
      role: 'dealer',
      dealerId: DEMO_DEALER_IDS.top,
      displayName: '刘志强',
      createdAt,
    },
    { _id: 'demo-openid-mentor', role: 'mentor', displayName: '周晓岚', createdAt },
    { _id: 'demo-openid-staff', role: 'staff', displayName: '李思远', createdAt },
  ];
}
