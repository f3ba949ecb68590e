import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './support/test.ts';
import { axeViolations } from './support/page-health.ts';
import { builtClassCode } from './support/class-code.ts';
import { answerQuestion } from './support/quiz.ts';
import { builtDeck } from './support/deck.ts';
import { drawClassQuiz } from '../../src/lib/questions/quiz.ts';

// The browser tests' build holds two articles whose decks share titles ("The whole article",
// "Timeline"): every page that names a deck must say whose it is.
const MALI = {
	id: 'mali-france-russia',
	title:
		'Mali between France and Russia: the retreat of Paris and the advance of Moscow and Wagner',
	name: 'Mali, France and Russia'
};
const DANUBE = { id: 'danube', title: 'The Danube, a river of ten countries', name: 'The Danube' };

/** A class code for a five-question quiz on the Danube's timeline. */
const danubeCode = () =>
	builtClassCode({
		deck: `${DANUBE.id}/timeline`,
		seed: 11,
		count: 5,
		forms: [],
		seconds: 0,
		order: 'article'
	});

/** The text of every option of the labelled select. */
const optionLabels = (page: Page, label: string) =>
	page.getByLabel(label).locator('option').allTextContents();

test('the home page lists each article with its own decks', async ({ page }) => {
	await page.goto('/');
	for (const article of [MALI, DANUBE]) {
		const section = page.getByRole('region', { name: article.title });
		await expect(section.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute(
			'href',
			`/deck/${article.id}/timeline`
		);
		await expect(section.getByRole('link', { name: 'Read the article' })).toHaveAttribute(
			'href',
			`/article/${article.id}`
		);
	}
});

test('a quiz names its article in its heading and title, and so does the card that continues it', async ({
	page
}) => {
	await page.goto(`/deck/${DANUBE.id}/timeline/quiz?count=3&forms=choice,true-false`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		`Quiz: Timeline (${DANUBE.name})`
	);
	await expect(page).toHaveTitle(`Quiz: Timeline (${DANUBE.name}) · factdeck`);
	await answerQuestion(page, 'mouse');
	await page.goto('/');
	const card = page.getByRole('region', { name: 'Continue where you left off' });
	await expect(card).toContainText(`Timeline (${DANUBE.name}): question 2 of 3`);
	await expect(card.getByRole('link', { name: 'Continue the quiz' })).toHaveAttribute(
		'href',
		new RegExp(`^/deck/${DANUBE.id}/timeline/quiz\\?id=`)
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('the classroom deck picker names every deck with its article, and the quiz made says whose it is', async ({
	page
}) => {
	await page.goto('/classroom');
	const labels = await optionLabels(page, 'Deck');
	expect(labels).toContain(`Timeline (${DANUBE.name})`);
	expect(labels).toContain(`Timeline (${MALI.name})`);
	expect(new Set(labels).size).toBe(labels.length);
	await page.getByLabel('Deck').selectOption(`${DANUBE.id}/timeline`);
	await page.getByLabel('Questions').selectOption('5');
	await page.getByRole('button', { name: 'Create the class quiz' }).click();
	// A small deck may give fewer than asked: no two questions where one answers the other.
	await expect(
		page.getByText(new RegExp(`^Timeline \\(${DANUBE.name}\\): [1-5] questions?`))
	).toBeVisible();
	// Its export carries the article too: Moodle files it under the deck's full name.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Moodle GIFT', exact: true }).click();
	const gift = readFileSync(await (await download).path(), 'utf8');
	expect(gift).toMatch(
		new RegExp(
			`\\$CATEGORY: \\$course\\$/top/factdeck/Class quiz \\S+: Timeline \\(${DANUBE.name}\\)`
		)
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('the projector, the printed sheet and the results page name the class quiz’s article', async ({
	page
}) => {
	const code = danubeCode();
	await page.goto(`/classroom/project?c=${code}`);
	await expect(page.getByText(`Timeline (${DANUBE.name}) · class quiz ${code}`)).toBeVisible();
	await page.goto(`/classroom/print?c=${code}`);
	await expect(
		page.getByRole('heading', { name: `Timeline (${DANUBE.name})`, exact: true })
	).toBeVisible();
	await page.goto(`/classroom/results?c=${code}`);
	const { questions } = drawClassQuiz(
		{ seed: 11, count: 5, forms: [], order: 'article' },
		builtDeck(`${DANUBE.id}/timeline`)
	);
	await expect(
		page.getByText(`Timeline (${DANUBE.name}), ${questions.length} questions.`)
	).toBeVisible();
});

test('the review page’s cram list names each deck’s article, and so does a cram', async ({
	page
}) => {
	await page.goto('/review');
	const cram = page.getByRole('region', { name: 'Cram a deck' });
	for (const article of [MALI, DANUBE])
		await expect(
			cram.getByRole('link', { name: `Timeline (${article.name})`, exact: true })
		).toHaveAttribute('href', `/review?cram=${encodeURIComponent(`${article.id}/timeline`)}`);
	await cram.getByRole('link', { name: `Timeline (${DANUBE.name})`, exact: true }).click();
	await expect(
		page.getByRole('heading', { name: `Cram: Timeline (${DANUBE.name})` })
	).toBeVisible();
});

test('the progress page gives each article its own mastery table', async ({ page }) => {
	await page.goto('/progress');
	for (const article of [MALI, DANUBE]) {
		const section = page.getByRole('region', { name: `Mastery: ${article.title}` });
		await expect(section.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute(
			'href',
			`/deck/${article.id}/timeline`
		);
		await expect(section.getByRole('meter', { name: `Timeline (${article.name})` })).toHaveCount(1);
	}
});

test('a deck page names its article, and its export files the deck under it', async ({ page }) => {
	await page.goto(`/deck/${DANUBE.id}/timeline`);
	await expect(page).toHaveTitle(`Timeline (${DANUBE.name}) · factdeck`);
	await expect(page.getByRole('link', { name: DANUBE.title })).toHaveAttribute(
		'href',
		`/article/${DANUBE.id}`
	);
	await expect(page.getByText(/of this deck due for review/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Moodle GIFT', exact: true }).click();
	const gift = readFileSync(await (await download).path(), 'utf8');
	expect(gift).toContain(`$CATEGORY: $course$/top/factdeck/Timeline (${DANUBE.name})`);
});
