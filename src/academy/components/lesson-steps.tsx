import { Image, Text, Video, View } from '@tarojs/components';
import type { LessonView } from '../../../types/functions/academy';
import { t } from '../../locale';
import './lesson-steps.scss';

/** The lesson itself: a video when it has one, then its illustrated steps. */
export function LessonSteps({ lesson }: { lesson: LessonView }) {
  return (
    <View className="lesson-steps">
      {lesson.videoUrl !== '' && (
        <Video className="lesson-steps__video" src={lesson.videoUrl} controls />
      )}
      <Text className="section-title">{t.academy.lesson.steps}</Text>
      {lesson.steps.map((step, index) => (
        <View key={step.title} className="lesson-steps__step">
          <Text className="lesson-steps__number">{t.academy.lesson.step(index + 1)}</Text>
          <Text className="lesson-steps__title">{step.title}</Text>
          {step.imageUrl !== '' && (
            <Image className="lesson-steps__image" src={step.imageUrl} mode="widthFix" />
          )}
          <Text className="lesson-steps__body">{step.body}</Text>
        </View>
      ))}
    </View>
  );
}
