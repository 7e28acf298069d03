import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
};

/** Headers from the site's own `_headers` file, as a static host would send them. */
function readHeaders(root: string): [string, string][] {
	const file = join(root, '_headers');
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.startsWith('  '))
		.map((line) => {
			const [name, ...value] = line.trim().split(':');
			return [name!.trim(), value.join(':').trim()];
		});
}

/**
 * Serves a built site on 127.0.0.1 (random port) like a static host: directory indexes, 404 page.
 * With `prefix` (`/guide-sante-mentale`), the site is served under that path only, as GitHub
 * Pages serves a project site: any address outside it is a 404.
 */
export async function serve(
	root: string,
	options: { prefix?: string } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
	const headers = readHeaders(root);
	const prefix = (options.prefix ?? '').replace(/\/+$/, '');
	const server: Server = createServer((request, response) => {
		const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const inside = requested === prefix || requested.startsWith(`${prefix}/`);
		let file = normalize(join(root, requested.slice(prefix.length) || '/'));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = inside && file.startsWith(root) && existsSync(file);
		if (!found) file = join(root, '404.html');
		for (const [name, value] of headers) response.setHeader(name, value);
		response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
		response.statusCode = found ? 200 : 404;
		if (!existsSync(file)) return void response.end('Not found');
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
