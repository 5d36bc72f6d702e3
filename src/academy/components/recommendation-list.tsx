import { Text, View } from '@tarojs/components';
import type { Recommendation } from '../../../types/functions/academy';
import { t } from '../../locale';
import { openLesson } from '../../routes';
import './recommendation-list.scss';

/** "为你推荐": lessons picked from the dealer's mistakes, path and tier, each with its reason. */
export function RecommendationList({ items }: { items: Recommendation[] }) {
  return (
    <View className="recommendations">
      <Text className="section-title">{t.academy.recommended}</Text>
      {items.length === 0 && (
        <Text className="recommendations__empty">{t.academy.noRecommendations}</Text>
      )}
      {items.map((item) => (
        <View
          key={item.lessonId}
          className="recommendations__item"
          data-lesson-id={item.lessonId}
          onClick={() => openLesson(item.lessonId)}
        >
          <Text className="recommendations__title">{item.lessonTitle}</Text>
          <Text className="recommendations__course">{item.courseTitle}</Text>
          <Text className="recommendations__reason">{item.reason}</Text>
        </View>
      ))}
    </View>
  );
}
