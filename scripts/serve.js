// Serves the built static site from build/, the way any static host would.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

/**
 * The request handler of the static site in `dir`: precompressed files, and the headers
 * static/_headers asks a host for, so the local server behaves like one.
 * @param {string} dir
 * @returns {import('node:http').RequestListener}
 */
export function staticSite(dir = 'build') {
	const assets = sirv(dir, {
		etag: true,
		dev: false,
		extensions: ['html'],
		gzip: true,
		brotli: true,
		setHeaders: (res, pathname) => {
			res.setHeader(
				'Content-Security-Policy',
				"frame-ancestors 'none'; object-src 'none'; base-uri 'self'"
			);
			res.setHeader('X-Content-Type-Options', 'nosniff');
			res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
			res.setHeader('X-Frame-Options', 'DENY');
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	const notFound = existsSync(`${dir}/404.html`) ? readFileSync(`${dir}/404.html`) : 'Not found';
	return (req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(notFound);
		});
}

/**
 * Listens on `port`. With `strict`, a busy port is an error; otherwise the next free port is
 * taken. Port 0 takes any free port.
 * @param {import('node:http').Server} server
 * @param {{ port: number, host?: string, strict?: boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function listen(server, { port, host = '127.0.0.1', strict = false }) {
	return new Promise((resolve, reject) => {
		const attempt = (/** @type {number} */ at) => {
			server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
				if (error.code === 'EADDRINUSE' && !strict && at !== 0 && at < port + 20) attempt(at + 1);
				else reject(error);
			});
			server.listen(at, host, () => {
				const address = server.address();
				const bound = typeof address === 'object' && address ? address.port : at;
				const shown =
					host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
				resolve({
					url: `http://${shown}:${bound}/`,
					port: bound,
					close: () =>
						new Promise((done) => {
							server.closeAllConnections?.();
							server.close(() => done());
						})
				});
			});
		};
		attempt(port);
	});
}

/**
 * Starts a static server for `dir` on `port` (see `listen`).
 * @param {{ dir?: string, port: number, host?: string, strict?: boolean, quiet?: boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serve({
	dir = 'build',
	port,
	host = '127.0.0.1',
	strict = false,
	quiet = false
}) {
	const running = await listen(createServer(staticSite(dir)), { port, host, strict });
	if (!quiet) console.log(`factdeck is running at ${running.url}  (Ctrl+C to stop)`);
	return running;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const args = process.argv.slice(2);
	const portArg = args.indexOf('--port');
	const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4321));
	await serve({ port, strict: args.includes('--strict') });
}
