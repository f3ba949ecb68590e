// `npm run bench:lighthouse`: Lighthouse (mobile) three times on the home, deck and quiz pages; medians,
// over HTTP/1.1 as `npm start` serves the site and over HTTP/2 as static hosts do.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, chromiumArgs } from './chromium.js';
import { serve, serveHttp2 } from './serve.js';

const PAGES = ['/', '/deck/mali-france-russia/all', '/deck/mali-france-russia/all/quiz'];
const RUNS = 3;
/** @type {Record<string, number>} */
const TARGETS = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
/** The quiz page shows its question after fetching it: one point of performance is allowed. */
const QUIZ_PERFORMANCE = 99;
/**
 * How long a new browser is left alone before Lighthouse runs: Chromium loads its own browser
 * UI at start, and on a small machine that work would otherwise compete with the page.
 */
const SETTLE_MS = 3000;

/** @param {string} name */
const option = (name) => {
	const at = process.argv.indexOf(name);
	return at >= 0 ? process.argv[at + 1] : undefined;
};

const found = findChromium();
if (!found) {
	console.error('No Chromium found: run `node scripts/ensure-browser.js` first.');
	process.exit(1);
}
// `--dir` measures another build (an older one, to compare); `--port` picks the first server's port.
const dir = option('--dir') ?? 'build';
const port = Number(option('--port') ?? 4710);
/**
 * How the site reaches the browser. Lighthouse's simulated mobile network gives a site served over
 * HTTP/1.1 six connections, each fetching one file per round trip, and a site served over HTTP/2
 * one connection fetching every file at once: a page that loads its code in many files scores
 * lower over HTTP/1.1.
 */
const PROTOCOLS = [
	{ name: 'HTTP/1.1', start: () => serve({ dir, port, quiet: true }), flags: [] },
	{
		name: 'HTTP/2',
		start: () => serveHttp2({ dir, port: port + 1 }),
		// The certificate is the server's own, made for this run.
		flags: ['--ignore-certificate-errors']
	}
];
const median = (/** @type {number[]} */ values) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The timings behind the performance score, shown beside it: Lighthouse's audit ids and labels. */
const TIMINGS = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'speed-index': 'SI',
	'total-blocking-time': 'TBT'
};

let failed = 0;
console.log(`Lighthouse, mobile, median of ${RUNS} runs (${found.path})\n`);
console.log(
	`${'page'.padEnd(36)} ${'served over'.padEnd(9)}${Object.keys(TARGETS)
		.map((k) => k.padStart(15))
		.join('')}   ${Object.values(TIMINGS)
		.map((k) => k.padStart(7))
		.join('')}  CLS`
);
for (const protocol of PROTOCOLS) {
	const server = await protocol.start();
	try {
		for (const path of PAGES) {
			/** @type {Record<string, number[]>} */
			const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, []]));
			/** @type {Record<string, number[]>} */
			const timings = Object.fromEntries(
				[...Object.keys(TIMINGS), 'cumulative-layout-shift'].map((k) => [k, []])
			);
			for (let run = 0; run < RUNS; run++) {
				// A fresh browser each run: no cache, no stored progress, as a first visit.
				const chrome = await launch({
					chromePath: found.path,
					chromeFlags: ['--headless=new', ...chromiumArgs(found), ...protocol.flags]
				});
				try {
					await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
					const result = await lighthouse(new URL(path, server.url).href, {
						port: chrome.port,
						output: 'json',
						logLevel: 'error',
						onlyCategories: Object.keys(TARGETS)
					});
					for (const key of Object.keys(TARGETS))
						scores[key].push(Math.round((result?.lhr.categories[key]?.score ?? 0) * 100));
					for (const key of Object.keys(timings))
						timings[key].push(result?.lhr.audits[key]?.numericValue ?? NaN);
				} finally {
					chrome.kill();
				}
			}
			const medians = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, median(v)]));
			const target = (/** @type {string} */ k) =>
				k === 'performance' && path.endsWith('/quiz') ? QUIZ_PERFORMANCE : TARGETS[k];
			const cells = Object.entries(medians).map(([k, v]) => {
				const ok = v >= target(k);
				if (!ok) failed++;
				return `${v}${ok ? '' : ' (!)'}`.padStart(15);
			});
			const times = Object.keys(TIMINGS).map((k) =>
				`${(median(timings[k]) / 1000).toFixed(1)} s`.padStart(7)
			);
			const shift = median(timings['cumulative-layout-shift']).toFixed(3);
			console.log(
				`${path.padEnd(36)} ${protocol.name.padEnd(9)}${cells.join('')}   ${times.join('')}  ${shift}`
			);
		}
	} finally {
		await server.close();
	}
}
console.log(
	failed === 0
		? `\nEvery median meets its target (performance 100, 99 on the quiz page; accessibility, best practices, SEO 100).`
		: `\n${failed} median${failed === 1 ? '' : 's'} below target, marked (!).`
);
process.exit(failed === 0 ? 0 : 1);
