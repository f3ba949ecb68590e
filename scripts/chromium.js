import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where a Chromium may be, in order: an explicit path, then the usual system installs. */
const ENV_VARS = ['CHROME_PATH', 'CHROMIUM_PATH'];
const SYSTEM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/**
 * Finds a Chromium for the browser tests.
 * @returns {{ path: string, source: 'env' | 'system' | 'playwright' } | undefined}
 */
export function findChromium() {
	for (const name of ENV_VARS) {
		const path = process.env[name];
		if (path && existsSync(path)) return { path, source: 'env' };
	}
	for (const path of SYSTEM_PATHS) if (existsSync(path)) return { path, source: 'system' };
	const managed = chromium.executablePath();
	if (managed && existsSync(managed)) return { path: managed, source: 'playwright' };
	return undefined;
}

/**
 * Launch flags for a system Chromium: no sandbox as root, and no calls home, which a closed
 * network answers with a flood of refused connections.
 * @param {{ source: string }} found
 */
export function chromiumArgs(found) {
	if (found.source === 'playwright') return [];
	const args = [
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	];
	if (process.getuid?.() === 0) args.unshift('--no-sandbox');
	return args;
}
