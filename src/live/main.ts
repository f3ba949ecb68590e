// `npm run live`: the static site and live class games on one port, reachable from the room's network.
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { blockedWords } from '../lib/live/names.ts';
import { startLiveServer } from './server.ts';

/** The machine's addresses on the local network, where students' phones can reach it. */
function lanAddresses(): string[] {
	return Object.values(networkInterfaces())
		.flat()
		.filter((a) => a && a.family === 'IPv4' && !a.internal)
		.map((a) => a!.address);
}

const env = process.env;
const lan = lanAddresses();
const server = await startLiveServer({
	port: Number(env.PORT ?? 4321),
	host: env.HOST ?? '0.0.0.0',
	redisUrl: env.REDIS_URL || undefined,
	lan,
	blocked: env.LIVE_BLOCKED_WORDS
		? blockedWords(readFileSync(env.LIVE_BLOCKED_WORDS, 'utf8'))
		: undefined
});
console.log(
	`factdeck live is running${env.REDIS_URL ? ', sharing games through Redis' : ''}  (Ctrl+C to stop)`
);
console.log(`  On this computer, for the projector:  http://localhost:${server.port}/live`);
if (lan.length > 0)
	for (const address of lan)
		console.log(
			`  Students open on their phones:        http://${address}:${server.port}/live/join`
		);
else console.log('  No network address found: students need this computer on their Wi-Fi.');

for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.once(signal, () => {
		void server.close().finally(() => process.exit(0));
	});
