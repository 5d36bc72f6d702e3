import type { Role, Tier } from '../documents';

export interface Me {
  openid: string;
  role: Role | 'guest';
  displayName: string;
  dealer: {
    _id: string;
    name: string;
    tier: Tier;
    region: string;
    creditLimitFen: number;
    receivableFen: number;
    openOrderFen: number;
  } | null;
}

export interface UserRequests {
  me: Record<string, never>;
  bind: { inviteCode: string; displayName?: string };
}

export interface UserReplies {
  me: Me;
  bind: Me;
}
