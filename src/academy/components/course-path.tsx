import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { AtIcon } from 'taro-ui';
import type { CourseView, LevelView } from '../../../types/functions/academy';
import { t } from '../../locale';
import { openLesson } from '../../routes';
import './course-path.scss';

function stateOf(level: LevelView): 'passed' | 'open' | 'locked' {
  if (level.passed) return 'passed';
  return level.locked ? 'locked' : 'open';
}

/** A locked level says what opens it instead of opening. */
function tapLevel(level: LevelView): void {
  if (level.locked) {
    void Taro.showToast({ title: level.lockMessage, icon: 'none', duration: 2500 });
    return;
  }

  openLesson(level.lessonId);
}

function LevelNode({ level }: { level: LevelView }) {
  const state = stateOf(level);
  const meta =
    state === 'passed'
      ? t.academy.levelPassed(level.bestScore)
      : state === 'open'
        ? `${t.academy.levelOpen} · ${t.academy.minutes(level.minutes)}`
        : t.academy.levelLocked;

  return (
    <View
      className={`course-path__level course-path__level--${state}`}
      data-lesson-id={level.lessonId}
      onClick={() => tapLevel(level)}
    >
      <View className="course-path__node">
        {state === 'open' ? (
          <Text className="course-path__number">{level.order}</Text>
        ) : (
          <AtIcon value={state === 'passed' ? 'check' : 'lock'} size="14" color="#fff" />
        )}
      </View>
      <View className="course-path__body">
        <Text className="course-path__title">{level.title}</Text>
        <Text className="course-path__meta">{meta}</Text>
      </View>
    </View>
  );
}

/** One course as a section of the path: its levels as nodes, passed, open or locked. */
export function CoursePath({ course }: { course: CourseView }) {
  return (
    <View className="course-path" data-course-id={course._id}>
      <View className="course-path__head">
        <Text className="course-path__course">{course.title}</Text>
        <Text className={`course-path__track course-path__track--${course.track}`}>
          {course.finished
            ? t.academy.courseFinished
            : t.academy.trackTag(t.academy.track[course.track])}
        </Text>
      </View>
      <Text className="course-path__summary">{course.summary}</Text>
      {course.levels.map((level) => (
        <LevelNode key={level.lessonId} level={level} />
      ))}
    </View>
  );
}
