/**
 * The few POSIX path functions the validator needs, without `node:path`, so that the validator
 * also runs in the browser (/contribuer/). Same results as Node's `path.posix` for the relative,
 * slash-separated paths content files have (tests/validation/posix-path.test.ts compares them).
 */

function basename(path: string, extension = ''): string {
	const trimmed = path.replace(/\/+$/, '');
	const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
	return extension && base !== extension && base.endsWith(extension)
		? base.slice(0, -extension.length)
		: base;
}

function extname(path: string): string {
	const base = basename(path);
	const dot = base.lastIndexOf('.');
	return dot <= 0 || /^\.+$/.test(base) ? '' : base.slice(dot);
}

function dirname(path: string): string {
	const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
	const slash = trimmed.lastIndexOf('/');
	if (slash === -1) return '.';
	if (slash === 0) return '/';
	return trimmed.slice(0, slash);
}

function normalize(path: string): string {
	if (path === '') return '.';
	const absolute = path.startsWith('/');
	const out: string[] = [];
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (out.length && out.at(-1) !== '..') out.pop();
			else if (!absolute) out.push('..');
		} else out.push(segment);
	}
	const joined = out.join('/');
	const trailing = path.endsWith('/') && joined ? '/' : '';
	if (absolute) return `/${joined}${trailing}`;
	return (joined || '.') + trailing;
}

function join(...parts: string[]): string {
	const joined = parts.filter((p) => p !== '').join('/');
	return joined ? normalize(joined) : '.';
}

export const posix = { basename, extname, dirname, normalize, join } as const;
