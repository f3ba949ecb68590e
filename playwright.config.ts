import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.js';

const port = Number(process.env.FACTDECK_E2E_PORT ?? 4599);
const baseURL = `http://localhost:${port}`;
const chromium = findChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	// Vitest owns *.test.ts (unit tests of the e2e helpers live beside them).
	testMatch: '**/*.spec.ts',
	// The build must hold the browser tests' two articles (`npm run build:e2e`).
	globalSetup: './tests/e2e/support/global-setup.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Bounds, not waits: every step waits for an event, and on a busy shared 2-core machine a test
	// can take ten times as long as on a quiet one (the printed sheets: 56 s at a load of 20).
	timeout: 240_000,
	expect: { timeout: 20_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: chromium
			? { executablePath: chromium.path, args: chromiumArgs(chromium) }
			: undefined
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// Our own port and never someone else's server: a stale server would test a stale build.
		command: `node scripts/serve.js --port ${port} --strict`,
		url: baseURL,
		reuseExistingServer: false,
		stdout: 'ignore'
	}
});
