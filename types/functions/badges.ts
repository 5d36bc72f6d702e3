import type { BadgeDoc } from '../academy';

export interface BadgeView extends BadgeDoc {
  awarded: boolean;
  awardedAt: string | null;
}

export interface BadgesRequests {
  catalogue: Record<string, never>;
  mine: Record<string, never>;
}

export interface BadgesReplies {
  catalogue: { badges: BadgeDoc[] };
  mine: { badges: BadgeView[] };
}
