import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { AcademyReplies } from '../../../types/functions/academy';
import { errorMessage } from '../../api/api-error';
import { callAcademy } from '../../api/client';
import { newRequestId } from '../../api/request-id';
import { StatusView } from '../../components/status-view';
import { useRequest } from '../../hooks/use-request';
import { t } from '../../locale';
import './quiz.scss';

type Verdict = AcademyReplies['submitReview'];

interface ReviewPanelProps {
  mistakeId: string;
  /** Called after the answer is graded, so the list can show the entry's new state. */
  onAnswered: () => void;
}

/**
 * One review: the question again, one answer, the verdict. A right answer comes with its
 * explanation; a wrong one only says it comes back tomorrow, so it is not simply copied.
 */
export function ReviewPanel({ mistakeId, onAnswered }: ReviewPanelProps) {
  const review = useRequest(() => callAcademy('getReview', { mistakeId }), mistakeId);
  const [chosen, setChosen] = useState(-1);
  const [requestId] = useState(newRequestId);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const question = review.data;

  async function submit(questionId: string): Promise<void> {
    if (inFlight.current) return;

    inFlight.current = true;
    setBusy(true);
    try {
      const answer = { mistakeId, questionId, requestId, answerIndex: chosen };
      setVerdict(await callAcademy('submitReview', answer));
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure, t.common.failed), icon: 'none' });
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return (
    <View className="review-panel">
      <StatusView loading={review.loading} error={review.error} onRetry={review.reload}>
        {question && (
          <>
            <Text className="review-panel__prompt">{question.prompt}</Text>
            {question.options.map((option, index) => (
              <View
                key={option}
                className={`quiz-question__option${chosen === index ? ' quiz-question__option--chosen' : ''}`}
                data-index={index}
                onClick={() => !verdict && setChosen(index)}
              >
                <Text>{option}</Text>
              </View>
            ))}
            {verdict ? (
              <View
                className={`review-panel__verdict review-panel__verdict--${verdict.correct ? 'right' : 'wrong'}`}
              >
                <Text className="review-panel__verdict-title">
                  {verdict.correct ? t.academy.notebook.right : t.academy.notebook.wrong}
                </Text>
                {verdict.answerIndex !== null && (
                  <Text className="review-panel__explanation review-panel__answer">
                    {t.academy.notebook.rightAnswer(question.options[verdict.answerIndex] ?? '')}
                  </Text>
                )}
                {verdict.explanation !== '' && (
                  <Text className="review-panel__explanation">{verdict.explanation}</Text>
                )}
                <AtButton className="review-panel__done" size="small" onClick={onAnswered}>
                  {t.common.confirm}
                </AtButton>
              </View>
            ) : (
              <AtButton
                className="review-panel__submit"
                type="primary"
                size="small"
                disabled={busy || chosen < 0}
                onClick={() => void submit(question.questionId)}
              >
                {t.academy.notebook.submit}
              </AtButton>
            )}
          </>
        )}
      </StatusView>
    </View>
  );
}
