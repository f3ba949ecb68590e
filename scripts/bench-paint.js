// `npm run bench:paint`: first paint, largest paint, layout shift and DOMContentLoaded of every
// page type on a slow phone (Chromium, 150 ms round trip, 1.6 Mbit/s, CPU ×4), median of 5 runs.
// "After HTML" is how long the first paint came after the HTML's last byte: with a 150 ms round
// trip, a first paint sooner than that cannot have waited for any other file.
import { chromium } from '@playwright/test';
import { buildIfStale } from './build-if-stale.js';
import { builtPageFiles } from './built-pages.js';
import { chromiumArgs, findChromium } from './chromium.js';
import { serve } from './serve.js';

const RUNS = 5;
/** The throttling of Lighthouse's mobile preset, applied by DevTools to one page. */
const NETWORK = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1000 * 1000) / 8,
	uploadThroughput: (750 * 1000) / 8
};
const CPU_SLOWDOWN = 4;
/** A phone's screen (Lighthouse's Moto G Power), which decides what the largest paint is. */
const VIEWPORT = { width: 412, height: 823 };
/**
 * How long a new tab is left alone before it loads the page: Chromium loads its own browser UI
 * into every new tab, and on a small machine that work would otherwise compete with the page.
 */
const SETTLE_MS = 3000;

/** The question on screen: what the quiz and review pages show once their questions arrive. */
const QUESTION = 'form.question h2';

/**
 * One page of each kind the build holds, with its budget for the largest paint in seconds:
 * pages whose content is in their HTML, and the quiz and review pages, which fetch questions
 * (`ready`: measured once the question shows, which may be after the network falls quiet).
 */
const KINDS = [
	{ kind: 'home', pattern: /^\/$/, lcp: 1.2 },
	{ kind: 'deck', pattern: /^\/deck\/[^/]+\/[^/]+$/, lcp: 1.2 },
	{ kind: 'article', pattern: /^\/article\/[^/]+$/, lcp: 1.2 },
	{ kind: 'progress', pattern: /^\/progress$/, lcp: 1.2 },
	{ kind: 'quiz', pattern: /^\/deck\/[^/]+\/[^/]+\/quiz$/, lcp: 2.0, ready: QUESTION },
	{ kind: 'review', pattern: /^\/review$/, lcp: 2.0, ready: QUESTION },
	{ kind: 'articles', pattern: /^\/article$/, lcp: 1.2 },
	{ kind: 'settings', pattern: /^\/settings$/, lcp: 1.2 },
	{ kind: 'classroom', pattern: /^\/classroom$/, lcp: 1.2 },
	{ kind: 'class', pattern: /^\/class$/, lcp: 1.2 }
];

/**
 * @typedef {{ fp: number | null, lcp: number | null, cls: number, dcl: number, html: number }} Metrics
 * Milliseconds from the start of navigation (`html`: the HTML's last byte), and the layout-shift
 * score.
 */

/**
 * Reads the page's paint, layout-shift and navigation entries once it has settled.
 * @returns {Promise<Metrics>}
 */
function readMetrics() {
	/**
	 * @param {string} type
	 * @returns {Promise<PerformanceEntry[]>}
	 */
	const buffered = (type) =>
		new Promise((resolve) => {
			/** @type {PerformanceEntry[]} */
			const seen = [];
			const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
			observer.observe({ type, buffered: true });
			// Buffered entries arrive in the observer's first callback, within a frame or two.
			requestAnimationFrame(() =>
				requestAnimationFrame(() => {
					seen.push(...observer.takeRecords());
					observer.disconnect();
					resolve(seen);
				})
			);
		});
	return Promise.all([buffered('largest-contentful-paint'), buffered('layout-shift')]).then(
		([lcp, entries]) => {
			const paints = performance.getEntriesByType('paint');
			const paint = (/** @type {string} */ name) =>
				paints.find((p) => p.name === name)?.startTime ?? null;
			const nav = /** @type {PerformanceNavigationTiming} */ (
				performance.getEntriesByType('navigation')[0]
			);
			// Shifts right after an input are expected, and not counted (as in CLS).
			const shifts = /** @type {{ value: number, hadRecentInput: boolean }[]} */ (
				/** @type {unknown} */ (entries)
			);
			return {
				fp: paint('first-paint') ?? paint('first-contentful-paint'),
				lcp: lcp.length > 0 ? lcp[lcp.length - 1].startTime : null,
				cls: shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0),
				dcl: nav.domContentLoadedEventStart,
				html: nav.responseEnd
			};
		}
	);
}

/**
 * Loads `url` once in a fresh context (empty cache, no stored data, no service worker) under
 * the throttling, waits until the network is quiet (and `ready` shows), and reads the metrics.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} [ready]
 */
async function measureOnce(browser, url, ready) {
	const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', NETWORK);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForLoadState('networkidle', { timeout: 120_000 });
		if (ready) await page.locator(ready).first().waitFor({ timeout: 120_000 });
		return await page.evaluate(readMetrics);
	} finally {
		await context.close();
	}
}

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * @param {string[]} args
 * @param {string} name
 */
function option(args, name) {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
}

const args = process.argv.slice(2);
const dir = option(args, '--dir') ?? 'build';
const only = option(args, '--only');
if (dir === 'build') buildIfStale();
const found = findChromium();
if (!found) {
	console.error('No Chromium found: run `node scripts/ensure-browser.js` first.');
	process.exit(1);
}
const urls = builtPageFiles(dir).map((p) => p.url);
const pages = KINDS.flatMap((k) => {
	const url = urls.find((u) => k.pattern.test(u));
	return url && (!only || only.split(',').includes(k.kind)) ? [{ ...k, url }] : [];
});

const server = await serve({ dir, port: Number(option(args, '--port') ?? 4720), quiet: true });
const browser = await chromium.launch({ executablePath: found.path, args: chromiumArgs(found) });
let failed = 0;
try {
	console.log(
		`Paint timings, median of ${RUNS} runs: ${NETWORK.latency} ms round trip, ` +
			`${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down, CPU ×${CPU_SLOWDOWN}, ` +
			`${VIEWPORT.width}×${VIEWPORT.height} (${dir}/)\n`
	);
	const width = Math.max(...pages.map((p) => p.url.length));
	console.log(
		`${'page'.padEnd(width)}  first paint  after HTML  largest paint  budget    CLS  DOMContentLoaded`
	);
	for (const page of pages) {
		/** @type {Metrics[]} */
		const runs = [];
		for (let run = 0; run < RUNS; run++)
			runs.push(await measureOnce(browser, new URL(page.url, server.url).href, page.ready));
		const of = (/** @type {(run: Metrics) => number | null} */ read) =>
			median(runs.map((r) => read(r) ?? Infinity));
		const [fp, lcp, cls, dcl] = [
			of((r) => r.fp),
			of((r) => r.lcp),
			of((r) => r.cls),
			of((r) => r.dcl)
		];
		const afterHtml = of((r) => (r.fp === null ? null : r.fp - r.html));
		const problems = [];
		if (lcp > page.lcp * 1000) problems.push('largest paint over budget');
		if (cls > 0) problems.push('layout shift');
		if (fp >= dcl) problems.push('first paint waits for DOMContentLoaded');
		if (problems.length) failed++;
		const s = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
		console.log(
			`${page.url.padEnd(width)}  ${s(fp).padStart(11)}  ${`${Math.round(afterHtml)} ms`.padStart(10)}  ${s(lcp).padStart(13)}  ${`≤ ${page.lcp.toFixed(1)} s`.padStart(7)}  ${cls.toFixed(3).padStart(5)}  ${s(dcl).padStart(16)}${problems.length ? `  (!) ${problems.join(', ')}` : ''}`
		);
	}
} finally {
	await browser.close();
	await server.close();
}
console.log(
	failed === 0
		? '\nEvery page paints before DOMContentLoaded, within its budget, with no layout shift.'
		: `\n${failed} page${failed === 1 ? '' : 's'} marked (!).`
);
process.exit(failed === 0 ? 0 : 1);
