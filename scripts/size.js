// `npm run size`: the JavaScript each built page loads first, gzipped, against its budget.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { builtPageFiles } from './built-pages.js';

const KiB = 1024;
/** Budgets in KiB of gzipped first-load JavaScript; the first pattern that matches a page applies. */
const BUDGETS = [
	{ pattern: /^\/deck\/[^/]+\/[^/]+\/quiz$/, label: 'quiz page', limit: 45 },
	{ pattern: /.*/, label: 'every page', limit: 60 }
];

/** @param {Buffer} buffer */
const gzipped = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * The scripts a page runs on first load: its module preloads, its external scripts and its
 * inline scripts, each counted once.
 * @param {string} dir the build folder
 * @param {string} file the page's HTML file, relative to dir
 */
export function firstLoadScripts(dir, file) {
	const html = readFileSync(join(dir, file), 'utf8');
	const base = posix.join('/', posix.dirname(file.split('\\').join('/')));
	/** @type {Set<string>} */
	const files = new Set();
	for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(match[0])?.[1];
		if (href) files.add(posix.resolve(base, href));
	}
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g))
		files.add(posix.resolve(base, match[1]));
	const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
		(m) => m[1]
	);
	return { files: [...files], inline };
}

/**
 * Every file a page can load later, by dynamic import from its first-load modules and theirs,
 * read from Vite's client manifest: views shown on demand, and what loads beside fetched data.
 * @param {string[]} firstLoad paths of the first-load files, `/_app/...`
 * @param {Record<string, { file: string, imports?: string[], dynamicImports?: string[] }>} manifest
 */
export function onDemandFiles(firstLoad, manifest) {
	const byFile = new Map(Object.values(manifest).map((entry) => [`/${entry.file}`, entry]));
	const loaded = new Set(firstLoad);
	/** @type {Set<string>} */
	const found = new Set();
	/** @param {string} key */
	const visit = (key) => {
		const entry = manifest[key];
		if (!entry) return;
		const path = `/${entry.file}`;
		if (loaded.has(path) || found.has(path)) return;
		found.add(path);
		for (const next of [...(entry.imports ?? []), ...(entry.dynamicImports ?? [])])
			if (!/generated\/client/.test(next)) visit(next);
	};
	// The router's own dynamic imports are the other pages: not part of this page.
	const isRouter = (/** @type {string} */ path) => /\/entry\/app\./.test(path);
	for (const path of firstLoad)
		if (!isRouter(path)) for (const next of byFile.get(path)?.dynamicImports ?? []) visit(next);
	return [...found];
}

/**
 * The files a page's first-load files import statically, read from Vite's client manifest and
 * not among them: the browser fetches these too before the page runs, only later, one round trip
 * after the file that names them.
 * @param {string[]} firstLoad paths of the first-load files, `/_app/...`
 * @param {Record<string, { file: string, imports?: string[] }>} manifest
 */
export function unpreloadedFiles(firstLoad, manifest) {
	const byFile = new Map(Object.values(manifest).map((entry) => [`/${entry.file}`, entry]));
	const seen = new Set(firstLoad);
	const stack = [...firstLoad];
	while (stack.length > 0) {
		for (const key of byFile.get(/** @type {string} */ (stack.pop()))?.imports ?? []) {
			const path = `/${manifest[key]?.file}`;
			if (manifest[key] && !seen.has(path)) {
				seen.add(path);
				stack.push(path);
			}
		}
	}
	return [...seen].filter((path) => !firstLoad.includes(path));
}

/** Vite's client manifest, checked for what the budgets read: each chunk's file and its imports. */
const ManifestSchema = v.record(
	v.string(),
	v.object({
		file: v.string(),
		imports: v.optional(v.array(v.string())),
		dynamicImports: v.optional(v.array(v.string()))
	})
);

/** Measures every page of a build: raw and gzipped bytes of its first-load JavaScript. */
export function measure(
	dir = 'build',
	manifestPath = '.svelte-kit/output/client/.vite/manifest.json'
) {
	const manifest = existsSync(manifestPath)
		? v.parse(ManifestSchema, JSON.parse(readFileSync(manifestPath, 'utf8')))
		: {};
	return builtPageFiles(dir).map(({ url, file }) => {
		const { files: preloaded, inline } = firstLoadScripts(dir, file);
		const unpreloaded = unpreloadedFiles(preloaded, manifest);
		const files = [...preloaded, ...unpreloaded];
		const later = onDemandFiles(files, manifest).reduce(
			(sum, path) => sum + gzipped(readFileSync(join(dir, path))),
			0
		);
		let raw = 0;
		let gzip = 0;
		for (const path of files) {
			const buffer = readFileSync(join(dir, path));
			raw += buffer.length;
			gzip += gzipped(buffer);
		}
		for (const code of inline) {
			raw += Buffer.byteLength(code);
			gzip += gzipped(Buffer.from(code));
		}
		const budget = BUDGETS.find((b) => b.pattern.test(url)) ?? BUDGETS[BUDGETS.length - 1];
		return {
			url,
			files: files.length + inline.length,
			unpreloaded: unpreloaded.length,
			raw,
			gzip,
			budget,
			later
		};
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = measure();
	const width = Math.max(...rows.map((r) => r.url.length));
	console.log(
		`${'page'.padEnd(width)}  scripts  first load: raw     gzip   budget       on demand: gzip`
	);
	let over = 0;
	for (const row of rows) {
		const pass = row.gzip <= row.budget.limit * KiB && row.unpreloaded === 0;
		if (!pass) over++;
		console.log(
			`${row.url.padEnd(width)}  ${String(row.files).padStart(7)}  ${(row.raw / KiB).toFixed(1).padStart(15)} KiB  ${(row.gzip / KiB).toFixed(1).padStart(5)} KiB  ${String(row.budget.limit).padStart(3)} KiB ${pass ? 'pass' : 'OVER'}  ${(row.later / KiB).toFixed(1).padStart(12)} KiB${row.unpreloaded ? `  (${row.unpreloaded} imported but not preloaded)` : ''}`
		);
	}
	console.log(
		over === 0
			? `\nEvery page within budget (quiz page ≤ 45 KiB, every page ≤ 60 KiB gzip), every first-load file preloaded.\n"On demand" is what a page may load later: views shown on demand, and on the quiz page the quiz engine fetched beside the deck's questions.`
			: `\n${over} page${over === 1 ? '' : 's'} over budget, or loading a file its HTML does not preload (a round trip more before the page runs).`
	);
	process.exit(over === 0 ? 0 : 1);
}
