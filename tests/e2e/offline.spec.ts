import { createHash } from 'node:crypto';
import { expect, test, visiting } from './support/test.ts';
import { readFileSync } from 'node:fs';
import { builtPageFiles } from '../../scripts/built-pages.js';
import { watchPage } from './support/page-health.ts';
import { answerQuestion, goOn, position } from './support/quiz.ts';
import { installed } from './support/service-worker.ts';

const pages = builtPageFiles('build');

test('every built page carries a Content-Security-Policy whose scripts are the site’s own or hashed', () => {
	expect(pages.length).toBeGreaterThan(10);
	for (const { url, file } of pages) {
		const html = readFileSync(`build/${file}`, 'utf8');
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp, url).toBeDefined();
		const scriptSrc = /script-src ([^;]+)/.exec(csp!)?.[1] ?? '';
		// The site's scripts, and WebAssembly compiled (for the Anki package); nothing inline or
		// evaluated but SvelteKit's own scripts, by hash.
		const sources = scriptSrc.trim().split(/\s+/);
		expect(
			sources.filter((s) => !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(s)),
			url
		).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp!.replace(/script-src [^;]+/, ''), url).not.toMatch(/unsafe-eval|unsafe-inline/);
		expect(csp, url).toMatch(/object-src 'none'/);
		// Every inline script is covered by a hash in the policy.
		for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			const hash = createHash('sha256').update(body).digest('base64');
			expect(scriptSrc, `${url}: an inline script without its hash`).toContain(`sha256-${hash}`);
		}
	}
});

test('after one visit, every page, a whole quiz and a review work offline, and progress survives', async ({
	page,
	context
}) => {
	// Every built page, then a quiz, a review and the progress page.
	visiting(pages.length + 4);
	const problems = watchPage(page);
	await page.goto('/');
	await installed(page);

	await context.setOffline(true);
	for (const { url } of pages) {
		const response = await page.goto(url);
		expect(response?.status(), url).toBe(200);
		await expect(page.locator('main')).toBeVisible();
	}

	await page.goto('/deck/mali-france-russia/timeline/quiz?count=3');
	await page.waitForURL(/quiz\?id=/);
	const { of } = await position(page);
	for (let i = 0; i < of; i++) {
		await answerQuestion(page, 'mouse');
		await goOn(page, 'mouse');
	}
	await expect(page.locator('.results .list > li')).toHaveCount(of);

	await page.goto('/review');
	const form = page.locator('form.question');
	await form.locator('label.option').first().click();
	await form.getByRole('button', { name: 'Check' }).click();
	await expect(form.locator('.rating')).toBeVisible();
	await page.reload();
	await expect(page.locator('.counts')).toContainText('1 done today');

	// The Anki package too: SQLite's WebAssembly is part of what the service worker stores.
	await page.goto('/deck/mali-france-russia/timeline');
	// The page runs (it shows the quiz just taken) before its button is pressed.
	await expect(page.getByText(/^Best \d+%/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Anki package (.apkg)', exact: true }).click();
	expect((await download).suggestedFilename()).toMatch(/\.apkg$/);

	await context.setOffline(false);
	await page.goto('/progress');
	await expect(page.locator('.summary div', { hasText: 'Answers' }).locator('dd')).toHaveText(
		`${of + 1}`
	);
	expect(problems.pageErrors).toEqual([]);
	expect(problems.cspViolations).toEqual([]);
});

// A real new build, with a new service worker, is in update.spec.ts.
test('when only version.json announces a new version, the banner still reloads the page, and the quiz goes on after it', async ({
	page
}) => {
	await page.goto('/deck/mali-france-russia/all/quiz?count=4&forms=choice');
	await page.waitForURL(/quiz\?id=/);
	await installed(page);
	await answerQuestion(page, 'mouse');
	await goOn(page, 'mouse');
	const prompt = await page.locator('form.question h2').textContent();

	// The version file says a new build is deployed; the service worker is the same one.
	await page.route('**/_app/version.json', (route) =>
		route.fulfill({ json: { version: 'a-newer-build' }, headers: { 'cache-control': 'no-cache' } })
	);
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	const banner = page
		.getByRole('status')
		.filter({ hasText: 'A new version of factdeck is available' });
	await expect(banner).toBeVisible();
	// Nothing reloads on its own: the quiz is still on screen and can be answered.
	await expect(page.locator('form.question h2')).toHaveText(prompt!);
	await answerQuestion(page, 'mouse');

	await banner.getByRole('button', { name: 'Reload' }).click();
	await page.waitForLoadState('load');
	await expect(page.locator('#progress-label')).toHaveText('Question 2 of 4');
	await expect(page.locator('form.question h2')).toHaveText(prompt!);
	await expect(page.locator('.feedback h3')).toBeVisible();
	await goOn(page, 'mouse');
	expect((await position(page)).n).toBe(3);
});
