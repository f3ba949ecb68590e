// One live server process for `npm run bench:live`: reports its port, then its memory and CPU on request.
import { startLiveServer } from '../../src/live/server.ts';

const server = await startLiveServer({
	dir: process.env.BENCH_SITE!,
	port: 0,
	redisUrl: process.env.REDIS_URL || undefined,
	// Every simulated phone comes from this one machine's address.
	joinLimit: { burst: 1_000_000, perMinute: 1_000_000 }
});
process.send!({ port: server.port });
process.on('message', (message) => {
	if (message === 'usage')
		process.send!({ rss: process.memoryUsage().rss, cpu: process.cpuUsage() });
	if (message === 'stop') void server.close().then(() => process.exit(0));
});
