// A redis-server of a test's or benchmark's own: Debian's, started on a free port and stopped after.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether Debian's redis-server is installed here. */
export function hasRedis(): boolean {
	return spawnSync('redis-server', ['--version']).status === 0;
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	await new Promise((done) => server.close(done));
	return port;
}

/**
 * A redis-server of our own on a free port, ready when this resolves; or the one named by
 * `LIVE_TEST_REDIS` (as .ci/run starts), left running.
 */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
	const given = process.env.LIVE_TEST_REDIS;
	if (given) return { url: given, stop: async () => {} };
	const port = await freePort();
	const child: ChildProcess = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	await new Promise<void>((ready, fail) => {
		let seen = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			seen += chunk.toString();
			if (seen.includes('Ready to accept connections')) ready();
		});
		child.once('exit', (code) =>
			fail(new Error(`redis-server exited (${code}): ${seen.slice(-300)}`))
		);
	});
	return {
		url: `redis://127.0.0.1:${port}`,
		stop: () =>
			new Promise((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}
