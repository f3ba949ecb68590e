import { expect, test } from '@playwright/test';
import { axeViolations, watchPage } from './support/page-health.ts';
import { test as watchedTest } from './support/test.ts';

// The sweep is only as good as its helpers: these prove they catch what they look for.

test('reports an axe violation on a page that has one', async ({ page }) => {
	await page.setContent(
		'<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button></button></main></body></html>'
	);
	const violations = await axeViolations(page);
	expect(violations.some((line) => line.startsWith('image-alt:'))).toBe(true);
	expect(violations.some((line) => line.startsWith('button-name:'))).toBe(true);
});

test('reports no violation on a clean page', async ({ page }) => {
	await page.setContent(
		'<!doctype html><html lang="en"><head><title>Clean</title></head><body><main><h1>Clean</h1><p>Fine.</p></main></body></html>'
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('records console errors and uncaught page errors', async ({ page }) => {
	const problems = watchPage(page);
	await page.setContent(
		'<!doctype html><html lang="en"><head><title>t</title></head><body></body></html>'
	);
	await page.evaluate(() => {
		console.error('something broke');
		setTimeout(() => {
			throw new Error('uncaught boom');
		});
	});
	await expect.poll(() => problems.pageErrors).toEqual(['uncaught boom']);
	expect(problems.consoleErrors).toEqual(['something broke']);
});

test('records a Content-Security-Policy violation', async ({ page }) => {
	const problems = watchPage(page);
	await page.goto('/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.ran = true';
		document.body.append(script);
	});
	await expect.poll(() => problems.cspViolations).toEqual(['script-src-elem: inline']);
	expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
});

test('the site’s policy lets a page compile WebAssembly and still refuses eval', async ({
	page
}) => {
	const problems = watchPage(page);
	await page.goto('/');
	const ran = await page.evaluate(async () => {
		// The smallest WebAssembly module: the magic number and the version.
		const wasm = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
		const compiled = await WebAssembly.compile(wasm).then(
			() => true,
			() => false
		);
		const refused = (run: () => unknown) => {
			try {
				run();
				return false;
			} catch (error) {
				return error instanceof EvalError;
			}
		};
		return {
			compiled,
			evalRefused: refused(() => eval('1')),
			// eslint-disable-next-line @typescript-eslint/no-implied-eval -- what the test checks is that the page's CSP refuses this.
			functionRefused: refused(() => new Function('return 1'))
		};
	});
	expect(ran).toEqual({ compiled: true, evalRefused: true, functionRefused: true });
	await expect.poll(() => problems.cspViolations).toContain('script-src: eval');
});

// Every spec's test fails on a CSP violation or an uncaught error: these bodies pass on their own
// (the page-level watch sees the problem), so only the shared fixture can make them fail.
watchedTest.describe('every test', () => {
	watchedTest.fail();

	watchedTest(
		'fails when one of its pages raises a Content-Security-Policy violation',
		async ({ page }) => {
			const problems = watchPage(page);
			await page.goto('/');
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.ran = true';
				document.body.append(script);
			});
			await expect.poll(() => problems.cspViolations.length).toBe(1);
		}
	);

	watchedTest('fails when one of its pages throws an uncaught error', async ({ page }) => {
		const problems = watchPage(page);
		await page.goto('/');
		await page.evaluate(() =>
			setTimeout(() => {
				throw new Error('uncaught boom');
			})
		);
		await expect.poll(() => problems.pageErrors.length).toBe(1);
	});
});
