import { expect, test, type Page } from './support/test.ts';
import { builtClassCode } from './support/class-code.ts';
import { builtPages } from './support/pages.ts';
import { axeViolations, watchPage, type PageProblems } from './support/page-health.ts';
import { answerQuestion, goOn } from './support/quiz.ts';

const pages = builtPages();

const CODE = builtClassCode({
	deck: 'mali-france-russia/all',
	seed: 7,
	count: 10,
	forms: ['choice', 'true-false', 'typed', 'order', 'match', 'cloze'],
	seconds: 30,
	order: 'random'
});

test('the build has pages to sweep', () => {
	expect(pages).toContain('/');
});

/** Requires the page to be drawn in `scheme`: its background dark or light. */
async function expectScheme(page: Page, scheme: 'light' | 'dark') {
	const lightness = await page.evaluate(() => {
		const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
		return (r + g + b) / 3;
	});
	if (scheme === 'dark') expect(lightness, 'a dark background').toBeLessThan(64);
	else expect(lightness, 'a light background').toBeGreaterThan(192);
}

/**
 * Loads `path` and requires status 200, the theme asked for, no axe violation, and nothing in
 * `problems` (the page's watch, from watchPage) so far.
 */
async function sweep(page: Page, problems: PageProblems, path: string, scheme: 'light' | 'dark') {
	const response = await page.goto(path);
	expect(response?.status(), 'HTTP status').toBe(200);
	await page.waitForLoadState('networkidle');
	await expectScheme(page, scheme);
	expect(await axeViolations(page), 'axe violations').toEqual([]);
	expect(problems.pageErrors, 'page errors').toEqual([]);
	expect(problems.consoleErrors, 'console errors').toEqual([]);
	expect(problems.cspViolations, 'CSP violations').toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		for (const path of pages) {
			test(`${path} loads with no error and no axe violation`, async ({ page }) => {
				await sweep(page, watchPage(page), path, scheme);
			});
		}

		test('the projector and the printed sheets of a real class code', async ({ page }) => {
			const problems = watchPage(page);
			await sweep(page, problems, `/classroom/project?c=${CODE}`, scheme);
			const stage = page.locator('.stage');
			await expect(stage).toContainText('Question 1 of 10');
			await page.keyboard.press('PageDown');
			await expect(stage).toContainText('Answer:');
			expect(await axeViolations(page), 'axe violations, answer shown').toEqual([]);

			for (const sheet of ['', '&sheet=key']) {
				await sweep(page, problems, `/classroom/print?c=${CODE}${sheet}`, scheme);
				await expect(page.locator('.sheet li.question')).toHaveCount(10);
			}
		});

		test('the progress, home and deck pages with progress in them', async ({ page }) => {
			const problems = watchPage(page);
			await page.goto('/deck/mali-france-russia/all/quiz?count=4&forms=choice,true-false,typed');
			await page.waitForURL(/quiz\?id=/);
			for (let i = 0; i < 4; i++) {
				await answerQuestion(page, 'mouse');
				await goOn(page, 'mouse');
			}
			await expect(page.locator('.results .list > li')).toHaveCount(4);
			// And one quiz left open, for the home page's "continue" card.
			await page.goto('/deck/mali-france-russia/timeline/quiz?count=3');
			await page.waitForURL(/quiz\?id=/);
			await answerQuestion(page, 'mouse');

			await sweep(page, problems, '/progress', scheme);
			await expect(page.locator('.summary div', { hasText: 'Answers' }).locator('dd')).toHaveText(
				'5'
			);
			await sweep(page, problems, '/', scheme);
			await expect(page.getByRole('link', { name: 'Continue the quiz' })).toBeVisible();
			await sweep(page, problems, '/deck/mali-france-russia/all', scheme);
		});
	});
}
