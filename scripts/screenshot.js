// Takes the README's screenshot of the running app: serves build/ and photographs pages in Chromium.
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.js';
import { serve } from './serve.js';

const SHOTS = [{ path: '/', file: 'docs/screenshot.png', width: 1200, height: 800 }];

const found = findChromium();
if (!found) {
	console.error('No Chromium found: run `node scripts/ensure-browser.js` first.');
	process.exit(1);
}
const server = await serve({ port: 4700, quiet: true });
const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs(found) });
try {
	for (const shot of SHOTS) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
		await page.goto(new URL(shot.path, server.url).href, { waitUntil: 'networkidle' });
		await page.screenshot({ path: shot.file });
		console.log(`${shot.file} ← ${shot.path}`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
