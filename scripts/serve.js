// Serves the built static site from build/, the way any static host would.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * @param {import('node:http').Server | import('node:http2').Http2SecureServer} server
 * @param {{ port: number, host?: string, strict?: boolean, scheme?: 'http' | 'https' }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function listen(server, { port, host = '127.0.0.1', strict = false, scheme = 'http' }) {
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
					url: `${scheme}://${shown}:${bound}/`,
					port: bound,
					close: () =>
						new Promise((done) => {
							if ('closeAllConnections' in server) server.closeAllConnections();
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

/**
 * Starts a static server for `dir` over HTTP/2, as static hosts serve the site, with a certificate
 * of its own made by openssl for this run (browsers speak HTTP/2 only over TLS): for benchmarks,
 * whose browser is told to accept it.
 * @param {{ dir?: string, port: number }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function serveHttp2({ dir = 'build', port }) {
	const keys = mkdtempSync(join(tmpdir(), 'factdeck-tls-'));
	try {
		const [key, cert] = [join(keys, 'key.pem'), join(keys, 'cert.pem')];
		try {
			execFileSync(
				'openssl',
				// prettier-ignore
				['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
					'-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'],
				{ stdio: 'ignore' }
			);
		} catch {
			throw new Error('openssl could not make a certificate (Debian: apt-get install openssl).');
		}
		const server = createSecureServer(
			{ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true },
			// The HTTP/2 compatibility API takes the same handler as node:http.
			/** @type {any} */ (staticSite(dir))
		);
		// Closing waits for open sessions; a benchmark's browser may keep one.
		/** @type {Set<import('node:http2').Http2Session>} */
		const sessions = new Set();
		server.on('session', (session) => {
			sessions.add(session);
			session.on('close', () => sessions.delete(session));
		});
		const running = await listen(server, { port, scheme: 'https' });
		return {
			...running,
			close: () => {
				for (const session of sessions) session.destroy();
				return running.close();
			}
		};
	} finally {
		rmSync(keys, { recursive: true, force: true });
	}
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
	const args = process.argv.slice(2);
	const portArg = args.indexOf('--port');
	const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 4321));
	await serve({ port, strict: args.includes('--strict') });
}
