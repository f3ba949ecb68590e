// Serves the built static site from build/, the way any static host would.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

/**
 * Starts a static server for `dir` on `port`. With `strict`, a busy port is an error;
 * otherwise the next free port is taken.
 * @param {{ dir?: string, port: number, host?: string, strict?: boolean, quiet?: boolean }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve({ dir = 'build', port, host = '127.0.0.1', strict = false, quiet = false }) {
	const assets = sirv(dir, {
		etag: true,
		dev: false,
		extensions: ['html'],
		gzip: true,
		brotli: true,
		// The headers static/_headers asks a host for, so the local server behaves like one.
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
	const server = createServer((req, res) =>
		assets(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(notFound);
		})
	);
	return new Promise((resolve, reject) => {
		const listen = (/** @type {number} */ at) => {
			server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
				if (error.code === 'EADDRINUSE' && !strict && at < port + 20) listen(at + 1);
				else reject(error);
			});
			server.listen(at, host, () => {
				const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${at}/`;
				if (!quiet) console.log(`factdeck is running at ${url}  (Ctrl+C to stop)`);
				resolve({
					url,
					close: () => new Promise((done) => server.close(() => done()))
				});
			});
		};
		listen(port);
	});
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const args = process.argv.slice(2);
	const portArg = args.indexOf('--port');
	const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4321));
	await serve({ port, strict: args.includes('--strict') });
}
