import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/seed';
import type { LessonDoc, MistakeDoc, RewardDoc, WalletDoc } from '../../types/academy';
import { go, signIn } from './support/navigation';
import { openPhone, type PhoneBrowser } from './support/browser';
import { startAppServer, type AppServer } from './support/server';

/** The first level of 订货入门, open from the start for every tier, and the one after it. */
const FIRST = 'l-ordering-1';
const SECOND = 'l-ordering-2';

/** A cheap reward with plenty of stock (婚宴用酒礼包, 100 points). */
const REWARD = 'r-wedding-kit';
/** A reward the new dealer cannot afford in this test (公众号推文, 1500 points). */
const DEAR_REWARD = 'r-ad-article';
const STAFF_GRANT = 100;

let server: AppServer;
let dealer: PhoneBrowser;
let staff: PhoneBrowser;
let dealerId = '';
let lesson: LessonDoc;

beforeAll(async () => {
  server = await startAppServer();
  dealer = await openPhone();
  staff = await openPhone();

  const user = await server.runtime.store.get('users', DEMO_ACCOUNTS['dealer-new'] ?? '');
  dealerId = String(user?.dealerId ?? '');
  lesson = (await server.runtime.store.get('lessons', FIRST)) as unknown as LessonDoc;
});

afterAll(async () => {
  await dealer?.close();
  await staff?.close();
  await server?.close();
});

async function balance(): Promise<number> {
  const wallet = (await server.runtime.store.get(
    'wallets',
    dealerId,
  )) as unknown as WalletDoc | null;
  return wallet?.balance ?? 0;
}

/** Answers every question right, except the first `misses` ones. */
async function answerQuiz(page: Page, misses: number): Promise<void> {
  for (const [index, question] of lesson.questions.entries()) {
    const wrong = (question.answerIndex + 1) % question.options.length;
    const choice = index < misses ? wrong : question.answerIndex;
    const option = `.quiz-question[data-question-id="${question._id}"] [data-index="${choice}"]`;
    await page.locator(option).click();
  }
}

/** Passing needs two thirds of the answers right, as the server grades it. */
function passes(right: number, total: number): boolean {
  return right * 3 >= total * 2;
}

/** The fewest wrong answers that fail the level. */
function missesToFail(total: number): number {
  let misses = 1;
  while (passes(total - misses, total)) misses += 1;
  return misses;
}

describe('the academy in the H5 build', () => {
  const total = () => lesson.questions.length;

  it('shows a new dealer the path: the first level open, the next locked with its reason', async () => {
    const { page, shot } = dealer;
    await signIn(page, server.url, 'dealer-new');
    await shot('academy-00-home');
    await page.locator('.shortcut-grid__item--academy').click();

    await page.locator(`.course-path__level--open[data-lesson-id="${FIRST}"]`).waitFor();
    expect(
      await page.locator(`.course-path__level--locked[data-lesson-id="${SECOND}"]`).count(),
    ).toBe(1);
    expect(await page.locator('.points-bar__value').textContent()).toBe(String(await balance()));
    expect(await page.locator('.academy-entries__finance--locked').textContent()).toContain('解锁');
    await shot('academy-01-path');

    await page.locator(`.course-path__level[data-lesson-id="${SECOND}"]`).click();
    const toast = page.locator('.taro__toast').first();
    await expect.poll(() => toast.textContent()).toContain(`「${lesson.title}」后解锁`);
  });

  it('fails the first lesson and sees which answers were wrong, but not the right ones', async () => {
    const { page, shot } = dealer;
    const misses = missesToFail(total());
    await page.locator(`.course-path__level[data-lesson-id="${FIRST}"]`).click();
    await page.locator('.lesson__start').waitFor();
    await shot('academy-02-lesson');

    await page.locator('.lesson__start').click();
    await answerQuiz(page, misses);
    await shot('academy-03-quiz');
    await page.locator('.lesson__submit:not(.at-button--disabled)').click();

    await page.locator('.quiz-result__head--failed').waitFor();
    expect(await page.locator('.quiz-result__score').textContent()).toContain(
      `${total() - misses} / ${total()}`,
    );
    expect(await page.locator('.quiz-result__hidden-note').textContent()).toBe(
      '通过本关后可查看正确答案和解析',
    );
    expect(await page.locator('.quiz-result__right').count()).toBe(0);
    expect(await page.locator('.quiz-result__explanation').count()).toBe(0);

    for (const question of lesson.questions.slice(0, misses)) {
      const card = page.locator(
        `.quiz-result__question--wrong[data-question-id="${question._id}"]`,
      );
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('答错了');
      expect(text).not.toContain('正确答案');
      expect(text).not.toContain(question.explanation);
    }
    expect(await page.locator('.quiz-result__question--wrong').count()).toBe(misses);
    await shot('academy-04-result-failed');
  });

  it('finds the wrong answers in the notebook: a wrong review keeps one, a right one closes one', async () => {
    const { page, shot } = dealer;
    const [first, second] = lesson.questions;
    const mistakes = (await server.runtime.store.find('mistakes', {
      dealerId,
    })) as unknown as MistakeDoc[];
    const quizMistake = (questionId: string | undefined) =>
      mistakes.find((m) => m.source === 'quiz' && m.questionId === questionId);
    const kept = quizMistake(second?._id);
    const mistake = quizMistake(first?._id);
    expect(mistake?.lessonId).toBe(FIRST);
    expect(mistake?.status).toBe('open');
    expect(kept?.status).toBe('open');

    const card = `.mistake-card[data-mistake-id="${mistake?._id}"]`;
    const keptCard = `.mistake-card[data-mistake-id="${kept?._id}"]`;
    await go(page, server.url, 'academy/notebook', card);
    expect(await page.locator(card).textContent()).toContain(lesson.title);
    expect(await page.locator('.notebook__remind').count()).toBe(1);
    await shot('academy-05-notebook');

    const wrongChoice = ((second?.answerIndex ?? 0) + 1) % (second?.options.length ?? 1);
    await page.locator(`${keptCard} .mistake-card__review`).click();
    await page.locator(`${keptCard} [data-index="${wrongChoice}"]`).click();
    await page.locator(`${keptCard} .review-panel__submit`).click();
    const verdict = page.locator(`${keptCard} .review-panel__verdict--wrong`);
    await verdict.waitFor();
    const verdictText = (await verdict.textContent()) ?? '';
    expect(verdictText).toContain('答错了，明天会再次出现，先复习关联课程');
    expect(verdictText).not.toContain('正确答案');
    expect(verdictText).not.toContain(second?.explanation ?? '?');
    await shot('academy-06-review-wrong');
    await page.locator(`${keptCard} .review-panel__done`).click();
    await page.locator(`${keptCard} .review-panel`).waitFor({ state: 'detached' });

    await page.locator(`${card} .mistake-card__review`).click();
    await page.locator(`${card} [data-index="${first?.answerIndex}"]`).click();
    await page.locator(`${card} .review-panel__submit`).click();
    await page.locator(`${card} .review-panel__verdict--right`).waitFor();
    await shot('academy-06-review-right');

    await page.locator(`${card} .review-panel__done`).click();
    await page.locator(card).waitFor({ state: 'detached' });
    expect(await page.locator(keptCard).count()).toBe(1);
    const closed = (await server.runtime.store.get(
      'mistakes',
      mistake?._id ?? '',
    )) as unknown as MistakeDoc;
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toBe('review');
    const stillOpen = (await server.runtime.store.get(
      'mistakes',
      kept?._id ?? '',
    )) as unknown as MistakeDoc;
    expect(stillOpen.status).toBe('open');
  });

  it('passes the level with one miss and then sees its right answer and explanation', async () => {
    const { page, shot } = dealer;
    const misses = passes(total() - 1, total()) ? 1 : 0;
    await go(page, server.url, `academy/lesson?id=${FIRST}`, '.lesson__start');
    await page.locator('.lesson__start').click();
    await answerQuiz(page, misses);
    await page.locator('.lesson__submit:not(.at-button--disabled)').click();
    await page.locator('.quiz-result__head--passed').waitFor();
    expect(await page.locator('.quiz-result__hidden-note').count()).toBe(0);
    expect(await page.locator('.quiz-result__right').count()).toBe(total());

    const first = lesson.questions[0];
    const firstCard = page.locator(`.quiz-result__question[data-question-id="${first?._id}"]`);
    expect(await firstCard.textContent()).toContain(first?.options[first.answerIndex] ?? '?');
    expect(await firstCard.textContent()).toContain(first?.explanation ?? '?');
    await shot('academy-04-result-passed');
  });

  it('shows the points and the next level open on the path after the pass', async () => {
    const { page, shot } = dealer;

    await go(
      page,
      server.url,
      'academy/index',
      `.course-path__level--passed[data-lesson-id="${FIRST}"]`,
    );
    await page.locator(`.course-path__level--open[data-lesson-id="${SECOND}"]`).waitFor();
    const points = await balance();
    expect(points).toBeGreaterThan(0);
    expect(await page.locator('.points-bar__value').textContent()).toBe(String(points));
    await shot('academy-07-path-after-pass');
  });

  it('lets staff see the dealer’s progress and add points with a reason', async () => {
    const { page, shot } = staff;
    const before = await balance();
    await signIn(page, server.url, 'staff');
    await page.locator('.shortcut-grid__item--learning').click();

    const row = page.locator(`.staff-learning__dealer[data-dealer-id="${dealerId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('已通过 1/');
    await row.click();
    await page.locator('.adjust-form__amount input').fill(String(STAFF_GRANT));
    await page.locator('.adjust-form__reason textarea').fill('浏览器测试：奖励学习积极');
    await shot('academy-08-staff-learning');
    await page.locator('.adjust-form__submit').click();

    await expect.poll(balance).toBe(before + STAFF_GRANT);
  });

  it('redeems a reward once: balance and stock go down, and the history shows it', async () => {
    const { page, shot } = dealer;
    const before = await balance();
    const reward = (await server.runtime.store.get('rewards', REWARD)) as unknown as RewardDoc;
    expect(before).toBeGreaterThanOrEqual(reward.costPoints);

    const redeem = `.reward-card[data-reward-id="${REWARD}"] .reward-card__redeem`;
    await go(page, server.url, 'academy/rewards', `${redeem}:not(.at-button--disabled)`);
    expect(await page.locator('.points-bar__value').textContent()).toBe(String(before));
    const dear = (await server.runtime.store.get('rewards', DEAR_REWARD)) as unknown as RewardDoc;
    expect(before).toBeLessThan(dear.costPoints);
    const dearCard = `.reward-card[data-reward-id="${DEAR_REWARD}"]`;
    expect(await page.locator(`${dearCard} .reward-card__short`).textContent()).toBe(
      `还差 ${dear.costPoints - before} 积分`,
    );
    expect(await page.locator(`${dearCard} .reward-card__redeem.at-button--disabled`).count()).toBe(
      1,
    );
    await shot('academy-09-rewards');

    await page.locator(redeem).click();
    await page.locator('.taro-model__confirm').filter({ visible: true }).click();
    await expect.poll(balance).toBe(before - reward.costPoints);
    await expect
      .poll(() => page.locator('.points-bar__value').textContent())
      .toBe(String(before - reward.costPoints));

    const after = (await server.runtime.store.get('rewards', REWARD)) as unknown as RewardDoc;
    expect(after.stock).toBe(reward.stock - 1);
    const redemptions = await server.runtime.store.find('redemptions', { dealerId });
    expect(redemptions).toHaveLength(1);
    await expect
      .poll(() => page.locator('.ledger-entry').first().textContent())
      .toContain(`-${reward.costPoints}`);
    await shot('academy-10-redeemed');
  });

  it('shows the badges with their criteria and the finance page locked with its reason', async () => {
    const { page, shot } = dealer;
    await go(page, server.url, 'academy/badges', '.badge-card');
    expect(await page.locator('.badge-card--missing').count()).toBeGreaterThan(0);
    expect(await page.locator('.badge-card__criteria').first().textContent()).toContain('获得条件');
    expect(await page.locator('.badge-card').first().getAttribute('data-badge-id')).toBe(
      'digital-pioneer',
    );
    expect(
      await page.locator('.badge-card[data-badge-id="digital-pioneer"] .badge-card__reach').count(),
    ).toBe(0);
    expect(
      await page
        .locator('.badge-card[data-badge-id="data-navigator"] .badge-card__reach')
        .textContent(),
    ).toContain('面向更高等级的经销商');
    await shot('academy-11-badges');

    await go(page, server.url, 'pages/me/index', '.badge-row');
    await page.locator('.badge-row__empty, .badge-row__badge').first().waitFor();
    await shot('academy-13-me-badges');

    await go(page, server.url, 'academy/finance', '.finance__state--locked');
    expect(await page.locator('.finance__form').count()).toBe(0);
    expect(await page.locator('.finance__state-message').textContent()).not.toBe('');
    await shot('academy-12-finance-locked');
  });

  it('opens the finance form once the advanced courses are passed, and applies in fen', async () => {
    const { page, shot } = staff;
    const top = await server.runtime.store.get('users', DEMO_ACCOUNTS['dealer-top'] ?? '');
    const topId = String(top?.dealerId ?? '');
    const lessons = (await server.runtime.store.find('lessons', {
      courseId: { $in: ['c-community', 'c-finance'] },
    })) as unknown as LessonDoc[];
    const now = new Date().toISOString();
    for (const each of lessons) {
      await server.runtime.store.insert('lessonProgress', {
        _id: `${topId}_${each._id}`,
        dealerId: topId,
        lessonId: each._id,
        courseId: each.courseId,
        passed: true,
        bestScore: each.questions.length,
        attempts: 1,
        passedAt: now,
        updatedAt: now,
      });
    }

    await signIn(page, server.url, 'dealer-top');
    const open = await server.runtime.store.find('mistakes', { dealerId: topId, status: 'open' });
    expect(open).toHaveLength(0);
    await go(page, server.url, 'academy/notebook', '.notebook .status-view--empty');
    expect(await page.locator('.notebook__remind').count()).toBe(0);

    await go(page, server.url, 'academy/index', '.academy-entries__finance--open');
    await page.locator('.academy-entries__finance').click();
    await page.locator('.finance__form').waitFor();
    await page.locator('.finance__amount input').fill('200000.5');
    await page.locator('.finance__note textarea').fill('中秋备货');
    await shot('academy-14-finance-open');
    await page.locator('.finance__submit').click();

    await page.locator('.finance__done').waitFor();
    const applications = await server.runtime.store.find('financeApplications', {
      dealerId: topId,
    });
    expect(applications).toHaveLength(1);
    expect(applications[0]?.amountFen).toBe(20_000_050);
    expect(applications[0]?.note).toBe('中秋备货');
  });
});
