import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { expect, test, type Page } from './support/test.ts';
import { serve } from '../../scripts/serve.js';
import { watchPage } from './support/page-health.ts';
import { answerQuestion, goOn, position } from './support/quiz.ts';
import { installed, workerState } from './support/service-worker.ts';
import { readStoredProgress } from './support/storage.ts';

const PROGRESS = 'factdeck:v1:progress';
const QUIZ = '/deck/mali-france-russia/all/quiz?count=5&forms=choice';

/** A copy of the built site, served on its own port, that a new build can replace. */
interface Site {
	url: string;
	version: string;
	/** Deploys a new build over the served one; returns its version. */
	deployNewBuild: () => Promise<string>;
	close: () => Promise<void>;
}

/**
 * Serves a copy of build/ on `port`. The new build has the same code under a new version: the
 * service worker (whose cache is named after the version) and version.json change, the
 * content-hashed files under /_app/immutable/ stay as they are.
 */
async function servedCopy(port: number): Promise<Site> {
	const dir = mkdtempSync(join(tmpdir(), 'factdeck-update-'));
	cpSync('build', dir, { recursive: true });
	const { version } = v.parse(
		// SvelteKit's _app/version.json: `{ "version": "<the build's version>" }`.
		v.object({ version: v.string() }),
		JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8'))
	);
	let server = await serve({ dir, port, strict: true, quiet: true });
	return {
		url: server.url.replace(/\/$/, ''),
		version,
		async deployNewBuild() {
			const next = String(Date.now());
			const files = ['service-worker.js', '_app/version.json'].map((file) => {
				const path = join(dir, file);
				const text = readFileSync(path, 'utf8');
				expect(text, file).toContain(version);
				return { path, changed: text.replaceAll(version, next) };
			});
			await server.close();
			for (const { path, changed } of files) {
				writeFileSync(path, changed);
				// The precompressed copies are what a browser that accepts br or gzip is sent.
				if (existsSync(`${path}.br`)) writeFileSync(`${path}.br`, brotliCompressSync(changed));
				if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(changed));
			}
			// A new server, because sirv reads the files' sizes and dates once, when it starts.
			server = await serve({ dir, port, strict: true, quiet: true });
			return next;
		},
		async close() {
			await server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** The answers the stored progress holds for the quiz `id`. */
async function storedAnswers(page: Page, id: string): Promise<unknown[] | undefined> {
	const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS);
	const quizzes = raw ? readStoredProgress(raw).data.quizzes : [];
	return quizzes.find((quiz) => quiz[0] === id)?.[10];
}

/** How the open page learns of the new build, and when the learner presses Reload. */
const CASES = [
	{ check: 'when the tab becomes visible again', press: 'once the new version is installed' },
	{ check: 'when the tab becomes visible again', press: 'at once' },
	{ check: 'by the ten-minute version poll', press: 'at once' }
] as const;

for (const { check, press } of CASES) {
	test(`a new build found ${check} while a quiz is open: the banner appears, the quiz goes on, and Reload pressed ${press} brings the new version with every answer kept`, async ({
		page
	}, testInfo) => {
		// The app installs in full twice, once per version.
		test.slow();
		// One port per parallel worker, so repeated runs never share a server.
		const site = await servedCopy(4622 + (testInfo.parallelIndex % 8));
		try {
			const problems = watchPage(page);
			// The page's own clock, so the test can skip ahead to SvelteKit's next version poll.
			if (check === 'by the ten-minute version poll') await page.clock.install();
			await page.goto(`${site.url}${QUIZ}`);
			await page.waitForURL(/quiz\?id=/);
			const id = new URL(page.url()).searchParams.get('id')!;
			await installed(page);
			expect((await workerState(page)).caches).toEqual([`factdeck-${site.version}`]);
			for (let i = 0; i < 2; i++) {
				await answerQuestion(page, 'mouse');
				await goOn(page, 'mouse');
			}
			expect(await storedAnswers(page, id)).toHaveLength(2);
			const prompt = await page.locator('form.question h2').textContent();
			// Marks this document, to tell whether the page reloaded.
			await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));

			const next = await site.deployNewBuild();
			if (check === 'when the tab becomes visible again')
				await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			else await page.clock.fastForward(600_000);
			const banner = page
				.getByRole('status')
				.filter({ hasText: 'A new version of factdeck is available' });
			await expect(banner).toBeVisible();

			// Nothing reloads on its own: the same quiz is on screen and can be answered.
			await expect(page.locator('form.question h2')).toHaveText(prompt!);
			await answerQuestion(page, 'mouse');
			const answers = await storedAnswers(page, id);
			expect(answers).toHaveLength(3);
			if (press === 'once the new version is installed') {
				await expect.poll(async () => (await workerState(page)).waiting).toBe(true);
				// Installed, the new version waits: the old one still serves this page, from its cache.
				const state = await workerState(page);
				expect(state).toMatchObject({ controlled: true, installing: false });
				expect(state.caches).toEqual([`factdeck-${site.version}`, `factdeck-${next}`].sort());
			}
			expect(await page.evaluate(() => 'before' in window)).toBe(true);

			const reloaded = page.waitForEvent('load');
			await banner.getByRole('button', { name: 'Reload' }).click();
			await reloaded;
			expect(await page.evaluate(() => 'before' in window)).toBe(false);

			// The quiz resumes where it was, with every answer.
			await expect(page.locator('#progress-label')).toHaveText('Question 3 of 5');
			await expect(page.locator('form.question h2')).toHaveText(prompt!);
			await expect(page.locator('.feedback h3')).toBeVisible();
			expect(await storedAnswers(page, id)).toEqual(answers);
			// The new version's worker serves the page, from its own cache, and the old cache is gone.
			expect(await workerState(page)).toEqual({
				controlled: true,
				controllerIsActive: true,
				installing: false,
				waiting: false,
				caches: [`factdeck-${next}`]
			});
			await expect(banner).toBeHidden();
			await goOn(page, 'mouse');
			expect((await position(page)).n).toBe(4);
			await answerQuestion(page, 'mouse');
			expect(await storedAnswers(page, id)).toHaveLength(4);

			expect(problems.consoleErrors).toEqual([]);
			expect(problems.pageErrors).toEqual([]);
			expect(problems.cspViolations).toEqual([]);
		} finally {
			await site.close();
		}
	});
}
