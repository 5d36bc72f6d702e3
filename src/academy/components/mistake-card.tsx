import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { MistakeView } from '../../../types/functions/academy';
import { t } from '../../locale';
import { openLesson } from '../../routes';
import { ReviewPanel } from './review-panel';
import './mistake-card.scss';

interface MistakeCardProps {
  mistake: MistakeView;
  reviewing: boolean;
  onReview: (mistakeId: string | null) => void;
  onAnswered: () => void;
}

function statusLine(mistake: MistakeView): string {
  if (mistake.status === 'closed') {
    return mistake.closedBy ? t.academy.notebook.closedBy[mistake.closedBy] : '';
  }

  return mistake.due
    ? t.academy.notebook.due
    : t.academy.notebook.nextReview(mistake.nextReviewDay);
}

/** One notebook entry: what went wrong, the lesson that teaches it, and when it comes back. */
export function MistakeCard({ mistake, reviewing, onReview, onAnswered }: MistakeCardProps) {
  const open = mistake.status === 'open';
  const state = open ? (mistake.due ? 'due' : 'open') : 'closed';

  return (
    <View className={`mistake-card mistake-card--${state}`} data-mistake-id={mistake._id}>
      <View className="mistake-card__head">
        <Text className="mistake-card__source">{t.academy.mistakeSource[mistake.source]}</Text>
        <Text className="mistake-card__count">
          {t.academy.notebook.occurrences(mistake.occurrences)}
        </Text>
      </View>
      <Text className="mistake-card__detail">{mistake.detail}</Text>
      {mistake.lessonId ? (
        <Text className="mistake-card__lesson" onClick={() => openLesson(mistake.lessonId)}>
          {t.academy.notebook.lesson(mistake.lessonTitle)}
        </Text>
      ) : (
        <Text className="mistake-card__meta">{t.academy.notebook.noLesson}</Text>
      )}
      <Text className="mistake-card__meta mistake-card__when">{statusLine(mistake)}</Text>
      {open && !reviewing && (
        <AtButton
          className="mistake-card__review"
          size="small"
          type={mistake.due ? 'primary' : 'secondary'}
          onClick={() => onReview(mistake._id)}
        >
          {t.academy.notebook.review}
        </AtButton>
      )}
      {reviewing && <ReviewPanel mistakeId={mistake._id} onAnswered={onAnswered} />}
    </View>
  );
}
