import { expect, test } from './support/test.ts';
import { axeViolations } from './support/page-health.ts';

const DECK = '/deck/mali-france-russia/all';
const PHONE = { width: 360, height: 740 };

test.use({ viewport: PHONE });

test('the quiz page shows its frame while the deck is on its way, and the question takes the card’s place', async ({
	page
}) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/api/decks/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(`${DECK}/quiz?count=2&forms=typed`);

	const frame = page.locator('.question-frame');
	await expect(frame).toBeVisible();
	await expect(page.getByText('Loading your quiz…')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Shortcuts (?)' })).toBeDisabled();
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axeViolations(page), `${scheme}: the frame`).toEqual([]);
	}
	const top = (await frame.boundingBox())!.y;

	release();
	const card = page.locator('form.question');
	await expect(card.locator('h2')).toBeVisible();
	await expect(frame).toHaveCount(0);
	expect((await card.boundingBox())!.y).toBe(top);
	await expect(page.getByRole('button', { name: 'Shortcuts (?)' })).toBeEnabled();
});

for (const path of ['/', DECK])
	test(`on ${path}, nothing below the due count moves when the facts are counted`, async ({
		browser,
		page
	}, testInfo) => {
		// The page as it first paints: its HTML alone, before any script has run.
		const still = await browser.newContext({
			javaScriptEnabled: false,
			viewport: PHONE,
			baseURL: testInfo.project.use.baseURL
		});
		const painted = await still.newPage();
		await painted.goto(path);
		await expect(painted.locator('.due'), 'the due line, kept from the first paint').toBeAttached();
		const before = (await painted.locator('.due + *').boundingBox())!.y;
		await still.close();

		await page.goto(path);
		await expect(page.getByRole('status').filter({ hasText: 'due for review' })).toBeVisible();
		expect((await page.locator('.due + *').boundingBox())!.y).toBe(before);
	});
