// Builds the site when the build is missing or older than its sources: for `npm start` and `npm run live`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INPUTS = [
	'src',
	'questions',
	'static',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

/** @param {string} path @returns {number} the newest modification time under path */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** @param {string} dir @param {string} ending @returns {string} the sorted names in dir that end so, without the ending */
function names(dir, ending) {
	if (!existsSync(dir)) return '';
	return readdirSync(dir)
		.filter((name) => name.endsWith(ending))
		.map((name) => name.slice(0, -ending.length))
		.sort()
		.join(' ');
}

/**
 * Runs `vite build` when build/ is missing, older than anything it is built from, or holds other
 * articles than questions/ (the browser tests' build adds one).
 */
export function buildIfStale() {
	const built = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
	const sameArticles =
		names('build/article', '.html') ===
		readdirSync('questions', { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name)
			.sort()
			.join(' ');
	if (built >= Math.max(...INPUTS.map(newest)) && sameArticles) return;
	console.log(
		!built
			? 'Building factdeck…'
			: sameArticles
				? 'Sources changed since the last build: rebuilding…'
				: 'build/ holds other articles than questions/: rebuilding…'
	);
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit'
	});
}
