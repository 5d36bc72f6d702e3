import { Button, Text, View } from '@tarojs/components';
import type { BadgeView } from '../../../types/functions/badges';
import { formatBeijing } from '../../format/time';
import { t } from '../../locale';
import './badge-card.scss';

/** In WeChat a share button opens the chat picker; the browser has none, so it shows the text. */
function Share({ badge }: { badge: BadgeView }) {
  const title = t.academy.badges.shareTitle(badge.name);

  if (process.env.TARO_ENV === 'weapp') {
    return (
      <Button className="badge-card__share" openType="share" data-badge-id={badge._id}>
        {t.academy.badges.share}
      </Button>
    );
  }

  return (
    <View className="badge-card__share-text">
      <Text className="badge-card__share-label">{t.academy.badges.shareText}</Text>
      <Text className="badge-card__share-title">{title}</Text>
    </View>
  );
}

interface BadgeCardProps {
  badge: BadgeView;
  picked: boolean;
  /** Why the dealer's path cannot earn it (面向更高等级的经销商…), or ''. */
  reachNote?: string;
}

/** A badge with its criteria; an awarded one shows when, and can be shared as a card. */
export function BadgeCard({ badge, picked, reachNote = '' }: BadgeCardProps) {
  const state = badge.awarded ? 'awarded' : 'missing';
  const reach = reachNote === '' ? '' : ' badge-card--out-of-path';
  const day = badge.awardedAt ? formatBeijing(badge.awardedAt).slice(0, 10) : '';

  return (
    <View
      className={`badge-card badge-card--${state}${reach}${picked ? ' badge-card--picked' : ''}`}
      data-badge-id={badge._id}
    >
      <View className="badge-card__medal">
        <Text className="badge-card__initial">{badge.name.slice(0, 2)}</Text>
      </View>
      <View className="badge-card__body">
        <Text className="badge-card__name">{badge.name}</Text>
        <Text className="badge-card__status">
          {badge.awarded ? t.academy.badges.awarded(day) : t.academy.badges.notAwarded}
        </Text>
        <Text className="badge-card__description">{badge.description}</Text>
        <Text className="badge-card__criteria">{t.academy.badges.criteria(badge.criteria)}</Text>
        {reachNote !== '' && <Text className="badge-card__reach">{reachNote}</Text>}
        {badge.points > 0 && (
          <Text className="badge-card__points">{t.academy.badges.points(badge.points)}</Text>
        )}
        {badge.awarded && <Share badge={badge} />}
      </View>
    </View>
  );
}
