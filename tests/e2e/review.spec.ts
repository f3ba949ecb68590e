import { expect, started, test, type Page } from './support/test.ts';
import { axeViolations, watchPage } from './support/page-health.ts';

test.use({ timezoneId: 'UTC' });

const T0 = new Date('2026-11-28T10:00:00Z');
const HOUR = 3_600_000;

/** Answers the fact on screen (right or wrong), then rates it; returns its prompt. */
async function reviewOne(
	page: Page,
	rating: 'Again' | 'Hard' | 'Good' | 'Easy' = 'Good'
): Promise<string> {
	const form = page.locator('form.question');
	const prompt = (await form.locator('h2').textContent())!;
	if ((await form.locator('input[type="radio"]').count()) > 0)
		await form.locator('label.option').first().click();
	else await form.locator('input[type="text"]').fill('Bamako');
	await form.getByRole('button', { name: 'Check' }).click();
	await form.getByRole('button', { name: new RegExp(`^${rating}`) }).click();
	await expect(form.getByRole('button', { name: new RegExp(`^${rating}`) })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await form.getByRole('button', { name: 'Next' }).click();
	return prompt;
}

const count = async (page: Page, what: 'due' | 'new' | 'done today') => {
	const text = await page.locator('.counts').textContent();
	return Number(new RegExp(`(\\d+) ${what}`).exec(text ?? '')?.[1]);
};

test('facts answered today are due again three days later, and a reload keeps the queue', async ({
	page
}) => {
	const problems = watchPage(page);
	await page.clock.install({ time: T0 });
	await page.goto('/review');
	await expect(page.locator('form.question h2')).toBeVisible();
	expect(await count(page, 'due')).toBe(0);
	expect(await count(page, 'new')).toBe(20);

	for (let i = 0; i < 3; i++) await reviewOne(page);
	// Learning steps: the three come back within minutes; a second Good graduates them.
	await page.clock.setSystemTime(T0.getTime() + 15 * 60_000);
	await page.reload();
	await expect(page.locator('form.question h2')).toBeVisible();
	// A fact whose answer another review showed today waits for another day, so as many as three.
	const again = await count(page, 'due');
	expect(again).toBeGreaterThan(0);
	expect(again).toBeLessThanOrEqual(3);
	for (let i = 0; i < again; i++) await reviewOne(page);
	await page.reload();
	await expect(page.locator('form.question h2')).toBeVisible();
	expect(await count(page, 'due')).toBe(0);
	expect(await count(page, 'done today')).toBe(3 + again);

	await page.clock.setSystemTime(T0.getTime() + 3 * 24 * HOUR + HOUR);
	await page.goto('/');
	await expect(page.getByRole('status').filter({ hasText: 'due for review' })).toContainText(
		'3 facts due for review'
	);
	await page.goto('/review');
	await expect(page.locator('form.question h2')).toBeVisible();
	expect(await count(page, 'due')).toBe(3);
	await page.reload();
	expect(await count(page, 'due')).toBe(3);
	expect(problems.pageErrors).toEqual([]);
});

test('the study day begins at the hour set in the settings', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-28T03:30:00Z') });
	await page.goto('/review');
	await reviewOne(page, 'Easy');
	expect(await count(page, 'done today')).toBe(1);

	// Days start at 4:00 by default: at 4:30 a new study day has begun.
	await page.clock.setSystemTime(new Date('2026-11-28T04:30:00Z'));
	await page.reload();
	await expect(page.locator('.counts')).toBeVisible();
	expect(await count(page, 'done today')).toBe(0);

	// With days starting at midnight, 3:30 and 4:30 are the same day.
	await page.goto('/settings');
	await started(page);
	await page.getByLabel('A study day starts at (hour, 0–23)').fill('0');
	await page.getByLabel('A study day starts at (hour, 0–23)').blur();
	await expect(page.getByRole('status')).toHaveText('The hour a study day starts saved.');
	await page.goto('/review');
	await expect(page.locator('.counts')).toBeVisible();
	expect(await count(page, 'done today')).toBe(1);
});

test('undo takes back the last answer, and cram practice never moves the schedule', async ({
	page
}) => {
	await page.clock.install({ time: T0 });
	await page.goto('/review');
	const prompt = await reviewOne(page, 'Easy');
	expect(await count(page, 'done today')).toBe(1);
	await page.getByRole('button', { name: 'Undo last answer' }).click();
	expect(await count(page, 'done today')).toBe(0);
	await expect(page.locator('form.question h2')).toHaveText(prompt);

	await page.goto('/review?cram=mali-france-russia%2Fglossary');
	await expect(
		page.getByRole('heading', { name: 'Cram: Glossary (Mali, France and Russia)' })
	).toBeVisible();
	for (let i = 0; i < 3; i++) {
		const form = page.locator('form.question');
		if ((await form.locator('input[type="radio"]').count()) > 0)
			await form.locator('label.option').first().click();
		else await form.locator('input[type="text"]').fill('x');
		await form.getByRole('button', { name: 'Check' }).click();
		await expect(form.locator('.rating')).toHaveCount(0);
		await form.getByRole('button', { name: 'Next' }).click();
	}
	await page.goto('/review');
	await expect(page.locator('form.question h2')).toBeVisible();
	expect(await count(page, 'done today')).toBe(0);
	expect(await count(page, 'new')).toBe(20);
});

test('two-button rating, from the settings', async ({ page }) => {
	await page.goto('/settings');
	await started(page);
	await page.getByLabel(/two buttons/).check();
	await page.goto('/review');
	const form = page.locator('form.question');
	await form.locator('label.option').first().click();
	await form.getByRole('button', { name: 'Check' }).click();
	await expect(
		form.getByRole('group', { name: 'How well did you remember it?' }).getByRole('button')
	).toHaveText([/Forgot/, /Remembered/]);
});

test('a bad setting is refused with a reason and changes nothing', async ({ page }) => {
	await page.goto('/settings');
	await started(page);
	const retention = page.getByLabel('Desired retention');
	await retention.fill('0.5');
	await retention.blur();
	await expect(page.getByRole('status')).toContainText(
		'Desired retention must be a number from 0.8 to 0.97'
	);
	await page.reload();
	await expect(retention).toHaveValue('0.9');
});

test('review states have no axe violation', async ({ page }) => {
	await page.clock.install({ time: T0 });
	await page.goto('/review');
	await expect(page.locator('form.question h2')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	const form = page.locator('form.question');
	await form.locator('label.option').first().click();
	await form.getByRole('button', { name: 'Check' }).click();
	await expect(form.locator('.rating')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/settings');
	await started(page);
	await page.getByLabel('New facts per day').fill('0');
	await page.getByLabel('New facts per day').blur();
	await page.goto('/review');
	await expect(page.getByRole('heading', { name: 'All caught up' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.goto('/review?cram=mali-france-russia%2Ftimeline');
	await expect(page.locator('form.question h2')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('an unknown deck to cram gets a clear message', async ({ page }) => {
	await page.goto('/review?cram=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
	await expect(page.getByRole('alert')).toHaveText(
		'There is no deck "<script>alert(1)</script>" to cram.'
	);
});
