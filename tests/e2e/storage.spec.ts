import { expect, test, type Page } from './support/test.ts';
import { readFileSync } from 'node:fs';
import { answerQuestion, goOn } from './support/quiz.ts';
import { axeViolations, watchPage } from './support/page-health.ts';
import {
	readBackupFile,
	readStoredProgress,
	storageItems,
	type StoredProgress
} from './support/storage.ts';

const KEY = 'factdeck:v1:progress';
const DECK = '/deck/mali-france-russia/all';
const env = (version: unknown, data: unknown) =>
	JSON.stringify({ factdeck: 'progress', version, savedAt: 1, data });
const valid = {
	generation: 'lq2m3n-abc123',
	questions: ['mali-france-russia/bamako-rally-city:choice', 'mali-france-russia/wagner:typed'],
	decks: ['mali-france-russia/all'],
	quizzes: [],
	hours: {
		'2026-11-20T10': [
			[0, 600, 1, 4, 2],
			[1, 700, 0, 8, 'Takuba']
		]
	},
	undone: []
};
const withHours = (hours: unknown) => env(2, { ...valid, hours });
const answers = (page: Page) => page.locator('.summary div', { hasText: 'Answers' }).locator('dd');
const withTuple = (tuple: unknown) =>
	withHours({ '2026-11-20T10': [...valid.hours['2026-11-20T10'], tuple] });
const quiz = (questions: number[], id = 'q1') => [
	id,
	0,
	7,
	2,
	'',
	0,
	questions,
	1_795_000_000,
	null,
	null,
	[]
];
/** Every answer a stored document holds, in quizzes and outside them. */
const storedAnswers = (data: StoredProgress['data']) =>
	data.quizzes.flatMap((q) => q[10]).length + Object.values(data.hours).flat().length;

/** Damaged progress documents, each with what the app must make of it. */
const VARIANTS: [string, string, 'unreadable' | 'repaired' | 'newer' | 'migrated' | 'kept'][] = [
	['truncated JSON', env(2, valid).slice(0, 60), 'unreadable'],
	['the JSON value null', 'null', 'unreadable'],
	['an empty string', '', 'unreadable'],
	['a number', '42', 'unreadable'],
	['an array', '[]', 'unreadable'],
	['a JSON string', '"progress"', 'unreadable'],
	['an empty object', '{}', 'unreadable'],
	[
		'another document kind',
		JSON.stringify({ factdeck: 'settings', version: 1, savedAt: 1, data: valid }),
		'unreadable'
	],
	['a future version', env(99, valid), 'newer'],
	['a version written as text', env('2', valid), 'unreadable'],
	['a negative version', env(-1, valid), 'unreadable'],
	['data null', env(2, null), 'unreadable'],
	[
		'no data at all',
		JSON.stringify({ factdeck: 'progress', version: 2, savedAt: 1 }),
		'unreadable'
	],
	['questions not a list', env(2, { ...valid, questions: 'x' }), 'unreadable'],
	['hours a list', env(2, { ...valid, hours: [] }), 'unreadable'],
	['quizzes a string', env(2, { ...valid, quizzes: 'x' }), 'unreadable'],
	['undone not a list', env(2, { ...valid, undone: {} }), 'unreadable'],
	['a generation that is a number', env(2, { ...valid, generation: 7 }), 'unreadable'],
	['a byte-order mark before the JSON', '\ufeff' + env(2, valid), 'unreadable'],
	[
		'an hour that is not a date',
		withHours({ ...valid.hours, tomorrow: [[0, 1, 1, 1, 2]] }),
		'repaired'
	],
	[
		'a month 13 hour',
		withHours({ ...valid.hours, '2026-13-45T10': [[0, 1, 1, 1, 2]] }),
		'repaired'
	],
	['a time written NaN', withTuple([0, 'NaN', 1, 1, 2]), 'repaired'],
	['a time past the hour', withTuple([0, 99_999, 1, 1, 2]), 'repaired'],
	['an unknown question index', withTuple([9, 10, 1, 1, 2]), 'repaired'],
	['a verdict code out of range', withTuple([0, 10, 7, 1, 2]), 'repaired'],
	['a negative time taken', withTuple([0, 10, 1, -5, 2]), 'repaired'],
	['a rating of 9', withTuple([0, 10, 1, 1, 2, -1, 9]), 'repaired'],
	['an answer of the wrong type', withTuple([1, 10, 1, 1, 42]), 'repaired'],
	['a huge answer', withTuple([1, 10, 0, 1, 'x'.repeat(200_000)]), 'repaired'],
	['a record that is not a list', withTuple({ q: 0 }), 'repaired'],
	['a quiz pointing at a missing question', env(2, { ...valid, quizzes: [quiz([5])] }), 'repaired'],
	['duplicate quiz ids', env(2, { ...valid, quizzes: [quiz([0]), quiz([1])] }), 'repaired'],
	[
		'a quiz answer past the quiz',
		env(2, { ...valid, quizzes: [[...quiz([0]).slice(0, 10), [[4, 5, 1, 1, 2]]]] }),
		'repaired'
	],
	[
		'__proto__ keys',
		withHours(JSON.parse('{"2026-11-20T10":[[0,600,1,4,2]],"__proto__":[[0,1,1,1,2]]}')).replace(
			'"hours":{',
			'"__proto__":{"polluted":true},"hours":{'
		),
		'kept'
	],
	['invalid Unicode in an answer', withTuple([1, 10, 0, 1, 'Bam\ud800ko']), 'kept'],
	['markup in an answer', withTuple([1, 10, 0, 1, '<img src=x onerror="alert(1)">']), 'kept'],
	[
		'a version 1 document, from before answers were grouped by hour',
		JSON.stringify({
			factdeck: 'progress',
			version: 1,
			savedAt: 1,
			data: {
				generation: 'g-1',
				questions: valid.questions,
				quizzes: [],
				days: { '2026-11-20': [[0, 36_000, 1, 42, 2, -1]] },
				undone: []
			}
		}),
		'migrated'
	]
];

async function seed(page: Page, value: string) {
	// Seed once, before the app's first load; later loads see what the app wrote.
	await page.addInitScript(
		([key, raw]) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem(key, raw);
				sessionStorage.setItem('seeded', '1');
			}
		},
		[KEY, value]
	);
}

test.describe('damaged saved progress', () => {
	expect(VARIANTS.length).toBeGreaterThanOrEqual(30);

	for (const [name, raw, expected] of VARIANTS) {
		test(`${name}: the page works, says so, and keeps the original`, async ({ page }) => {
			const problems = watchPage(page);
			let dialogs = 0;
			page.on('dialog', (dialog) => {
				dialogs++;
				void dialog.dismiss();
			});
			await seed(page, raw);
			await page.goto('/');
			await expect(
				page.getByRole('heading', { name: 'Learn an article by its facts' })
			).toBeVisible();
			const notices = page.getByRole('region', { name: 'Saved data' });
			// The heading is in the page's HTML; the due count shows only once the app has read the
			// saved progress, and so has set aside what it could not read.
			await expect(page.getByRole('status').filter({ hasText: 'due for review' })).toBeVisible();
			const stored = await storageItems(page);
			const setAside = Object.entries(stored).filter(([key]) =>
				key.startsWith('factdeck:set-aside:progress:')
			);

			if (expected === 'newer') {
				await expect(notices).toContainText('saved by a newer version');
				expect(stored[KEY]).toBe(raw);
			} else if (expected === 'unreadable') {
				await expect(notices).toContainText('could not be read');
				expect(setAside.map(([, value]) => value)).toEqual([raw]);
			} else if (expected === 'repaired') {
				await expect(notices).toContainText('Part of your saved progress could not be read');
				expect(setAside.map(([, value]) => value)).toEqual([raw]);
				expect(readStoredProgress(stored[KEY]).version).toBe(2);
			} else if (expected === 'migrated') {
				await expect(notices).toHaveCount(0);
				expect(readStoredProgress(stored[KEY]).version).toBe(2);
				expect(
					Object.entries(stored).find(([key]) => key.includes('before-migration-from-v1'))?.[1]
				).toBe(raw);
			} else {
				// Read as it stands: the answers are there, and nothing was set aside.
				expect(setAside).toEqual([]);
				expect(storedAnswers(readStoredProgress(stored[KEY]).data)).toBeGreaterThan(0);
			}
			expect(problems.pageErrors).toEqual([]);
			expect(dialogs).toBe(0);
			expect(await page.evaluate(() => ({}))).not.toHaveProperty('polluted');

			// The app stays usable: a quiz can be started and answered.
			await page.goto(`${DECK}/quiz?count=1&forms=choice`);
			await answerQuestion(page, 'mouse');
		});
	}
});

test('a full storage keeps the quiz going in memory and offers an export', async ({ page }) => {
	await page.addInitScript(() => {
		// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with the storage as `this`, below.
		const original = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('factdeck:v1:')) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return original.call(this, key, value);
		};
	});
	await page.goto(`${DECK}/quiz?count=3&forms=choice`);
	await answerQuestion(page, 'mouse');
	const notice = page.getByRole('region', { name: 'Saved data' });
	await expect(notice).toContainText('storage for this site is full');
	await goOn(page, 'mouse');
	await answerQuestion(page, 'mouse');
	await expect(page.locator('#progress-label')).toHaveText('Question 2 of 3');
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Export a backup' }).click();
	const file = readBackupFile(readFileSync(await (await download).path(), 'utf8'));
	expect(storedAnswers(file.documents.progress.data)).toBe(2);
});

test('once the full storage has room again, a tab switch or the next answer stores everything', async ({
	page
}) => {
	await page.addInitScript(() => {
		const flags = window as unknown as { storageFull: boolean };
		flags.storageFull = true;
		// eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with the storage as `this`, below.
		const original = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (flags.storageFull && key.startsWith('factdeck:v1:')) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return original.call(this, key, value);
		};
	});
	const setFull = (full: boolean) =>
		page.evaluate((full) => {
			(window as unknown as { storageFull: boolean }).storageFull = full;
		}, full);
	const stored = async () => {
		const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
		return raw === null ? 0 : storedAnswers(readStoredProgress(raw).data);
	};
	await page.goto(`${DECK}/quiz?count=3&forms=choice`);
	await answerQuestion(page, 'mouse');
	const notice = page.getByRole('region', { name: 'Saved data' });
	await expect(notice).toContainText('storage for this site is full');
	expect(await stored()).toBe(0);

	// Space freed elsewhere; the learner switches tabs and back.
	await setFull(false);
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(notice).toHaveCount(0);
	expect(await stored()).toBe(1);

	await setFull(true);
	await goOn(page, 'mouse');
	await answerQuestion(page, 'mouse');
	await expect(notice).toContainText('storage for this site is full');
	expect(await stored()).toBe(1);

	// Room again, and the next answer is the next write.
	await setFull(false);
	await goOn(page, 'mouse');
	await answerQuestion(page, 'mouse');
	await expect(notice).toHaveCount(0);
	expect(await stored()).toBe(3);
	await goOn(page, 'mouse');
	await expect(page.locator('.results .list > li')).toHaveCount(3);
});

test.describe('the original of damaged data', () => {
	const cases: [string, string][] = [
		['truncated JSON', env(2, valid).slice(0, 60)],
		['a byte-order mark before the JSON', '\ufeff' + env(2, valid)],
		[
			'a document with one unreadable record and answers in accented and curly text',
			withHours({
				'2026-11-20T10': [
					...valid.hours['2026-11-20T10'],
					[1, 800, 0, 5, 'Asmi Guetta — “Goïta” 🇲🇱'],
					[9, 10, 1, 1, 2]
				]
			})
		]
	];
	for (const [name, raw] of cases) {
		test(`${name}: “Download the original” gives back exactly the bytes set aside`, async ({
			page
		}) => {
			await seed(page, raw);
			await page.goto('/');
			const notice = page.getByRole('region', { name: 'Saved data' });
			await expect(notice).toContainText('kept aside');
			const download = page.waitForEvent('download');
			await notice.getByRole('button', { name: 'Download the original' }).click();
			const file = readFileSync(await (await download).path());
			expect(file.equals(Buffer.from(raw, 'utf8')), 'the file holds the original bytes').toBe(true);
			const setAside = Object.entries(await storageItems(page))
				.filter(([key]) => key.startsWith('factdeck:set-aside:progress:'))
				.map(([, value]) => value);
			expect(setAside).toEqual([raw]);
		});
	}
});

test('the progress page lists data set aside, gives back its exact bytes, and deletes it when asked', async ({
	page
}) => {
	const raw = '{"factdeck":"progress","version":2, cut off';
	await seed(page, raw);
	await page.goto('/');
	await page.goto('/progress');
	const panel = page.getByRole('region', { name: 'Your data' });
	const copy = panel.getByRole('listitem').filter({ hasText: 'progress, set aside' });
	await expect(copy).toBeVisible();
	const download = page.waitForEvent('download');
	await copy.getByRole('button', { name: 'Download' }).click();
	const file = readFileSync(await (await download).path());
	expect(file.equals(Buffer.from(raw, 'utf8')), 'the file holds the original bytes').toBe(true);
	await copy.getByRole('button', { name: 'Delete' }).click();
	await expect(panel.getByRole('heading', { name: 'Data set aside' })).toHaveCount(0);
	const kept = Object.keys(await storageItems(page)).filter((key) =>
		key.startsWith('factdeck:set-aside:')
	);
	expect(kept, 'nothing is set aside any more').toEqual([]);
});

test.describe('unreadable progress too big to set aside', () => {
	// Chromium lets an origin store 5,242,880 UTF-16 code units (10 MiB), keys and values together,
	// whatever the characters: 3 million of unreadable text leave no room for a copy of them.
	const PATTERN = 'Goïta “✓” 🇲🇱 {"factdeck":\u0000 ';
	const REPEAT = Math.ceil(3_000_000 / PATTERN.length);
	const GARBAGE = PATTERN.repeat(REPEAT);
	const SEEDED = 'seeded-by-the-test';

	test.beforeEach(async ({ context }) => {
		// Megabytes of storage, two tabs and axe on a machine shared by other work.
		test.slow();
		// Seeded once for the whole context (both tabs), before the app's first load.
		await context.addInitScript(
			([key, pattern, repeat, seeded]) => {
				// Blank pages (a new tab before it navigates) have no storage.
				if (
					location.protocol.startsWith('http') &&
					localStorage.getItem(seeded as string) === null
				) {
					localStorage.setItem(key as string, (pattern as string).repeat(repeat as number));
					localStorage.setItem(seeded as string, '1');
				}
			},
			[KEY, PATTERN, REPEAT, SEEDED]
		);
	});

	/** Whether the unreadable text is still stored, unchanged, and nothing else was set aside. */
	const intact = (page: Page) =>
		page.evaluate(
			([key, pattern, repeat]) =>
				localStorage.getItem(key as string) === (pattern as string).repeat(repeat as number) &&
				!Object.keys(localStorage).some((k) => k.startsWith('factdeck:set-aside:')),
			[KEY, PATTERN, REPEAT]
		);
	const stored = async (page: Page) => {
		const raw = await page.evaluate((key) => localStorage.getItem(key), KEY);
		return raw === null ? 0 : storedAnswers(readStoredProgress(raw).data);
	};
	const MESSAGE =
		'Your saved progress could not be read, and there is no room to keep a copy of it. New answers are kept only while this tab is open.';

	test('says so, gives back the exact bytes, and once cleared stores the answer given meanwhile', async ({
		page
	}) => {
		await page.goto(`${DECK}/quiz?count=2&forms=choice`);
		await answerQuestion(page, 'mouse');
		const notice = page.getByRole('region', { name: 'Saved data' });
		await expect(notice).toContainText(MESSAGE);
		await expect(notice).not.toContainText('storage for this site is full');
		expect(await intact(page)).toBe(true);

		// Asked to clear without a copy, the learner keeps it: nothing is removed.
		await notice.getByRole('button', { name: 'Clear it and resume saving…' }).click();
		const confirm = notice.getByRole('group', { name: /Clear it from this browser/ });
		await expect(confirm).toContainText('You have not downloaded the unreadable data');
		await expect(confirm).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await confirm.getByRole('button', { name: 'Keep it' }).click();
		await expect(confirm).toHaveCount(0);
		expect(await intact(page)).toBe(true);

		const download = page.waitForEvent('download');
		await notice.getByRole('button', { name: 'Download the unreadable data' }).click();
		const file = readFileSync(await (await download).path());
		expect(file.equals(Buffer.from(GARBAGE, 'utf8')), 'the file holds the stored bytes').toBe(true);
		expect(await intact(page)).toBe(true);

		await notice.getByRole('button', { name: 'Clear it and resume saving…' }).click();
		await expect(confirm).toContainText('You have downloaded a copy of the unreadable data.');
		await confirm.getByRole('button', { name: 'Clear it', exact: true }).click();
		await expect(notice).toHaveCount(0);
		expect(await stored(page)).toBe(1);
		expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([KEY, SEEDED]);

		// The next answer is stored as usual, and a reload keeps both.
		await goOn(page, 'mouse');
		await answerQuestion(page, 'mouse');
		expect(await stored(page)).toBe(2);
		await page.goto('/progress');
		await expect(answers(page)).toHaveText('2');
		await expect(notice).toHaveCount(0);
	});

	test('dismissed, it stays until cleared from the progress page, where losing it must be accepted', async ({
		page
	}) => {
		await page.goto(`${DECK}/quiz?count=2&forms=choice`);
		await answerQuestion(page, 'mouse');
		const notice = page.getByRole('region', { name: 'Saved data' });
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
		expect(await intact(page)).toBe(true);

		// Moving within the app keeps the answer held in memory.
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Progress' })
			.click();
		const data = page.getByRole('region', { name: 'Your data' });
		await expect(
			data.getByRole('heading', { name: 'Your progress could not be read' })
		).toBeVisible();
		await expect(data).toContainText(MESSAGE);
		await expect(answers(page)).toHaveText('1');
		expect(await axeViolations(page)).toEqual([]);

		await data.getByRole('button', { name: 'Clear it and resume saving…' }).click();
		await data.getByRole('button', { name: 'Clear it without a copy' }).click();
		await expect(data.getByRole('status')).toHaveText(
			'The unreadable data is cleared, and your progress is saved again.'
		);
		await expect(
			data.getByRole('heading', { name: 'Your progress could not be read' })
		).toHaveCount(0);
		expect(await stored(page)).toBe(1);
		await page.reload();
		await expect(answers(page)).toHaveText('1');
		await expect(notice).toHaveCount(0);
	});

	test('cleared in one tab, another tab stores its answers too', async ({ context }) => {
		const a = await context.newPage();
		const b = await context.newPage();
		await a.goto(`${DECK}/quiz?count=2&forms=choice`);
		await b.goto('/deck/mali-france-russia/timeline/quiz?count=2&forms=choice');
		await answerQuestion(a, 'mouse');
		await answerQuestion(b, 'mouse');
		const noticeOf = (page: Page) => page.getByRole('region', { name: 'Saved data' });
		await expect(noticeOf(b)).toContainText(MESSAGE);

		await noticeOf(a).getByRole('button', { name: 'Clear it and resume saving…' }).click();
		await noticeOf(a).getByRole('button', { name: 'Clear it without a copy' }).click();
		await expect(noticeOf(a)).toHaveCount(0);
		await expect(noticeOf(b)).toHaveCount(0);
		await expect.poll(() => stored(a)).toBe(2);
		const { data } = readStoredProgress(await a.evaluate((key) => localStorage.getItem(key), KEY));
		expect(data.quizzes).toHaveLength(2);
	});
});

test.describe('persistent storage', () => {
	for (const granted of [true, false]) {
		test(`the progress page says whether the browser promised to keep the data (${granted ? 'granted' : 'refused'})`, async ({
			page
		}) => {
			await page.addInitScript((granted) => {
				const asked = window as unknown as { persistAsked: number };
				asked.persistAsked = 0;
				const answer = () => {
					asked.persistAsked++;
					return Promise.resolve(granted);
				};
				for (const name of ['persist', 'persisted'])
					Object.defineProperty(StorageManager.prototype, name, {
						value: answer,
						configurable: true
					});
			}, granted);
			await page.goto('/progress');
			const data = page.getByRole('region', { name: 'Your data' });
			if (granted)
				await expect(data).toContainText(
					'The browser has promised to keep it even when space runs low.'
				);
			else
				await expect(data).toContainText(
					'The browser has not promised to keep it: it may clear it when space runs low, so export a backup now and then.'
				);
			await expect(data).not.toContainText('Checking whether the browser promises');
			expect(
				await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)
			).toBeGreaterThan(0);
		});
	}
});

test.describe('two tabs', () => {
	// The deck requests are held below; a service worker would answer them unseen.
	test.use({ serviceWorkers: 'block' });

	test('two tabs opened at the same instant on an empty browser, answering in turn, lose nothing', async ({
		context
	}) => {
		// Stored times are whole seconds; an instant inside a second is where tabs used to disagree.
		await context.clock.setFixedTime(new Date('2026-11-20T10:00:00.500Z'));
		let release = () => {};
		const bothOpen = new Promise<void>((resolve) => (release = resolve));
		await context.route('**/api/decks/**', async (route) => {
			await bothOpen;
			await route.continue();
		});
		const a = await context.newPage();
		const b = await context.newPage();
		await a.goto(`${DECK}/quiz?count=3&forms=choice`);
		await b.goto('/deck/mali-france-russia/timeline/quiz?count=3&forms=choice');
		release();
		for (let i = 0; i < 3; i++) {
			await answerQuestion(a, 'mouse');
			await goOn(a, 'mouse');
			await answerQuestion(b, 'mouse');
			await goOn(b, 'mouse');
		}
		// Each tab's copy of storage catches up with the other's last write a moment later.
		const stored = async () =>
			readStoredProgress(await a.evaluate((key) => localStorage.getItem(key), KEY)).data;
		await expect.poll(async () => storedAnswers(await stored())).toBe(6);
		expect((await stored()).quizzes).toHaveLength(2);
		expect(Object.values((await stored()).hours).flat()).toEqual([]);
		await expect(a.locator('.results .list > li')).toHaveCount(3);
		await expect(b.locator('.results .list > li')).toHaveCount(3);
	});
});

test('an answer followed at once by closing the tab is there when the app opens again', async ({
	context
}) => {
	const page = await context.newPage();
	await page.goto(`${DECK}/quiz?count=2&forms=choice`);
	await answerQuestion(page, 'mouse');
	await page.close();
	const again = await context.newPage();
	await again.goto('/');
	await expect(
		again.getByText('The whole article (Mali, France and Russia): question 2 of 2')
	).toBeVisible();
});

test('export, clear and import give back the same progress', async ({ page }) => {
	await page.goto(`${DECK}/quiz?count=3&forms=choice,true-false`);
	for (let i = 0; i < 3; i++) {
		await answerQuestion(page, 'mouse');
		await goOn(page, 'mouse');
	}
	const before = readStoredProgress(
		await page.evaluate((key) => localStorage.getItem(key), KEY)
	).data;

	await page.goto('/progress');
	await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export a backup' }).click();
	const path = await (await download).path();

	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(answers(page)).toHaveText('0');
	await page.getByLabel('Import a backup').setInputFiles(path);
	await expect(page.getByRole('group', { name: /Import/ })).toContainText(
		'Merge adds 3 answers and 1 quizzes'
	);
	await page.getByRole('button', { name: 'Merge' }).click();
	await expect(page.getByRole('status')).toContainText('Imported: 3 answers added');
	const after = readStoredProgress(
		await page.evaluate((key) => localStorage.getItem(key), KEY)
	).data;
	expect({ ...after, generation: '' }).toEqual({ ...before, generation: '' });
	await expect(answers(page)).toHaveText('3');
});

test('a file that is not a backup is refused and changes nothing', async ({ page }) => {
	await page.goto('/progress');
	await page.getByLabel('Import a backup').setInputFiles({
		name: 'evil.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"__proto__":{"polluted":true},"factdeck":"backup"}')
	});
	await expect(page.getByRole('status')).toHaveText('This file is not a factdeck backup.');
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
	expect(await page.evaluate(() => ({}))).not.toHaveProperty('polluted');
});

test('reset asks first, then clears, keeping a backup', async ({ page }) => {
	await page.goto(`${DECK}/quiz?count=1&forms=choice`);
	await answerQuestion(page, 'mouse');
	await page.goto('/progress');
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const dialog = page.getByRole('alertdialog', { name: 'Reset your progress?' });
	await dialog.getByRole('button', { name: 'Keep my progress' }).click();
	await expect(answers(page)).toHaveText('1');
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await dialog.getByRole('button', { name: 'Reset' }).click();
	await expect(answers(page)).toHaveText('0');
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys.some((key) => key.startsWith('factdeck:backup:progress:'))).toBe(true);
});
