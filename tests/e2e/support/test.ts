import { test as base, type Page } from '@playwright/test';

export { expect, type Browser, type Page } from '@playwright/test';

/** What every page of a test's context raised: uncaught errors and CSP violations. */
export interface ContextProblems {
	pageErrors: string[];
	cspViolations: string[];
}

/**
 * Playwright's `test`, with every page of the test's context watched for uncaught errors and
 * Content-Security-Policy violations: a test that raises one fails, whatever else it checks.
 */
export const test = base.extend<{ contextProblems: ContextProblems }>({
	contextProblems: [
		async ({ context }, use) => {
			const problems: ContextProblems = { pageErrors: [], cspViolations: [] };
			await context.exposeBinding('__factdeckCspViolation', ({ page }, line: string) => {
				problems.cspViolations.push(`${new URL(page.url()).pathname}: ${line}`);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __factdeckCspViolation?: (l: string) => void })
						.__factdeckCspViolation;
					report?.(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`);
				});
			});
			const watch = (page: Page) =>
				page.on('pageerror', (error) =>
					problems.pageErrors.push(`${new URL(page.url()).pathname}: ${error.message}`)
				);
			context.pages().forEach(watch);
			context.on('page', watch);
			await use(problems);
			base.expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
			base.expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
		},
		{ auto: true }
	]
});

/** For a test that visits many pages in turn: 20 s a page, what a very busy machine needs. */
export const visiting = (pages: number) => test.setTimeout(pages * 20_000);

/**
 * Waits until the page's code has started (the root layout marks it): the page's HTML shows its
 * buttons and fields before then, but a click there does nothing yet.
 */
export async function started(page: Page): Promise<void> {
	await page.locator('html[data-started]').waitFor({ state: 'attached' });
}
