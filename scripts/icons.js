// Draws the app's PNG icons from static/favicon.svg in Chromium: `node scripts/icons.js`.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium.js';

const svg = readFileSync('static/favicon.svg', 'utf8');
const ICONS = [
	{ file: 'static/icons/icon-192.png', size: 192, padding: 0 },
	{ file: 'static/icons/icon-512.png', size: 512, padding: 0 },
	// Maskable icons keep their drawing inside the central safe zone (80%).
	{ file: 'static/icons/icon-maskable-512.png', size: 512, padding: 0.12 }
];

const found = findChromium();
if (!found) {
	console.error('No Chromium found: run `node scripts/ensure-browser.js` first.');
	process.exit(1);
}
const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs(found) });
try {
	for (const { file, size, padding } of ICONS) {
		const page = await browser.newPage({ viewport: { width: size, height: size } });
		const inset = Math.round(size * padding);
		await page.setContent(
			`<body style="margin:0;background:#1d5bbf"><div style="position:absolute;inset:${inset}px">${svg.replace('<svg', '<svg width="100%" height="100%"')}</div></body>`
		);
		await page.screenshot({ path: file, omitBackground: false });
		console.log(`${file} (${size}×${size})`);
		await page.close();
	}
} finally {
	await browser.close();
}
