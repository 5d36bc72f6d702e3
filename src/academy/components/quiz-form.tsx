import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { LessonView } from '../../../types/functions/academy';
import { t } from '../../locale';
import './quiz.scss';

interface QuizFormProps {
  questions: LessonView['questions'];
  /** The chosen option per question, -1 while unanswered. */
  answers: number[];
  submitting: boolean;
  onChoose: (questionIndex: number, optionIndex: number) => void;
  onSubmit: () => void;
}

/** The lesson's single-choice questions as one list; submit once every one is answered. */
export function QuizForm(props: QuizFormProps) {
  const { questions, answers, submitting, onChoose, onSubmit } = props;
  const left = questions.filter((_, i) => (answers[i] ?? -1) < 0).length;

  return (
    <View className="quiz">
      <Text className="section-title">{t.academy.lesson.passRule(questions.length)}</Text>
      {questions.map((question, q) => (
        <View key={question._id} className="quiz-question" data-question-id={question._id}>
          <Text className="quiz-question__prompt">{`${q + 1}. ${question.prompt}`}</Text>
          {question.options.map((option, o) => (
            <View
              key={option}
              className={`quiz-question__option${answers[q] === o ? ' quiz-question__option--chosen' : ''}`}
              data-index={o}
              onClick={() => onChoose(q, o)}
            >
              <Text>{option}</Text>
            </View>
          ))}
        </View>
      ))}
      <View className="quiz__actions">
        {left > 0 && <Text className="quiz__left">{t.academy.lesson.unanswered(left)}</Text>}
        <AtButton
          className="lesson__submit"
          type="primary"
          loading={submitting}
          disabled={submitting || left > 0}
          onClick={onSubmit}
        >
          {submitting ? t.academy.lesson.submitting : t.academy.lesson.submit}
        </AtButton>
      </View>
    </View>
  );
}
