import { expect as baseExpect, test, type Browser, type Page } from './support/test.ts';
import { axeViolations } from './support/page-health.ts';
import { startLiveServer, type LiveServer } from '../../src/live/server.ts';
import { hasRedis, startRedis } from '../../src/live/redis-server.ts';

// A whole live game in Chromium: a host and players on their own pages, against the real live
// server serving the build (sharing games through a redis-server of its own when one is installed,
// as in CI, where it always is).

// Several browsers, a server and Redis share a busy machine: waits are for what the page shows,
// bounded generously.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 420_000 });

let live: LiveServer;
let redis: Awaited<ReturnType<typeof startRedis>> | undefined;

test.beforeAll(async () => {
	if (hasRedis() || process.env.CI) redis = await startRedis();
	live = await startLiveServer({ dir: 'build', port: 0, redisUrl: redis?.url });
});

test.afterAll(async () => {
	await live?.close();
	await redis?.stop();
});

const at = (path: string) => new URL(path, live.url).href;

async function player(browser: Browser, code: string, name: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto(at(`/live/join?code=${code}`));
	await expect(page.getByLabel('Code on the screen')).toHaveValue(code);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByText('You are in. Wait for your teacher to start.')).toBeVisible();
	return page;
}

/**
 * Answers the question on a player's phone with its first option; the last to answer sees the
 * reveal at once instead of the wait.
 */
async function answerFirst(page: Page, last = false) {
	await page.locator('label.option').first().click();
	await page.getByRole('button', { name: 'Send my answer' }).click();
	await expect(
		last
			? page.getByText(/You are \d+ of \d+\./)
			: page.getByText('Answer sent. Wait for the others.')
	).toBeVisible();
}

test('a host and three players play a whole game, with a reload, a late join and a removed player', async ({
	page: host,
	browser
}) => {
	await host.goto(at('/live'));
	await host.getByLabel('Questions').selectOption('5');
	// Questions answered by picking an option, whichever deck is listed first.
	for (const form of ['Typed answer', 'Number', 'Timeline order', 'Matching', 'Fill in the blank'])
		await host.getByRole('checkbox', { name: form, exact: true }).uncheck();
	await host.getByLabel('Time per question').selectOption({ label: 'No limit' });
	await host.getByRole('button', { name: 'Open the game' }).click();
	const code = (await host.locator('.code').innerText()).trim();
	expect(code).toMatch(/^\d{6}$/);
	expect(await axeViolations(host)).toEqual([]);

	const [ada, bo, cy] = [
		await player(browser, code, 'Ada'),
		await player(browser, code, 'Bo'),
		await player(browser, code, 'Cy')
	];
	const dee = await player(browser, code, 'Dee');
	const names = host.getByRole('list', { name: 'Players' });
	await expect(names.getByRole('listitem')).toHaveCount(4);
	await host.getByRole('button', { name: 'Remove Dee' }).click();
	await expect(names.getByRole('listitem')).toHaveCount(3);
	await expect(dee.getByText('The teacher removed you from this game.')).toBeVisible();

	await host.getByRole('button', { name: 'Start' }).click();
	await expect(host.getByText('0 of 3 answered')).toBeVisible();
	await expect(ada.getByRole('button', { name: 'Send my answer' })).toBeVisible();
	expect(await axeViolations(ada)).toEqual([]);
	await answerFirst(ada);
	await expect(host.getByText('1 of 3 answered')).toBeVisible();
	// Cy's page reloads mid-question: the tab's token brings back the same seat.
	await cy.reload();
	await expect(cy.getByRole('heading', { name: 'Cy' })).toBeVisible();
	await answerFirst(cy);
	await answerFirst(bo, true);
	// Everyone answered: the answer, the article's sentence and the split show at once.
	await expect(host.getByText(/^Answer:/)).toBeVisible();
	await expect(host.getByRole('table', { name: /How the class answered/ })).toBeVisible();
	expect(await axeViolations(host)).toEqual([]);
	await expect(ada.getByText(/You are \d+ of 3\./)).toBeVisible();

	await host.getByRole('button', { name: 'Leaderboard' }).click();
	await expect(host.getByRole('heading', { name: 'Leaderboard' })).toBeVisible();
	// A late student joins between questions and plays on.
	const eve = await (await browser.newContext()).newPage();
	await eve.goto(at(`/live/join?code=${code}`));
	await eve.getByLabel('Your name').fill('Eve');
	await eve.getByRole('button', { name: 'Join' }).click();
	await expect(eve.getByRole('heading', { name: 'Eve' })).toBeVisible();

	for (let question = 2; question <= 5; question++) {
		await host.getByRole('button', { name: question === 1 ? 'Start' : 'Next question' }).click();
		await expect(host.getByText(`Question ${question} of 5`)).toBeVisible();
		for (const phone of [ada, bo, cy]) await answerFirst(phone);
		// Eve does not answer: the host reveals.
		await host.getByRole('button', { name: 'Reveal the answer' }).click();
		await expect(host.getByText(/^Answer:/)).toBeVisible();
	}
	await host.getByRole('button', { name: 'Finish' }).click();
	await expect(host.getByRole('heading', { name: 'The winners' })).toBeVisible();
	const students = host.getByRole('table', { name: "Each student's score, time and answers" });
	await expect(students.getByRole('row')).toHaveCount(5);
	expect(await axeViolations(host)).toEqual([]);

	await expect(ada.getByText('The game is over.')).toBeVisible();
	await ada.getByRole('button', { name: 'Keep this game in my progress' }).click();
	await ada.getByRole('link', { name: 'see your answers' }).click();
	await expect(ada.getByText(/5 of 5|\d+ of 5/).first()).toBeVisible();
});

test('the host page can be closed and reopened without ending the game', async ({
	page: host,
	browser
}) => {
	await host.goto(at('/live'));
	await host.getByRole('button', { name: 'Open the game' }).click();
	const code = (await host.locator('.code').innerText()).trim();
	await player(browser, code, 'Ada');
	await host.close();
	const again = await host.context().newPage();
	await again.goto(at('/live'));
	await expect(again.locator('.code')).toHaveText(code);
	await expect(again.getByRole('list', { name: 'Players' })).toContainText('Ada');
});

test('the live pages say so when no live server is running', async ({ page }) => {
	// The static build alone, as Playwright serves it.
	for (const path of ['/live', '/live/join']) {
		await page.goto(path);
		await expect(page.getByText('No live server is running here.')).toBeVisible();
	}
	expect(await axeViolations(page)).toEqual([]);
});
