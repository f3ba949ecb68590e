// Makes sure the live server's tests have Debian's redis-server: installs it when it can, or says how.
// Outside CI a missing one only skips the tests that share games through Redis; in CI they must run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const present = () => spawnSync('redis-server', ['--version']).status === 0;

if (present()) process.exit(0);

const canApt =
	process.platform === 'linux' &&
	process.getuid?.() === 0 &&
	existsSync('/etc/debian_version') &&
	existsSync('/usr/bin/apt-get');

if (!canApt) {
	console.error(
		'No redis-server found: install Redis (Debian: apt-get install redis-server) to run the tests that share live games through it.'
	);
	process.exit(process.env.CI ? 1 : 0);
}

console.log('No redis-server found: installing Debian’s redis-server package…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
if (!present()) {
	console.error('apt-get finished but redis-server still does not run.');
	process.exit(1);
}
