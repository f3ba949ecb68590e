// `npm run bench:lighthouse`: Lighthouse (mobile) three times on the home, deck and quiz pages; medians.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, chromiumArgs } from './chromium.js';
import { serve } from './serve.js';

const PAGES = ['/', '/deck/mali-france-russia/all', '/deck/mali-france-russia/all/quiz'];
const RUNS = 3;
/** @type {Record<string, number>} */
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

const found = findChromium();
if (!found) {
	console.error('No Chromium found: run `node scripts/ensure-browser.js` first.');
	process.exit(1);
}
const server = await serve({ port: 4710, quiet: true });
const median = (/** @type {number[]} */ values) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

let failed = 0;
try {
	console.log(`Lighthouse, mobile, median of ${RUNS} runs (${found.path})\n`);
	console.log(
		`${'page'.padEnd(36)} ${Object.keys(TARGETS)
			.map((k) => k.padStart(15))
			.join('')}`
	);
	for (const path of PAGES) {
		/** @type {Record<string, number[]>} */
		const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));
		for (let run = 0; run < RUNS; run++) {
			// A fresh browser each run: no cache, no stored progress, as a first visit.
			const chrome = await launch({
				chromePath: found.path,
				chromeFlags: ['--headless=new', ...chromiumArgs(found)]
			});
			try {
				const result = await lighthouse(new URL(path, server.url).href, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: Object.keys(TARGETS)
				});
				for (const key of Object.keys(TARGETS))
					scores[key].push(Math.round((result?.lhr.categories[key]?.score ?? 0) * 100));
			} finally {
				await chrome.kill();
			}
		}
		const medians = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
		const cells = Object.entries(medians).map(([k, v]) => {
			const ok = v >= TARGETS[k];
			if (!ok) failed++;
			return `${v}${ok ? '' : ' (!)'}`.padStart(15);
		});
		console.log(`${path.padEnd(36)} ${cells.join('')}`);
	}
} finally {
	await server.close();
}
console.log(
	failed === 0
		? `\nEvery median meets its target (performance ≥ 98; accessibility, best practices, SEO 100).`
		: `\n${failed} median${failed === 1 ? '' : 's'} below target, marked (!).`
);
process.exit(failed === 0 ? 0 : 1);
