import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { LessonView, QuestionResult, QuizResult } from '../../../types/functions/academy';
import { callBadges } from '../../api/client';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';
import { backTo, openLesson } from '../../routes';
import './quiz.scss';

interface QuizResultProps {
  lesson: LessonView;
  result: QuizResult;
  onRetake: () => void;
}

/** Badge ids become names from the catalogue; until it answers, the ids stand in. */
function AwardedBadges({ ids }: { ids: string[] }) {
  const { data } = useRequest(() => callBadges('catalogue', {}), ids.join(','));
  const names = ids.map((id) => data?.badges.find((badge) => badge._id === id)?.name ?? id);
  return (
    <Text className="quiz-result__gain quiz-result__badges">
      {t.academy.lesson.badgesAwarded(names.join('、'))}
    </Text>
  );
}

/**
 * One graded question. Before the level is passed the server keeps the right answer back, so
 * only the verdict shows; after, the right answer and its explanation come with it.
 */
function QuestionReview({ item, lesson }: { item: QuestionResult; lesson: LessonView }) {
  const question = lesson.questions.find((q) => q._id === item.questionId);
  const optionText = (index: number) => question?.options[index] ?? t.academy.lesson.noAnswer;

  return (
    <View
      className={`quiz-result__question quiz-result__question--${item.correct ? 'right' : 'wrong'}`}
      data-question-id={item.questionId}
    >
      <Text className="quiz-result__prompt">{question?.prompt ?? ''}</Text>
      <Text className="quiz-result__mark">
        {item.correct ? t.academy.lesson.rightMark : t.academy.lesson.wrongMark}
      </Text>
      <Text className="quiz-result__answer quiz-result__mine">
        {t.academy.lesson.yourAnswer(optionText(item.chosenIndex))}
      </Text>
      {item.answerIndex !== null && (
        <Text className="quiz-result__answer quiz-result__right">
          {t.academy.lesson.rightAnswer(optionText(item.answerIndex))}
        </Text>
      )}
      {item.explanation !== '' && (
        <Text className="quiz-result__explanation">{item.explanation}</Text>
      )}
    </View>
  );
}

/** The server's grading: score, verdict, each answer against the right one, and what it earned. */
export function QuizResultView({ lesson, result, onRetake }: QuizResultProps) {
  const wrong = result.questions.some((q) => !q.correct);
  const hidden = result.questions.some((q) => q.answerIndex === null);

  return (
    <View className="quiz-result">
      <View
        className={`quiz-result__head quiz-result__head--${result.passed ? 'passed' : 'failed'}`}
      >
        <Text className="quiz-result__verdict">
          {result.passed ? t.academy.lesson.passed : t.academy.lesson.failed}
        </Text>
        <Text className="quiz-result__score">
          {t.academy.lesson.score(result.score, result.total)}
        </Text>
      </View>
      <View className="quiz-result__gains">
        <Text className="quiz-result__gain quiz-result__points">
          {result.pointsAwarded > 0
            ? t.academy.lesson.pointsAwarded(result.pointsAwarded)
            : t.academy.lesson.noPoints}
        </Text>
        {result.badgesAwarded.length > 0 && <AwardedBadges ids={result.badgesAwarded} />}
        {result.featuresUnlocked.map((feature) => (
          <Text key={feature} className="quiz-result__gain quiz-result__feature">
            {t.academy.lesson.featureUnlocked(t.academy.feature[feature])}
          </Text>
        ))}
        {wrong && <Text className="quiz-result__gain">{t.academy.lesson.wrongSaved}</Text>}
      </View>
      <Text className="section-title">{t.academy.lesson.quiz}</Text>
      {hidden && (
        <Text className="quiz-result__hidden-note">{t.academy.lesson.answersAfterPass}</Text>
      )}
      {result.questions.map((item) => (
        <QuestionReview key={item.questionId} item={item} lesson={lesson} />
      ))}
      <View className="quiz-result__actions button-stack">
        {result.nextLessonId && (
          <AtButton
            className="quiz-result__next"
            type="primary"
            onClick={() => openLesson(result.nextLessonId ?? '', true)}
          >
            {t.academy.lesson.next}
          </AtButton>
        )}
        {!result.passed && (
          <AtButton className="quiz-result__retake" type="primary" onClick={onRetake}>
            {t.academy.lesson.retake}
          </AtButton>
        )}
        <AtButton className="quiz-result__back" onClick={() => backTo('academy')}>
          {t.academy.lesson.backToPath}
        </AtButton>
      </View>
    </View>
  );
}
