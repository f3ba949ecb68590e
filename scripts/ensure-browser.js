// Makes sure the end-to-end tests have a Chromium: installs Debian's when it can, or says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

const found = findChromium();
if (found) {
	console.log(`Chromium for the browser tests: ${found.path} (${found.source})`);
	process.exit(0);
}

const canApt =
	process.platform === 'linux' &&
	process.getuid?.() === 0 &&
	existsSync('/etc/debian_version') &&
	existsSync('/usr/bin/apt-get');

if (!canApt) {
	console.error(
		'No Chromium found for the browser tests: run `npx playwright install chromium`, or set CHROME_PATH to a Chromium.'
	);
	process.exit(1);
}

console.log(
	'No Chromium found: installing Debian’s chromium package (apt-get install -y chromium)…'
);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-liberation'], {
	stdio: 'inherit',
	env
});
const installed = findChromium();
if (!installed) {
	console.error('apt-get finished but no Chromium was found at /usr/bin/chromium.');
	process.exit(1);
}
console.log(`Chromium for the browser tests: ${installed.path} (${installed.source})`);
