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

/** Runs `vite build` when build/ is missing or older than anything it is built from. */
export function buildIfStale() {
	const built = existsSync('build/index.html') ? statSync('build/index.html').mtimeMs : 0;
	if (built >= Math.max(...INPUTS.map(newest))) return;
	console.log(built ? 'Sources changed since the last build: rebuilding…' : 'Building factdeck…');
	execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit'
	});
}
