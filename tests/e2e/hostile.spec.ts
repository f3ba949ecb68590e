import { expect, started, test, visiting, type Page } from './support/test.ts';
import { builtClassCode } from './support/class-code.ts';
import { watchPage } from './support/page-health.ts';

/** Strings an attacker, a broken link or a bad paste might send. */
const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'<svg onload=alert(1)>',
	"'-alert(1)-'",
	"{{constructor.constructor('alert(1)')()}}",
	'${alert(1)}',
	'__proto__',
	'constructor',
	'prototype',
	'{"__proto__":{"polluted":true}}',
	'\u0000',
	'\ud800',
	'\udfff\ud800 broken surrogates',
	'\u202eevil right-to-left override',
	'x'.repeat(10_000),
	'../../etc/passwd',
	'%E0%A4%A',
	'<iframe src=javascript:alert(1)>',
	'data:text/html,<script>alert(1)</script>',
	'<a href="javascript:alert(1)">x</a>',
	'ABCD-EFGH-IJKL-MNOP-QRST',
	'   ',
	'NaN',
	'-1',
	'1e309',
	'🧨🧨🧨'
];

const KEY = 'factdeck:v1:progress';
/** The refusals the app gives: each says what is wrong, never a bare error. */
const REFUSED =
	/not a class code|a mistake in it|newer factdeck|may be outdated|Type the class code|not among the quizzes|must be a whole number|There is no deck/;

/** Percent-encodes any string for a URL, writing a lone surrogate as the bytes a broken encoder would send. */
function urlEncode(text: string): string {
	return [...text]
		.map((char) => {
			try {
				return encodeURIComponent(char);
			} catch {
				return '%ED%A0%80';
			}
		})
		.join('');
}

/** Watches a page for script that should never run: dialogs, page errors, pollution. */
function guard(page: Page) {
	const problems = watchPage(page);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return async () => {
		expect(dialogs, 'dialogs').toEqual([]);
		expect(problems.pageErrors, 'page errors').toEqual([]);
		expect(problems.cspViolations, 'CSP violations').toEqual([]);
		expect(await page.evaluate(() => ({}))).not.toHaveProperty('polluted');
		expect(await page.locator('img[src="x"], iframe, main script').count()).toBe(0);
	};
}

test.describe.configure({ mode: 'parallel' });
// Each test below tries many hostile inputs in turn: they get three times the usual time, and
// those that visit a page per input 20 s a page.
test.beforeEach(() => test.slow());

test('hostile class codes in links and in the code box are refused with a message and store nothing', async ({
	page
}) => {
	visiting(HOSTILE.length + 21);
	const check = guard(page);
	for (const input of HOSTILE) {
		await page.goto(`/class?c=${urlEncode(input)}`);
		await expect(page.getByRole('alert')).toContainText(REFUSED);
		expect(page.url()).toContain('/class');
	}
	await page.goto('/');
	await started(page);
	for (const input of HOSTILE.slice(0, 10)) {
		await page.getByLabel('Class code').fill(input.slice(0, 40));
		await page.getByRole('button', { name: 'Join' }).click();
		await expect(page.getByRole('alert').or(page.getByRole('status'))).toContainText(REFUSED);
		await page.goto('/');
		await started(page);
	}
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
	await check();
});

for (const [name, what] of [
	['count', 'quiz sizes'],
	['id', 'quiz ids'],
	['class', 'class codes']
])
	test(`hostile ${what} in quiz links are refused and start nothing`, async ({ page }) => {
		visiting(HOSTILE.length);
		const check = guard(page);
		for (const input of HOSTILE) {
			await page.goto(`/deck/mali-france-russia/all/quiz?${name}=${urlEncode(input)}`);
			await expect(page.getByRole('alert')).toContainText(REFUSED);
		}
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
		await check();
	});

test('hostile decks to cram and hostile class codes on the teacher pages get a clear message', async ({
	page
}) => {
	visiting(2 * HOSTILE.length);
	const check = guard(page);
	for (const input of HOSTILE) {
		await page.goto(`/review?cram=${urlEncode(input)}`);
		await expect(page.getByRole('alert')).toContainText(/no deck|not a|could not/);
		await page.goto(`/classroom/results?c=${urlEncode(input)}`);
		await expect(page.getByRole('alert')).toContainText(REFUSED);
	}
	await check();
});

test('hostile result codes pasted by a teacher are each refused with a reason', async ({
	page
}) => {
	const check = guard(page);
	const real = builtClassCode({
		deck: 'mali-france-russia/all',
		seed: 1,
		count: 5,
		forms: [],
		seconds: 0,
		order: 'random'
	});
	await page.goto(`/classroom/results?c=${real}`);
	await page
		.getByLabel('Result codes')
		.fill([...HOSTILE.map((h) => h.replace(/\s/g, '_')), 'y'.repeat(100_000)].join('\n'));
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(page.getByRole('status').first()).toHaveText(/^0 results added, \d+ refused\.$/);
	expect(await page.locator('.refused li').count()).toBeGreaterThanOrEqual(HOSTILE.length - 2);
	await expect(page.getByRole('heading', { name: 'By student' })).toHaveCount(0);
	await check();
});

test('hostile backup files are refused or previewed, and nothing is stored until the learner confirms', async ({
	page
}) => {
	const check = guard(page);
	await page.goto('/progress');
	const envelope = (data: unknown) => ({ factdeck: 'progress', version: 2, savedAt: 1, data });
	const doc = (answer: string) => ({
		generation: 'g-1',
		questions: ['mali-france-russia/wagner:typed'],
		decks: [],
		quizzes: [],
		hours: { '2026-11-20T10': [[0, 60, 0, 5, answer]] },
		undone: []
	});
	const files: string[] = [
		...HOSTILE,
		'{"factdeck":"backup","version":1,"exportedAt":1,"documents":{"__proto__":{"polluted":true}}}',
		JSON.stringify({
			factdeck: 'backup',
			version: 1,
			exportedAt: 1,
			documents: { progress: envelope({ __proto__: { polluted: true } }) }
		}),
		...HOSTILE.slice(0, 8).map((answer) =>
			JSON.stringify({
				factdeck: 'backup',
				version: 1,
				exportedAt: 1,
				documents: { progress: envelope(doc(answer)) }
			})
		)
	];
	for (const [i, text] of files.entries()) {
		await page.getByLabel('Import a backup').setInputFiles({
			name: `file-${i}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(text)
		});
		const preview = page.getByRole('group', { name: /Import/ });
		const refused = page.getByRole('status').filter({
			hasText: /not a factdeck backup|cannot be read|nothing factdeck can use|too large/
		});
		await expect(preview.or(refused).first()).toBeVisible();
		if (await preview.isVisible()) await preview.getByRole('button', { name: 'Cancel' }).click();
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
	}
	await check();
});

test('hostile text inside stored answers shows as text, never as markup', async ({ page }) => {
	const check = guard(page);
	await page.addInitScript(
		([key, answers]) => {
			if (sessionStorage.getItem('seeded')) return;
			sessionStorage.setItem('seeded', '1');
			localStorage.setItem(
				key,
				JSON.stringify({
					factdeck: 'progress',
					version: 2,
					savedAt: 1,
					data: {
						generation: 'g-1',
						questions: ['mali-france-russia/wagner:typed'],
						decks: ['mali-france-russia/all'],
						quizzes: [
							[
								'q1',
								0,
								1,
								1,
								'typed',
								0,
								[0],
								1_795_000_000,
								60,
								null,
								answers.map((a: string, i: number) => [0, i, 0, 1, a])
							]
						],
						hours: {},
						undone: []
					}
				})
			);
		},
		[KEY, HOSTILE.slice(0, 10)] as const
	);
	await page.goto('/deck/mali-france-russia/all/quiz?id=q1');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
	await expect(page.locator('.results')).toContainText('<script>alert(1)</script>');
	await page.goto('/progress');
	await check();
});

test('hostile stored settings fall back to their defaults, are kept aside and shown as text', async ({
	page
}) => {
	const check = guard(page);
	for (const input of HOSTILE.slice(0, 12)) {
		// Parsed from text, so that `__proto__` is a key of the data, not its prototype.
		const data: unknown = JSON.parse(
			JSON.stringify({
				theme: input,
				retention: input,
				newPerDay: input,
				dayStartHour: input,
				twoButton: input,
				updatedAt: 1
			}).replace('"updatedAt"', '"__proto__":{"polluted":1},"updatedAt"')
		);
		const raw = JSON.stringify({ factdeck: 'settings', version: 1, savedAt: 1, data });
		// A file of the site, not a page of the app: nothing reads the storage while it is seeded.
		await page.goto('/manifest.webmanifest');
		await page.evaluate(
			([key, value]) => {
				localStorage.clear();
				localStorage.setItem(key, value);
			},
			['factdeck:v1:settings', raw]
		);
		await page.goto('/settings');
		await expect(page.getByRole('alert'), input.slice(0, 40)).toContainText(
			'Part of your saved settings could not be read'
		);
		await expect(page.getByLabel('Desired retention')).toHaveValue('0.9');
		await expect(page.getByLabel('New facts per day')).toHaveValue('20');
		const kept = await page.evaluate(() =>
			Object.keys(localStorage).filter((key) => key.startsWith('factdeck:set-aside:settings'))
		);
		expect(kept, input.slice(0, 40)).toHaveLength(1);
		expect(await page.evaluate((key) => localStorage.getItem(key), kept[0])).toBe(raw);
	}
	await check();
});
