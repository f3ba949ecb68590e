import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The axe rule sets every page must pass with zero violations. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What went wrong on a page while it was watched. */
export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	/** Content-Security-Policy violations, as `directive: blocked URI`. */
	cspViolations: string[];
}

/**
 * Starts recording console errors, uncaught page errors and Content-Security-Policy violations
 * (from `securitypolicyviolation` events); read the returned object later.
 */
export function watchPage(page: Page): PageProblems {
	const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
	void page.exposeFunction('__reportCspViolation', (line: string) =>
		problems.cspViolations.push(line)
	);
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation?: (line: string) => void })
				.__reportCspViolation;
			report?.(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`);
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.pageErrors.push(error.message));
	return problems;
}

/** Runs axe on the page as it is now; returns one line per violation (`rule: help (n nodes)`). */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
	for (const selector of exclude) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
	return violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.length} node${violation.nodes.length === 1 ? '' : 's'}: ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')})`
	);
}
