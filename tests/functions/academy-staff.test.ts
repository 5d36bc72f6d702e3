import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURSES, LESSONS } from '../../content/academy';
import type { DealerLearning } from '../../types/functions/academy';
import type { Page } from '../../types/envelope';
import { startTestRuntime, type TestRuntime } from '../support/runtime';
import { dealerIdOf, passLesson } from './academy-support';

let t: TestRuntime;

beforeAll(async () => {
  t = await startTestRuntime();
});

afterAll(async () => {
  await t.close();
});

describe('academy staff actions', () => {
  it('shows each dealer’s lessons passed out of their path', async () => {
    await passLesson(t, 'dealer-new', 'l-ordering-1');

    const page = await t.data<Page<DealerLearning>>('staff', 'academy', {
      action: 'listProgress',
    });

    const dealer = page.items.find((item) => item.dealerId === dealerIdOf('dealer-new'));
    const basics = COURSES.filter((course) => course.tiers.includes('new')).map((c) => c._id);
    const total = LESSONS.filter((lesson) => basics.includes(lesson.courseId)).length;
    expect(dealer).toMatchObject({ lessonsPassed: 1, lessonsTotal: total, openMistakes: 0 });
    expect(dealer?.lastActiveDay).not.toBeNull();
  });

  it('refuses progress and publishing to a dealer', async () => {
    expect(await t.call('dealer-new', 'academy', { action: 'listProgress' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await t.call('dealer-new', 'academy', { action: 'publishContent' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('publishes the bundled content without resetting reward stock', async () => {
    await t.runtime.store.update('lessons', 'l-ordering-1', { title: 'old title' });
    await t.runtime.store.update('rewards', 'r-wedding-kit', { stock: 7 });

    const reply = await t.data<{ courses: number; lessons: number }>('staff', 'academy', {
      action: 'publishContent',
    });

    expect(reply).toEqual({ courses: COURSES.length, lessons: LESSONS.length });
    const lesson = await t.runtime.store.get('lessons', 'l-ordering-1');
    expect(lesson?.title).toBe(LESSONS.find((l) => l._id === 'l-ordering-1')?.title);
    expect((await t.runtime.store.get('rewards', 'r-wedding-kit'))?.stock).toBe(7);
  });
});
