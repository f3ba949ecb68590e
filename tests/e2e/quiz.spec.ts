import { expect, started, test, type Page } from './support/test.ts';
import { answerQuestion, dragOrderItem, goOn, position } from './support/quiz.ts';
import { axeViolations, watchPage } from './support/page-health.ts';
import { builtDeck } from './support/deck.ts';
import { builtClassCode } from './support/class-code.ts';
import { drawClassQuiz } from '../../src/lib/questions/quiz.ts';

const DECK = '/deck/mali-france-russia/all';

test('a whole quiz by keyboard only, from the deck page to the results', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto(DECK);
	await started(page);
	// Tab to the start button as a keyboard user would.
	const start = page.getByRole('button', { name: 'Start the quiz' });
	for (let i = 0; i < 60 && !(await start.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(start).toBeFocused();
	await page.keyboard.press('Enter');
	await page.waitForURL(/quiz\?id=/);

	const { of } = await position(page);
	expect(of).toBe(10);
	for (let i = 1; i <= of; i++) {
		expect((await position(page)).n).toBe(i);
		await answerQuestion(page, 'keyboard');
		await goOn(page, 'keyboard');
	}
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	await expect(page.locator('.results .list > li')).toHaveCount(of);
	expect(problems.pageErrors).toEqual([]);
	expect(problems.consoleErrors).toEqual([]);
});

test('Start the quiz pressed before the page’s code has started opens the quiz chosen', async ({
	browser,
	page
}, testInfo) => {
	// The deck page as a slow phone has it at first: its HTML, no script run yet.
	const early = await browser.newContext({
		javaScriptEnabled: false,
		baseURL: testInfo.project.use.baseURL
	});
	const deckPage = await early.newPage();
	await deckPage.goto(DECK);
	await deckPage.getByRole('radio', { name: '5', exact: true }).check();
	await deckPage.getByLabel('Matching', { exact: true }).uncheck();
	await deckPage.getByRole('button', { name: 'Start the quiz' }).click();
	await deckPage.waitForURL(/\/quiz\?/);
	const sent = new URL(deckPage.url());
	await early.close();
	expect(sent.searchParams.get('count')).toBe('5');
	expect(sent.searchParams.getAll('forms')).toContain('choice');
	expect(sent.searchParams.getAll('forms')).not.toContain('match');

	await page.goto(`${sent.pathname}${sent.search}`);
	await page.waitForURL(/quiz\?id=/);
	await expect(page.locator('form.question h2')).toBeVisible();
	expect((await position(page)).of).toBe(5);
});

test('letter keys pick an option, T and F judge a statement, Enter checks and goes on', async ({
	page
}) => {
	const form = page.locator('form.question');
	const radios = form.locator('input[type="radio"]');
	/** Checks the answer with Enter, sees that keys no longer change it, and goes on with Enter. */
	async function checkAndGoOn(picked: number, otherKey: string) {
		await page.keyboard.press('Enter');
		await expect(form.locator('.feedback h3')).toBeVisible();
		await expect(radios.nth(picked)).toBeChecked();
		await page.keyboard.press(otherKey);
		await expect(radios.nth(picked)).toBeChecked();
		await page.keyboard.press('Enter');
	}

	await page.goto(`${DECK}/quiz?count=2&forms=choice`);
	await page.waitForURL(/quiz\?id=/);
	await expect(form.locator('h2')).toBeVisible();
	// A letter picks its option, and a later letter changes the pick.
	await page.keyboard.press('a');
	await expect(radios.nth(0)).toBeChecked();
	await page.keyboard.press('c');
	await expect(radios.nth(2)).toBeChecked();
	await expect(radios.nth(0)).not.toBeChecked();
	await checkAndGoOn(2, 'a');
	expect((await position(page)).n).toBe(2);

	await page.goto(`${DECK}/quiz?count=2&forms=true-false`);
	await page.waitForURL(/quiz\?id=/);
	await expect(form.locator('.statement')).toBeVisible();
	await page.keyboard.press('t');
	await expect(form.getByRole('radio', { name: 'True' })).toBeChecked();
	await checkAndGoOn(0, 'f');
	expect((await position(page)).n).toBe(2);
	await expect(form.locator('.statement')).toBeVisible();
	await page.keyboard.press('f');
	await expect(form.getByRole('radio', { name: 'False' })).toBeChecked();
	await checkAndGoOn(1, 't');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
});

test('? lists the shortcuts in a dialog that passes axe and Escape closes', async ({ page }) => {
	await page.goto(`${DECK}/quiz?count=3&forms=choice`);
	await page.waitForURL(/quiz\?id=/);
	await answerQuestion(page, 'keyboard');
	await goOn(page, 'keyboard');
	const heading = page.locator('form.question h2');
	await expect(heading).toBeFocused();

	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	expect(await dialog.locator('kbd').allTextContents()).toEqual([
		'1',
		'4',
		'A',
		'D',
		'T',
		'F',
		'Enter',
		'?'
	]);
	await expect(dialog).toContainText('pick an option');
	await expect(dialog).toContainText('true or false');
	await expect(dialog).toContainText('check the answer, then go on');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		expect(await axeViolations(page), `${scheme}: the shortcut list`).toEqual([]);
	}
	// Keys meant for the question do nothing behind the open list.
	await page.keyboard.press('b');
	await expect(page.locator('form.question input[type="radio"]:checked')).toHaveCount(0);

	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(heading).toBeFocused();

	// Opened from its button, the list gives focus back to the button.
	const button = page.getByRole('button', { name: 'Shortcuts (?)' });
	await button.click();
	await expect(dialog).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
	// And the quiz goes on by keyboard.
	await page.keyboard.press('2');
	await expect(page.locator('form.question input[type="radio"]').nth(1)).toBeChecked();
});

test('order and matching questions by keyboard only', async ({ page }) => {
	await page.goto(`${DECK}/quiz?count=4&forms=order,match`);
	await page.waitForURL(/quiz\?id=/);
	const { of } = await position(page);
	for (let i = 1; i <= of; i++) {
		await answerQuestion(page, 'keyboard');
		await goOn(page, 'keyboard');
	}
	await expect(page.locator('.results .list > li')).toHaveCount(of);
});

/** Puts the order question on screen in a new order by dragging, checks it, and reads the results. */
async function orderByDragging(page: Page, input: 'mouse' | 'touch') {
	await page.goto(`${DECK}/quiz?count=1&forms=order`);
	await page.waitForURL(/quiz\?id=/);
	const labels = page.locator('ol.order > li .label');
	await expect(labels).toHaveCount(4);
	const [a, b, c, d] = await labels.allTextContents();
	await dragOrderItem(page, 0, 3, input);
	await expect(labels).toHaveText([b, c, d, a]);
	await dragOrderItem(page, 3, 1, input);
	await expect(labels).toHaveText([b, a, c, d]);
	await expect(page.locator('ol.order > li.dragging')).toHaveCount(0);

	const check = page.getByRole('button', { name: 'Check' });
	if (input === 'touch') await check.tap();
	else await check.click();
	await expect(page.locator('.feedback h3')).toBeVisible();
	// The order checked is the one dragged, and the answered list can no longer be dragged.
	await expect(labels).toHaveText([b, a, c, d]);
	await dragOrderItem(page, 0, 3, input);
	await expect(labels).toHaveText([b, a, c, d]);
	await goOn(page, input);
	await expect(page.locator('.results .list > li')).toContainText(
		`you answered ${[b, a, c, d].join(' → ')}`
	);
}

test('an order question answered by dragging the handles with the mouse', async ({ page }) => {
	await orderByDragging(page, 'mouse');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('an order question answered by dragging the handles with a finger', async ({ page }) => {
		await orderByDragging(page, 'touch');
	});

	test('a whole quiz by touch at 360 × 740, nothing wider than the screen', async ({ page }) => {
		await page.goto(DECK);
		await started(page);
		await page.getByRole('radio', { name: '5', exact: true }).tap();
		await page.getByRole('button', { name: 'Start the quiz' }).tap();
		await page.waitForURL(/quiz\?id=/);
		for (let i = 1; i <= 5; i++) {
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(360);
			await answerQuestion(page, 'touch');
			await goOn(page, 'touch');
		}
		await expect(page.locator('.results .list > li')).toHaveCount(5);
	});
});

test('a reload mid-quiz comes back to the same question with the same answers', async ({
	page
}) => {
	await page.goto(`${DECK}/quiz?count=6&forms=choice,true-false`);
	await page.waitForURL(/quiz\?id=/);
	const url = page.url();
	await answerQuestion(page, 'mouse');
	await goOn(page, 'mouse');
	await answerQuestion(page, 'mouse');
	const prompt = await page.locator('form.question h2').textContent();
	const chosen = await page
		.locator('label.option.selected, label.option.wrong, label.option.right')
		.allTextContents();

	await page.reload();
	expect(page.url()).toBe(url);
	expect((await position(page)).n).toBe(2);
	await expect(page.locator('form.question h2')).toHaveText(prompt!);
	await expect(page.locator('.feedback h3')).toBeVisible();
	expect(
		await page
			.locator('label.option.selected, label.option.wrong, label.option.right')
			.allTextContents()
	).toEqual(chosen);

	await goOn(page, 'mouse');
	expect((await position(page)).n).toBe(3);
	await page.goBack();
	await page.goForward();
	expect((await position(page)).n).toBe(3);
});

test('closing the tab keeps the quiz, and home offers to continue it', async ({ context }) => {
	const first = await context.newPage();
	await first.goto(`${DECK}/quiz?count=5&forms=choice`);
	await first.waitForURL(/quiz\?id=/);
	await answerQuestion(first, 'mouse');
	await first.close();

	const again = await context.newPage();
	await again.goto('/');
	const resume = again.getByRole('link', { name: 'Continue the quiz' });
	await expect(
		again.getByText('The whole article (Mali, France and Russia): question 2 of 5')
	).toBeVisible();
	await resume.click();
	expect((await position(again)).n).toBe(2);
});

test('results list every question with the answer given and the right one', async ({ page }) => {
	await page.goto(`${DECK}/quiz?count=3&forms=choice`);
	await page.waitForURL(/quiz\?id=/);
	const prompts: string[] = [];
	for (let i = 0; i < 3; i++) {
		prompts.push((await page.locator('form.question h2').textContent())!);
		await answerQuestion(page, 'mouse');
		await goOn(page, 'mouse');
	}
	const items = page.locator('.results .list > li');
	await expect(items).toHaveCount(3);
	for (const [i, prompt] of prompts.entries()) {
		await expect(items.nth(i)).toContainText(prompt);
		await expect(items.nth(i)).toContainText('you answered');
	}
	const wrong = await page.locator('.results .list > li.wrong').count();
	if (wrong > 0) {
		await expect(page.locator('.results .list > li.wrong').first()).toContainText('The answer:');
		await page.getByRole('button', { name: /Retry the \d+ I missed/ }).click();
		await page.waitForURL(/quiz\?id=/);
		expect((await position(page)).of).toBe(wrong);
	}
});

test('a wrong answer shows the right one and the article’s sentence with a link to it', async ({
	page
}) => {
	await page.goto(`${DECK}/quiz?count=1&forms=typed`);
	await page.waitForURL(/quiz\?id=/);
	await answerQuestion(page, 'mouse', 'zzzz');
	const feedback = page.locator('.feedback');
	await expect(feedback.locator('h3')).toHaveText('Not quite');
	await expect(feedback).toContainText('The answer:');
	const link = feedback.getByRole('link', { name: /read paragraph \d+/ });
	const href = await link.getAttribute('href');
	expect(href).toMatch(/^\/article\/mali-france-russia#p\d+$/);
	await link.click();
	await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeInViewport();
});

test('a typed answer in the usual spelling is accepted with the article’s own', async ({
	page
}) => {
	// A class code's seed makes the draw known: the first seed whose typed quiz asks the colonel.
	const id = 'mali-france-russia/junta-leader-asmi-guetta:typed';
	const quiz = { deck: 'mali-france-russia/all', count: 20 as const, forms: ['typed' as const] };
	const settings = { ...quiz, seconds: 0 as const, order: 'article' as const };
	const deck = builtDeck(quiz.deck);
	const seed = Array.from({ length: 100 }, (_, s) => s).find((s) =>
		drawClassQuiz({ ...settings, seed: s }, deck).questions.some((q) => q.id === id)
	)!;
	const drawn = drawClassQuiz({ ...settings, seed }, deck).questions;
	const at = drawn.findIndex((q) => q.id === id);
	await page.goto(`/class?c=${builtClassCode({ ...settings, seed })}`);
	await page.waitForURL(/quiz\?id=/);
	for (let i = 0; i < at; i++) {
		await answerQuestion(page, 'mouse', 'x');
		await goOn(page, 'mouse');
	}
	await expect(page.locator('form.question h2')).toContainText(drawn[at].prompt);
	await answerQuestion(page, 'mouse', 'Assimi Goïta');
	await expect(page.locator('.feedback')).toContainText(
		'Accepted: Assimi Goïta; the article writes Asmi Guetta'
	);
});

test.describe('fill-in-the-blank questions', () => {
	const INTRODUCTION = '/deck/mali-france-russia/introduction';
	const deck = builtDeck('mali-france-russia/introduction');
	const blanks = deck.questions.flatMap((q) => (q.form === 'cloze' ? [q] : []));
	const quoteOf = (q: (typeof blanks)[number]) =>
		deck.facts.find((f) => f.id === q.facts[0])!.quote;
	const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

	/** Answers and passes the blanks shown until one that `wanted` takes; returns it. */
	async function skipTo(page: Page, wanted: (blank: (typeof blanks)[number]) => boolean) {
		for (let i = 0; i < blanks.length; i++) {
			const shown = squeeze((await page.locator('form.question .statement').textContent()) ?? '');
			const blank = blanks.find((q) => squeeze(`${q.before}blank${q.after}`) === shown);
			expect(blank, shown).toBeDefined();
			if (wanted(blank!)) return blank!;
			const { n } = await position(page);
			await answerQuestion(page, 'mouse', 'x');
			await goOn(page, 'mouse');
			await expect(page.locator('#progress-label')).toContainText(`Question ${n + 1} of`);
		}
		throw new Error('the quiz asks no such blank');
	}

	test('a quiz of blanks typed right and wrong fills each sentence and shows the article’s own', async ({
		page
	}) => {
		await page.goto(`${INTRODUCTION}/quiz?count=500&forms=cloze&order=article`);
		await page.waitForURL(/quiz\?id=/);
		const form = page.locator('form.question');
		const sentence = form.locator('.statement');
		const feedback = form.locator('.feedback');
		const typed = (q: (typeof blanks)[number]) => !q.options;
		const first = await skipTo(page, typed);

		await expect(sentence).toHaveText(`${first.before}blank${first.after}`);
		expect(await axeViolations(page), 'a blank to type').toEqual([]);
		await answerQuestion(page, 'keyboard', first.answer.text);
		await expect(feedback.locator('h3')).toHaveText('Right');
		await expect(feedback.locator('h3')).toBeFocused();
		await expect(sentence).toHaveText(`${first.before}${first.answer.text}${first.after}`);
		await expect(feedback.locator('blockquote')).toHaveText(`“${quoteOf(first)}”`);
		await expect(feedback).not.toContainText('The answer:');
		expect(await axeViolations(page), 'a blank filled right').toEqual([]);

		const { n } = await position(page);
		await goOn(page, 'keyboard');
		await expect(page.locator('#progress-label')).toContainText(`Question ${n + 1} of`);
		await expect(form.locator('h2')).toBeFocused();
		const second = await skipTo(page, typed);
		await expect(sentence).toHaveText(`${second.before}blank${second.after}`);
		await answerQuestion(page, 'mouse', 'zzzz');
		await expect(feedback.locator('h3')).toHaveText('Not quite');
		await expect(feedback).toContainText(`The answer: ${second.answer.text}`);
		await expect(sentence).toHaveText(`${second.before}${second.answer.text}${second.after}`);
		await expect(feedback.locator('blockquote')).toHaveText(`“${quoteOf(second)}”`);
		await expect(feedback.getByRole('link', { name: /read paragraph \d+/ })).toBeVisible();
		await expect(form.locator('input[type="text"]')).toHaveValue('zzzz');
		expect(await axeViolations(page), 'a blank filled wrong').toEqual([]);
	});

	test('a blank with options takes the option its letter or number picks, then Enter checks it', async ({
		page
	}) => {
		await page.goto(`${INTRODUCTION}/quiz?count=500&forms=cloze&order=article`);
		await page.waitForURL(/quiz\?id=/);
		const blank = await skipTo(page, (q) => !!q.options);
		const options = blank.options!;
		const right = options.indexOf(blank.answer.text);
		const other = (right + 1) % options.length;
		const at = (await position(page)).n;
		const form = page.locator('form.question');
		await expect(form.locator('.statement')).toHaveText(`${blank.before}blank${blank.after}`);
		const radio = (option: number) =>
			form.getByRole('radio', { name: options[option], exact: true });
		await page.keyboard.press(String(other + 1));
		await expect(radio(other)).toBeChecked();
		await page.keyboard.press('ABCD'[right].toLowerCase());
		await expect(radio(right)).toBeChecked();
		await expect(radio(other)).not.toBeChecked();
		expect(await axeViolations(page), 'a blank with options').toEqual([]);
		await page.keyboard.press('Enter');
		await expect(form.locator('.feedback h3')).toHaveText('Right');
		await expect(form.locator('.statement')).toHaveText(
			`${blank.before}${blank.answer.text}${blank.after}`
		);
		expect(await axeViolations(page), 'a blank chosen right').toEqual([]);
		await page.keyboard.press('Enter');
		await expect(page.locator('#progress-label')).toContainText(`Question ${at + 1} of`);
	});
});

test.describe('accessibility of every state', () => {
	test('question, feedback and results have no axe violation, in light and dark', async ({
		page
	}) => {
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(`${DECK}/quiz?count=2&forms=choice,typed`);
			await page.waitForURL(/quiz\?id=/);
			expect(await axeViolations(page), `${scheme}: question`).toEqual([]);
			await answerQuestion(page, 'mouse');
			expect(await axeViolations(page), `${scheme}: feedback`).toEqual([]);
			await goOn(page, 'mouse');
			await answerQuestion(page, 'mouse');
			await goOn(page, 'mouse');
			await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
			expect(await axeViolations(page), `${scheme}: results`).toEqual([]);
		}
	});

	test('order and match questions have no axe violation', async ({ page }) => {
		// One quiz per form: an order and a match question may share facts and not be drawn together.
		for (const form of ['order', 'match']) {
			await page.goto(`${DECK}/quiz?count=1&forms=${form}`);
			await page.waitForURL(/quiz\?id=/);
			await expect(page.locator('form.question h2')).toBeVisible();
			expect(await axeViolations(page), form).toEqual([]);
			await answerQuestion(page, 'mouse');
			expect(await axeViolations(page), form).toEqual([]);
			await goOn(page, 'mouse');
			await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
		}
	});

	test('the article with a fact open, and the dark theme chosen by the toggle', async ({
		page
	}) => {
		await page.goto('/article/mali-france-russia');
		const mark = page.locator('a.mark').first();
		await mark.click();
		await expect(mark).toHaveAttribute('aria-expanded', 'true');
		await expect(page.locator('.facts:not([hidden]) .fact').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Theme').selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await axeViolations(page)).toEqual([]);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});

test('a bad quiz link gets a clear message and starts nothing', async ({ page }) => {
	await page.goto(`${DECK}/quiz?count=abc`);
	await expect(page.getByRole('alert')).toHaveText(/number of questions must be a whole number/);
	await page.goto(`${DECK}/quiz?id=nope`);
	await expect(page.getByRole('alert')).toHaveText(/not among the quizzes saved/);
	const saved = await page.evaluate(() => localStorage.getItem('factdeck:v1:progress'));
	expect(saved).toBeNull();
});
