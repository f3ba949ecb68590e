import { expect, test } from './support/test.ts';
import { builtPages } from './support/pages.ts';
import { axeViolations, watchPage } from './support/page-health.ts';

const pages = builtPages();

test('the build has pages to sweep', () => {
	expect(pages).toContain('/');
});

for (const path of pages) {
	test(`${path} loads with no error and no axe violation`, async ({ page }) => {
		const problems = watchPage(page);
		const response = await page.goto(path);
		expect(response?.status(), 'HTTP status').toBe(200);
		await page.waitForLoadState('networkidle');
		expect(await axeViolations(page), 'axe violations').toEqual([]);
		expect(problems.pageErrors, 'page errors').toEqual([]);
		expect(problems.consoleErrors, 'console errors').toEqual([]);
		expect(problems.cspViolations, 'CSP violations').toEqual([]);
	});
}
