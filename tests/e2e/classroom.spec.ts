import { readFileSync } from 'node:fs';
import { expect, started, test, type Browser, type Page } from './support/test.ts';
import { deckTag, encodeClassCode } from '../../src/lib/classroom/class-code.ts';
import { builtClassCode } from './support/class-code.ts';
import { builtDeck, servedDeck } from './support/deck.ts';
import { sampleQuiz } from '../../src/lib/questions/quiz.ts';
import type { ClassQuiz } from '../../src/lib/classroom/class-code.ts';
import { axeViolations, watchPage } from './support/page-health.ts';
import {
	readApkg,
	readDeckJson,
	readGift,
	readMoodleXml,
	textOf,
	type XmlNode
} from '../support/read-back.ts';
import { pdfPages } from './support/pdf.ts';
import { answerQuestion, goOn, position } from './support/quiz.ts';

const CODE = builtClassCode({
	deck: 'mali-france-russia/all',
	seed: 42,
	count: 10,
	forms: ['choice', 'true-false', 'typed'],
	seconds: 0,
	order: 'random'
});
// Fill-in-the-blank questions only, some typed and some chosen from options.
const BLANKS: ClassQuiz = {
	deck: 'mali-france-russia/introduction',
	seed: 5,
	count: 5,
	forms: ['cloze'],
	seconds: 0,
	order: 'random'
};
const BLANKS_CODE = builtClassCode(BLANKS);
const blanks = sampleQuiz(builtDeck(BLANKS.deck).questions, BLANKS, BLANKS.seed).flatMap((q) =>
	q.form === 'cloze' ? [q] : []
);
/** A blank's answer as a class reads it: with its option's letter when it has options. */
const answerLine = (q: (typeof blanks)[number]) =>
	q.options ? `${'ABCD'[q.options.indexOf(q.answer.text)]}. ${q.answer.text}` : q.answer.text;
const TIMED = builtClassCode({
	deck: 'mali-france-russia/glossary',
	seed: 3,
	count: 5,
	forms: ['choice'],
	seconds: 10,
	order: 'random'
});

/** Takes a class quiz through, answering each question, and returns what each question showed. */
async function takeClassQuiz(page: Page, code: string): Promise<string[]> {
	await page.goto(`/class?c=${code}`);
	await page.waitForURL(/quiz\?id=/);
	const seen: string[] = [];
	const { of } = await position(page);
	for (let i = 0; i < of; i++) {
		const form = page.locator('form.question');
		await expect(form.locator('h2')).toBeVisible();
		seen.push((await form.innerText()).replace(/\s+/g, ' '));
		await answerQuestion(page, 'mouse');
		await goOn(page, 'mouse');
	}
	return seen;
}

async function newStudent(browser: Browser) {
	const context = await browser.newContext();
	return { context, page: await context.newPage() };
}

test('two students opening the same class link get the same questions, options and order', async ({
	browser
}) => {
	const a = await newStudent(browser);
	const b = await newStudent(browser);
	const [first, second] = await Promise.all([
		takeClassQuiz(a.page, CODE),
		takeClassQuiz(b.page, CODE)
	]);
	expect(first).toHaveLength(10);
	// Compare the questions as shown before answering: prompts and options, in order.
	const shown = (texts: string[]) =>
		texts.map((t) => t.split(/ Right | Not quite | Partly right /)[0]);
	expect(shown(first)).toEqual(shown(second));
	await a.context.close();
	await b.context.close();
});

test('a student turns a class quiz into a result code the teacher reads back into the tables', async ({
	page,
	context
}) => {
	await takeClassQuiz(page, CODE);
	await page.getByLabel('Your name').fill('Aminata <b>Traoré</b>');
	await page.getByRole('button', { name: 'Make my result code' }).click();
	const code = await page.getByRole('textbox', { name: 'Your result code' }).inputValue();
	expect(code).toMatch(/^[0-9A-Z-]+$/);
	await expect(page.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
	const right = await page.locator('.results .list > li.right').count();

	const teacher = await context.newPage();
	await teacher.goto(`/classroom/results?c=${CODE}`);
	await teacher.getByLabel('Result codes').fill(`${code}\n${code}\nNOT-A-CODE-AT-ALL-1234567890\n`);
	await teacher.getByRole('button', { name: 'Add' }).click();
	await expect(teacher.getByRole('status')).toHaveText('1 result added, 2 refused.');
	await expect(teacher.locator('.refused')).toContainText('already has a result here');
	const row = teacher.getByRole('row', { name: /Aminata <b>Traoré<\/b>/ });
	await expect(row).toContainText(`${right} / 10`);
	await expect(row.getByRole('cell', { name: '✓' })).toHaveCount(right);
	expect(await axeViolations(teacher)).toEqual([]);
	const download = teacher.waitForEvent('download');
	await teacher.getByRole('button', { name: 'Export as CSV' }).click();
	expect((await download).suggestedFilename()).toMatch(/^factdeck-results-.*\.csv$/);
});

test('a bad or outdated class code gets a clear message', async ({ page }) => {
	await page.goto('/');
	await started(page);
	await page.getByLabel('Class code').fill('ABCD-EFGX');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('alert')).toHaveText(/mistake|not a class code|outdated/);
	await page.goto('/class?c=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
	await expect(page.getByRole('alert')).toHaveText(/not a class code/);
	// A code made before the deck's questions changed names an edition this site no longer has.
	const outdated = encodeClassCode(
		{ deck: 'mali-france-russia/all', seed: 3, count: 10, forms: [], seconds: 0, order: 'random' },
		deckTag({ key: 'mali-france-russia/all', edition: 'an-older-edition' })
	);
	await page.goto(`/class?c=${outdated}`);
	await expect(page.getByRole('alert')).toHaveText(/may be outdated/);
	await page.goto(`/deck/mali-france-russia/all/quiz?class=${outdated}`);
	await expect(page.getByRole('alert')).toHaveText(/may be outdated/);
	expect(await page.evaluate(() => localStorage.getItem('factdeck:v1:progress'))).toBeNull();
});

test('a timed class quiz moves on when the time is up, leaving the question blank', async ({
	page
}) => {
	const now = new Date('2026-11-20T10:00:00Z');
	await page.clock.install({ time: now });
	// The page's time stands still until the test moves it, so the countdown shows 10 however
	// long the page takes to load.
	await page.clock.pauseAt(new Date(now.getTime() + 60 * 60_000));
	await page.goto(`/class?c=${TIMED}`);
	await page.waitForURL(/quiz\?id=/);
	await expect(page.getByRole('timer')).toHaveText('10');
	await page.clock.fastForward(11_000);
	await expect(page.locator('.feedback h3')).toHaveText('Time is up');
	await expect(page.locator('.feedback')).toContainText('The answer:');
	await goOn(page, 'mouse');
	expect((await position(page)).n).toBe(2);
});

test('projector mode reveals and moves with the keys a presenter remote sends', async ({
	page
}) => {
	const problems = watchPage(page);
	await page.goto(`/classroom/project?c=${CODE}`);
	const stage = page.locator('.stage');
	await expect(stage).toContainText('Question 1 of 10');
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('PageDown');
	await expect(stage).toContainText('Answer:');
	expect(await axeViolations(page)).toEqual([]);
	await page.keyboard.press('Space');
	await expect(stage).toContainText('Question 2 of 10');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(stage).toContainText('Question 3 of 10');
	await page.keyboard.press('PageUp');
	await page.keyboard.press('PageUp');
	await expect(stage).toContainText('Question 2 of 10');
	expect(problems.pageErrors).toEqual([]);
});

/**
 * Prints the test sheet and the answer key of a class quiz of ten questions or fewer on A4 and
 * Letter, and requires them to pass axe, to keep within a few pages, and to keep every question
 * on one page.
 */
async function printWhole(page: Page, code: string, count: number) {
	for (const sheet of ['test', 'key'] as const) {
		await page.goto(`/classroom/print?c=${code}${sheet === 'key' ? '&sheet=key' : ''}`);
		await expect(page.locator('.sheet .question')).toHaveCount(count);
		expect(await axeViolations(page)).toEqual([]);
		const questions = await page.locator('.sheet .question').evaluateAll((items) =>
			items.map((item) => {
				const texts = [...item.querySelectorAll('p, li')]
					.map((el) => el.textContent.replace(/\s+/g, ' ').trim())
					.filter(Boolean);
				return { first: texts[0], last: texts.at(-1)! };
			})
		);
		await page.emulateMedia({ media: 'print' });
		for (const format of ['A4', 'Letter'] as const) {
			const pages = await pdfPages(await page.pdf({ format }));
			expect(pages.length, `${sheet} on ${format}`).toBeGreaterThanOrEqual(1);
			expect(pages.length, `${sheet} on ${format}`).toBeLessThanOrEqual(sheet === 'key' ? 3 : 6);
			expect(
				pages.every((text) => text.trim().length > 0),
				'no blank page'
			).toBe(true);
			expect(pages.join(' ')).not.toMatch(/Skip to content|Theme|Classroom Progress/);
			if (sheet === 'test') expect(pages[0]).toMatch(/Name:.*Date:/);
			// Walk the sheet in order, so a line like "B. False" is looked for only in its own
			// question: each question's first and last lines must be on the same page.
			const starts = pages.map((_, n) => pages.slice(0, n).join('\n').length + (n > 0 ? 1 : 0));
			const whole = pages.join('\n');
			const pageAt = (at: number) => starts.findLastIndex((start) => start <= at);
			let cursor = 0;
			for (const [n, { first, last }] of questions.entries()) {
				const from = whole.indexOf(first.slice(0, 40), cursor);
				expect(from, `question ${n + 1} found: ${first}`).toBeGreaterThanOrEqual(cursor);
				const to = whole.indexOf(last.slice(0, 40), from);
				expect(to, `question ${n + 1} ends: ${last}`).toBeGreaterThanOrEqual(from);
				expect(pageAt(to), `question ${n + 1} on one page`).toBe(pageAt(from));
				cursor = to;
			}
		}
		await page.emulateMedia({ media: 'screen' });
	}
}

test('the printed test and answer key fit A4 and Letter with no question split across pages', async ({
	page
}) => {
	await printWhole(page, CODE, 10);
});

test('blanks on the projector: the sentence with its blank, then the answer filled in on reveal', async ({
	page
}) => {
	expect(blanks).toHaveLength(BLANKS.count);
	expect(blanks.some((q) => q.options) && blanks.some((q) => !q.options)).toBe(true);
	await page.goto(`/classroom/project?c=${BLANKS_CODE}`);
	const stage = page.locator('.stage');
	for (const [i, blank] of blanks.entries()) {
		await expect(stage).toContainText(`Question ${i + 1} of ${blanks.length}`);
		const sentence = stage.locator('.statement');
		await expect(sentence).toHaveText(`${blank.before}blank${blank.after}`);
		if (blank.options)
			await expect(stage.locator('ol.items li')).toHaveText(
				blank.options.map((option, n) => `${'ABCD'[n]} ${option}`)
			);
		else await expect(stage).toContainText('Write your answer down.');
		await expect(stage).not.toContainText('Answer:');
		await page.keyboard.press('PageDown');
		await expect(stage.locator('.reveal')).toContainText(`Answer: ${answerLine(blank)}`);
		await expect(sentence).toHaveText(`${blank.before}${blank.answer.text}${blank.after}`);
		if (i === 0) expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('PageDown');
	}
});

test('blanks on the printed sheet, with a line or boxes to fill, and every answer on the key', async ({
	page
}) => {
	await page.goto(`/classroom/print?c=${BLANKS_CODE}`);
	const questions = page.locator('.sheet li.question');
	await expect(questions).toHaveCount(blanks.length);
	for (const [i, blank] of blanks.entries()) {
		const question = questions.nth(i);
		await expect(question.locator('.statement')).toHaveText(`${blank.before}blank${blank.after}`);
		if (blank.options)
			await expect(question.locator('li')).toHaveText(
				blank.options.map((option, n) => `${'ABCD'[n]}. ${option}`)
			);
		else {
			await expect(question).toContainText('Answer:');
			await expect(question).not.toContainText(blank.answer.text);
		}
	}
	await page.goto(`/classroom/print?c=${BLANKS_CODE}&sheet=key`);
	await expect(questions).toHaveCount(blanks.length);
	for (const [i, blank] of blanks.entries())
		await expect(questions.nth(i).locator('.solution strong')).toHaveText(answerLine(blank));
	await printWhole(page, BLANKS_CODE, blanks.length);
});

test('a student’s class quiz of blanks counts in the teacher’s table as the student saw it', async ({
	page,
	context
}) => {
	await takeClassQuiz(page, BLANKS_CODE);
	const right = await page.locator('.results .list > li.right').count();
	await page.getByLabel('Your name').fill('Moussa');
	await page.getByRole('button', { name: 'Make my result code' }).click();
	const code = await page.getByRole('textbox', { name: 'Your result code' }).inputValue();
	const teacher = await context.newPage();
	await teacher.goto(`/classroom/results?c=${BLANKS_CODE}`);
	await teacher.getByLabel('Result codes').fill(code);
	await teacher.getByRole('button', { name: 'Add' }).click();
	const row = teacher.getByRole('row', { name: /Moussa/ });
	await expect(row).toContainText(`${right} / ${blanks.length}`);
	await expect(row.getByRole('cell', { name: '✓' })).toHaveCount(right);
	await expect(row.getByRole('cell', { name: '✗' })).toHaveCount(blanks.length - right);
});

test('the classroom page makes a code and link that open the same quiz', async ({ page }) => {
	await page.goto('/classroom');
	await started(page);
	await page.getByLabel('Deck').selectOption({ label: 'Timeline (Mali, France and Russia)' });
	await page.getByLabel('Questions').selectOption('5');
	await page.getByRole('button', { name: 'Create the class quiz' }).click();
	const code = (await page.locator('.code').textContent())!;
	expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	await expect(page.getByRole('img', { name: 'QR code of the class link' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	const preview = await page.locator('.preview li').allTextContents();
	expect(preview).toHaveLength(5);
	await page.getByRole('link', { name: /\/class\?c=/ }).click();
	await page.waitForURL(/quiz\?id=/);
	const first = (await page.locator('form.question h2').textContent())!.trim();
	expect(preview[0].trim().startsWith(first)).toBe(true);
});

test('the classroom page downloads the class quiz in every format, Kahoot included', async ({
	page
}) => {
	// Eight files, one of them written by SQLite compiled from WebAssembly in the page.
	test.slow();
	await page.goto('/classroom');
	await started(page);
	await page.getByLabel('Deck').selectOption('mali-france-russia/all');
	await page.getByLabel('Questions').selectOption('10');
	await page.getByRole('button', { name: 'Create the class quiz' }).click();
	await expect(page.locator('.code')).toBeVisible();
	const formats: [string, RegExp][] = [
		['Moodle GIFT', /\.gift\.txt$/],
		['Moodle XML', /\.moodle\.xml$/],
		['Kahoot spreadsheet', /\.kahoot\.xlsx$/],
		['Quizlet', /\.quizlet\.txt$/],
		['Anki package (.apkg)', /\.apkg$/],
		['Anki text (English Anki only)', /\.anki\.txt$/],
		['CSV', /\.csv$/],
		['JSON', /\.json$/]
	];
	for (const [label, name] of formats) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: label, exact: true }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(name);
		const bytes = readFileSync(await file.path());
		expect(bytes.length).toBeGreaterThan(100);
		if (/Kahoot|\.apkg/.test(label)) expect(bytes.subarray(0, 2).toString()).toBe('PK');
		// Explanations link back to the paragraph on this very site.
		if (label === 'CSV')
			expect(bytes.toString()).toContain(new URL('/article/mali-france-russia#p', page.url()).href);
		await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
	}
});

test('a deck page downloads every question of the deck, in GIFT and in JSON', async ({ page }) => {
	await page.goto('/deck/mali-france-russia/russian-bear');
	const deck = await servedDeck(page.request, 'mali-france-russia/russian-bear');
	const ids = deck.questions.map((q) => q.id);
	expect(ids.length).toBeGreaterThan(50);

	let download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'JSON', exact: true }).click();
	const json = readDeckJson(readFileSync(await (await download).path(), 'utf8'));
	expect(json.deck.key).toBe('mali-france-russia/russian-bear');
	expect(json.deck.questions).toEqual(ids);
	expect(json.questions.map((q) => q.id)).toEqual(ids);
	await expect(
		page.getByRole('status').filter({ hasText: 'saved with every question' })
	).toBeVisible();

	download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Moodle GIFT', exact: true }).click();
	const gift = readFileSync(await (await download).path(), 'utf8');
	const titled = readGift(gift).map((question) => question.title);
	// GIFT has no ordering question: every other question of the deck is there, each once.
	expect(titled).toEqual(ids.filter((id) => !id.includes(':order:')));
	await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
});

const LEAVE_OUT_ORDERING = 'Leave out ordering questions (Moodle before 4.4 cannot import them)';

test('the classroom page warns that ordering needs Moodle 4.4 and leaves it out of Moodle XML when asked', async ({
	page
}) => {
	// Two downloads and an axe run: room for a busy machine.
	test.slow();
	await page.goto('/classroom');
	await started(page);
	await page.getByLabel('Deck').selectOption('mali-france-russia/all');
	await page.getByLabel('Questions').selectOption('5');
	for (const form of [
		'Multiple choice',
		'True or false',
		'Typed answer',
		'Number',
		'Matching',
		'Fill in the blank'
	])
		await page.getByLabel(form, { exact: true }).uncheck();
	await page.getByRole('button', { name: 'Create the class quiz' }).click();
	// Ordering questions share dated facts, so a quiz may draw as few as one of the deck's.
	await expect(page.locator('.preview li').first()).toBeVisible();
	const count = await page.locator('.preview li').count();
	const questions = count === 1 ? 'the ordering question' : `the ${count} ordering questions`;

	const moodleXml = page.getByRole('button', { name: 'Moodle XML', exact: true });
	const typesIn = async () => {
		const download = page.waitForEvent('download');
		await moodleXml.click();
		const xml = readFileSync(await (await download).path(), 'utf8');
		return readMoodleXml(xml).map((question) => question['@_type']);
	};
	await expect(
		page.getByText(
			`Moodle XML writes ${questions} as Moodle's ordering type, built into Moodle only from version 4.4: an older Moodle stops the whole import at the first one and saves nothing.`
		)
	).toBeVisible();
	await expect(moodleXml).toHaveAccessibleDescription(/only from version 4\.4/);
	expect(await typesIn()).toEqual(['category', ...Array<string>(count).fill('ordering')]);

	await page.getByLabel(LEAVE_OUT_ORDERING).check();
	expect(await typesIn()).toEqual(['category']);
	await expect(
		page.getByRole('status').filter({
			hasText: `Left out: ${count} question${count === 1 ? '' : 's'} (as asked: Moodle before 4.4 has no ordering question type`
		})
	).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('a deck page says which Moodle imports its ordering questions and offers to leave them out', async ({
	page
}) => {
	test.slow();
	await page.goto('/deck/mali-france-russia/all');
	await started(page);
	await expect(page.getByText(/Moodle XML writes the \d+ ordering questions/)).toBeVisible();
	await page.getByLabel(LEAVE_OUT_ORDERING).check();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Moodle XML', exact: true }).click();
	const xml = readFileSync(await (await download).path(), 'utf8');
	const { questions } = await servedDeck(page.request, 'mali-france-russia/all');
	expect(questions.some((q) => q.form === 'order')).toBe(true);
	expect(
		readMoodleXml(xml)
			.slice(1)
			.map((question) => textOf(question.name as XmlNode))
	).toEqual(questions.filter((q) => q.form !== 'order').map((q) => q.id));
	expect(await axeViolations(page)).toEqual([]);
});

test('a deck page downloads an Anki package that opens as Anki reads it, linked to this site', async ({
	page
}) => {
	await page.goto('/deck/mali-france-russia/timeline');
	const { questions } = await servedDeck(page.request, 'mali-france-russia/timeline');
	// The page runs (its count of facts due shows) before its button is pressed.
	await expect(page.getByText(/of this deck due for review/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Anki package (.apkg)', exact: true }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('factdeck-mali-france-russia-timeline.apkg');
	const apkg = await readApkg(readFileSync(await file.path()));
	expect(apkg.files).toEqual(['collection.anki2', 'media']);
	expect(Object.values(apkg.models).map((model) => model.name)).toEqual([
		'factdeck Basic',
		'factdeck Cloze'
	]);
	expect(Object.values(apkg.decks).map((d) => d.name)).toContain(
		'factdeck::Timeline (Mali, France and Russia)'
	);
	// One note per fact a question asks alone, one per order or match question; a card each.
	const groups = questions.filter((q) => q.form === 'order' || q.form === 'match');
	const grouped = new Set(groups.map((q) => q.id));
	const alone = new Set(questions.filter((q) => !grouped.has(q.id)).map((q) => q.facts[0]));
	expect(apkg.notes).toHaveLength(alone.size + groups.length);
	expect(apkg.cards).toHaveLength(apkg.notes.length);
	const paragraphs = new URL('/article/mali-france-russia#p', page.url()).href;
	for (const note of apkg.notes) expect(note.fields.at(-1)).toContain(`<a href="${paragraphs}`);
	await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
	await expect(page.getByText('any Anki imports it, in any language')).toBeVisible();
});
