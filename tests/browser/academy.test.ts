import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS } from '../../local/seed';
import type { LessonDoc, MistakeDoc, RewardDoc, WalletDoc } from '../../types/academy';
import { openPhone, type PhoneBrowser } from './support/browser';
import { startAppServer, type AppServer } from './support/server';

/** The first level of 订货入门, open from the start for every tier, and the one after it. */
const FIRST = 'l-ordering-1';
const SECOND = 'l-ordering-2';

/** A cheap reward with plenty of stock (婚宴用酒礼包, 100 points). */
const REWARD = 'r-wedding-kit';
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

async function signIn(page: Page, account: string): Promise<void> {
  await page.goto(`${server.url}/#/pages/login/index`);
  await page.locator(`.login__account--${account}`).click();
  await page.locator('.home__greeting').waitFor();
}

async function go(page: Page, route: string, ready: string): Promise<void> {
  await page.goto(`${server.url}/#/${route}`);
  await page.locator(ready).first().waitFor();
}

async function balance(): Promise<number> {
  const wallet = (await server.runtime.store.get(
    'wallets',
    dealerId,
  )) as unknown as WalletDoc | null;
  return wallet?.balance ?? 0;
}

/** Answers every question right, except the first when `missFirst` is set. */
async function answerQuiz(page: Page, missFirst: boolean): Promise<void> {
  for (const [index, question] of lesson.questions.entries()) {
    const wrong = (question.answerIndex + 1) % question.options.length;
    const choice = missFirst && index === 0 ? wrong : question.answerIndex;
    const option = `.quiz-question[data-question-id="${question._id}"] [data-index="${choice}"]`;
    await page.locator(option).click();
  }
}

/** Passing needs two thirds of the answers right, as the server grades it. */
function passes(right: number, total: number): boolean {
  return right * 3 >= total * 2;
}

describe('the academy in the H5 build', () => {
  const total = () => lesson.questions.length;
  let passedFirstTry = false;

  it('shows a new dealer the path: the first level open, the next locked with its reason', async () => {
    const { page, shot } = dealer;
    await signIn(page, 'dealer-new');
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

  it('takes the first lesson, gets one question wrong and sees the server’s grading', async () => {
    const { page, shot } = dealer;
    await page.locator(`.course-path__level[data-lesson-id="${FIRST}"]`).click();
    await page.locator('.lesson__start').waitFor();
    await shot('academy-02-lesson');

    await page.locator('.lesson__start').click();
    await answerQuiz(page, true);
    await shot('academy-03-quiz');
    await page.locator('.lesson__submit:not(.at-button--disabled)').click();

    await page.locator('.quiz-result__score').waitFor();
    passedFirstTry = passes(total() - 1, total());
    expect(await page.locator('.quiz-result__score').textContent()).toContain(
      `${total() - 1} / ${total()}`,
    );
    const verdict = passedFirstTry ? 'passed' : 'failed';
    expect(await page.locator(`.quiz-result__head--${verdict}`).count()).toBe(1);

    const first = lesson.questions[0];
    const wrongCard = page.locator(
      `.quiz-result__question--wrong[data-question-id="${first?._id}"]`,
    );
    expect(await wrongCard.textContent()).toContain(first?.options[first.answerIndex] ?? '?');
    expect(await wrongCard.textContent()).toContain(first?.explanation ?? '?');
    await shot('academy-04-result');
  });

  it('finds the wrong answer in the notebook and closes it by reviewing it right', async () => {
    const { page, shot } = dealer;
    const first = lesson.questions[0];
    const mistakes = (await server.runtime.store.find('mistakes', {
      dealerId,
    })) as unknown as MistakeDoc[];
    const mistake = mistakes.find((m) => m.source === 'quiz' && m.questionId === first?._id);
    expect(mistake?.lessonId).toBe(FIRST);
    expect(mistake?.status).toBe('open');

    const card = `.mistake-card[data-mistake-id="${mistake?._id}"]`;
    await go(page, 'academy/notebook', card);
    expect(await page.locator(card).textContent()).toContain(lesson.title);
    await shot('academy-05-notebook');

    await page.locator(`${card} .mistake-card__review`).click();
    await page.locator(`${card} [data-index="${first?.answerIndex}"]`).click();
    await page.locator(`${card} .review-panel__submit`).click();
    await page.locator(`${card} .review-panel__verdict--right`).waitFor();
    await shot('academy-06-review');

    await page.locator(`${card} .review-panel__done`).click();
    await page.locator(card).waitFor({ state: 'detached' });
    const closed = (await server.runtime.store.get(
      'mistakes',
      mistake?._id ?? '',
    )) as unknown as MistakeDoc;
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toBe('review');
  });

  it('passes the level, and the path shows the points and the next level open', async () => {
    const { page, shot } = dealer;
    if (!passedFirstTry) {
      await go(page, `academy/lesson?id=${FIRST}`, '.lesson__start');
      await page.locator('.lesson__start').click();
      await answerQuiz(page, false);
      await page.locator('.lesson__submit:not(.at-button--disabled)').click();
      await page.locator('.quiz-result__head--passed').waitFor();
    }

    await go(page, 'academy/index', `.course-path__level--passed[data-lesson-id="${FIRST}"]`);
    await page.locator(`.course-path__level--open[data-lesson-id="${SECOND}"]`).waitFor();
    const points = await balance();
    expect(points).toBeGreaterThan(0);
    expect(await page.locator('.points-bar__value').textContent()).toBe(String(points));
    await shot('academy-07-path-after-pass');
  });

  it('lets staff see the dealer’s progress and add points with a reason', async () => {
    const { page, shot } = staff;
    const before = await balance();
    await signIn(page, 'staff');
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
    await go(page, 'academy/rewards', `${redeem}:not(.at-button--disabled)`);
    expect(await page.locator('.points-bar__value').textContent()).toBe(String(before));
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
    await go(page, 'academy/badges', '.badge-card');
    expect(await page.locator('.badge-card--missing').count()).toBeGreaterThan(0);
    expect(await page.locator('.badge-card__criteria').first().textContent()).toContain('获得条件');
    await shot('academy-11-badges');

    await go(page, 'pages/me/index', '.badge-row');
    await page.locator('.badge-row__empty, .badge-row__badge').first().waitFor();
    await shot('academy-13-me-badges');

    await go(page, 'academy/finance', '.finance__state--locked');
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

    await signIn(page, 'dealer-top');
    await go(page, 'academy/index', '.academy-entries__finance--open');
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
