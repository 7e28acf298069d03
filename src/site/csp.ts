/**
 * The site's Content-Security-Policy. Everything is served from the site itself: scripts are
 * external module files (no inline script), styles are external stylesheets, and Pagefind's
 * WebAssembly search needs `'wasm-unsafe-eval'`.
 */
const DIRECTIVES: Record<string, string> = {
	'default-src': "'self'",
	'script-src': "'self' 'wasm-unsafe-eval'",
	'style-src': "'self'",
	'img-src': "'self' data:",
	'font-src': "'self'",
	'connect-src': "'self'",
	'object-src': "'none'",
	'base-uri': "'self'",
	'form-action': "'self'",
	'frame-ancestors': "'none'",
};

/** Directives a `<meta>` policy cannot carry (the browser ignores them there). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function cspHeader(): string {
	return Object.entries(DIRECTIVES)
		.map(([name, value]) => `${name} ${value}`)
		.join('; ');
}

export function cspMeta(): string {
	return Object.entries(DIRECTIVES)
		.filter(([name]) => !HEADER_ONLY.has(name))
		.map(([name, value]) => `${name} ${value}`)
		.join('; ');
}

/**
 * `_headers` for static hosts that read it (Netlify, Cloudflare Pages): the policy as a real
 * header, plus the headers a meta tag cannot set, for every path under the site's `base`.
 */
export function staticHostHeaders(base = '/'): string {
	return [
		`${base}*`,
		`  Content-Security-Policy: ${cspHeader()}`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=()',
		'',
	].join('\n');
}
