import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { AtButton } from 'taro-ui';
import type { LessonView, QuizResult } from '../../types/functions/academy';
import { errorMessage } from '../api/api-error';
import { callAcademy } from '../api/client';
import { newRequestId } from '../api/request-id';
import { DealerOnly } from '../components/dealer-only';
import { StatusView } from '../components/status-view';
import { useRequest } from '../hooks/use-request';
import { t } from '../locale';
import { LessonSteps } from './components/lesson-steps';
import { QuizForm } from './components/quiz-form';
import { QuizResultView } from './components/quiz-result';
import './lesson.scss';

type Phase = 'learn' | 'quiz' | 'result';

function toTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
}

/**
 * Steps, quiz, result. The request id is made when the lesson opens and kept for retries of the
 * same submission, so a network retry never counts as a second attempt; a retake gets a new one.
 */
function Lesson({ lesson }: { lesson: LessonView }) {
  const [phase, setPhase] = useState<Phase>('learn');
  const [answers, setAnswers] = useState<number[]>(() => lesson.questions.map(() => -1));
  const [requestId, setRequestId] = useState(newRequestId);
  const [result, setResult] = useState<QuizResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);

  function choose(question: number, option: number): void {
    if (submitting) return;
    setAnswers(answers.map((chosen, i) => (i === question ? option : chosen)));
  }

  async function submit(): Promise<void> {
    if (inFlight.current) return;

    inFlight.current = true;
    setSubmitting(true);
    try {
      const graded = await callAcademy('submitQuiz', { lessonId: lesson._id, requestId, answers });
      setResult(graded);
      setPhase('result');
      toTop();
    } catch (failure) {
      void Taro.showToast({ title: errorMessage(failure, t.common.failed), icon: 'none' });
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  }

  function retake(): void {
    setAnswers(lesson.questions.map(() => -1));
    setRequestId(newRequestId());
    setResult(null);
    setPhase('learn');
    toTop();
  }

  if (phase === 'result' && result) {
    return <QuizResultView lesson={lesson} result={result} onRetake={retake} />;
  }

  if (phase === 'quiz') {
    return (
      <QuizForm
        questions={lesson.questions}
        answers={answers}
        submitting={submitting}
        onChoose={choose}
        onSubmit={() => void submit()}
      />
    );
  }

  return (
    <>
      <View className="lesson__head">
        <View className="lesson__title">{lesson.title}</View>
        <View className="lesson__minutes">{t.academy.minutes(lesson.minutes)}</View>
      </View>
      <LessonSteps lesson={lesson} />
      <View className="lesson__actions">
        <AtButton
          className="lesson__start"
          type="primary"
          onClick={() => {
            setPhase('quiz');
            toTop();
          }}
        >
          {t.academy.lesson.start}
        </AtButton>
      </View>
    </>
  );
}

/** One level: its steps (or video), then its quiz, graded on the server. */
export default function LessonPage() {
  const lessonId = useRouter().params.id ?? '';
  const { data, loading, error, reload } = useRequest(
    () => callAcademy('getLesson', { lessonId }),
    lessonId,
  );

  return (
    <View className="lesson">
      <DealerOnly>
        <StatusView loading={loading} error={error} onRetry={reload}>
          {data && <Lesson key={data._id} lesson={data} />}
        </StatusView>
      </DealerOnly>
    </View>
  );
}
