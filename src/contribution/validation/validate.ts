import { posix } from './posix-path.ts';
import type { Nodes } from 'mdast';
import type { z } from 'zod';
import { ficheSchema, type FicheData } from '../../schemas/fiche.ts';
import {
	chapitreSchema,
	partieSchema,
	type ChapitreData,
	type PartieData,
} from '../../schemas/partie.ts';
import type { Entry } from '../../schemas/entry.ts';
import { SLUG_PATTERN, slugify } from '../../schemas/slug.ts';
import { PARTIES } from '../../schemas/vocabulary.ts';
import { parseMarkdown } from '../../model/text/markdown.ts';
import { fold, suggest } from '../suggest.ts';
import { checkBodyMarkup, checkFicheBody } from './body.ts';
import type { BodyKind } from './html.ts';
import { checkBodyLimits, deepLinePrefix } from './limits.ts';
import { parseContentFile, type ParsedFile } from './parse.ts';
import { checkPrivateContact } from './privacy.ts';
import type { Problem } from './problem.ts';
import { zodIssuesToProblems } from './zod-issues.ts';

/** A content file as read from disk: path relative to the project root, and its text. */
export interface SourceFile {
	file: string;
	text: string;
	/** Why the file was not read (a link, not UTF-8, too large), already in French. */
	unreadable?: { line: number; message: string };
}

export interface ValidatedContent {
	problems: Problem[];
	fiches: Entry<FicheData>[];
	parties: Entry<PartieData>[];
	chapitres: Entry<ChapitreData>[];
}

/** Which collection a file belongs to, from its folder. */
function kindOf(file: string): BodyKind | undefined {
	const folder = file.split('/').at(-2);
	return folder === 'fiches' || folder === 'parties' || folder === 'chapitres' ? folder : undefined;
}

/** Files whose name starts with `_` (the template) are examples, not content. */
export function isPublishable(file: string): boolean {
	return !posix.basename(file).startsWith('_');
}

interface SchemaDef {
	type: string;
	shape?: Record<string, { def: SchemaDef }>;
	innerType?: { def: SchemaDef };
	element?: { def: SchemaDef };
}

/** The keys an object of `schema` accepts at `path`, or none when `path` leads to no object. */
function schemaKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const unwrap = (def: SchemaDef | undefined): SchemaDef | undefined => {
		let inner = def;
		while (inner?.innerType && (inner.type === 'optional' || inner.type === 'default'))
			inner = inner.innerType.def;
		return inner;
	};
	let def = unwrap((schema as unknown as { def: SchemaDef }).def);
	for (const segment of path) {
		if (typeof segment === 'number')
			def = def?.type === 'array' ? unwrap(def.element?.def) : undefined;
		else def = unwrap(def?.shape?.[String(segment)]?.def);
	}
	return def?.shape ? Object.keys(def.shape) : [];
}

function parseWith<Schema extends z.ZodType>(
	schema: Schema,
	parsed: ParsedFile,
): { data?: z.output<Schema>; problems: Problem[] } {
	if (!parsed.data) return { problems: [] };
	const result = schema.safeParse(parsed.data, { reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	return {
		problems: zodIssuesToProblems(result.error.issues, {
			file: parsed.file,
			data: parsed.data,
			lineOf: parsed.lineOf,
			knownKeys: (path) => schemaKeys(schema, path),
		}),
	};
}

/**
 * A part's or a chapter's body: the editors write them, but a pull request may change them too, so
 * they meet the same rules as a sheet's body except its sections (raw HTML, addresses, images,
 * nesting and size limits).
 */
function bodyMarkupProblems(
	file: string,
	kind: Exclude<BodyKind, 'fiches'>,
	parsed: ParsedFile,
	fileExists: (file: string) => boolean,
): Problem[] {
	const tooDeep = deepLinePrefix(file, parsed.body, parsed.bodyLine);
	if (tooDeep) return [tooDeep];
	const tree = parseMarkdown(parsed.body);
	return [
		...checkBodyMarkup(file, tree, parsed.bodyLine, kind),
		...checkBodyLimits(file, tree, parsed.bodyLine),
		...checkImages(file, parsed, tree, fileExists),
	];
}

/**
 * Validates the whole content folder against the contract and reports every problem of every
 * file in one pass. Pure: the file system is reached only through `fileExists`, for images.
 */
export function validateContent(
	sources: readonly SourceFile[],
	fileExists: (file: string) => boolean,
): ValidatedContent {
	const problems: Problem[] = [];
	const fiches: Entry<FicheData>[] = [];
	const parties: Entry<PartieData>[] = [];
	const chapitres: Entry<ChapitreData>[] = [];
	// Cross-file checks read the raw frontmatter, so a sheet with a bad date still gets its
	// unknown chapter or duplicate title reported in the same run.
	const rawFiches: RawFiche[] = [];
	const error = (file: string, key: string, message: string, line?: number) =>
		problems.push({ file, ...(line ? { line } : {}), key, message, severity: 'erreur' });

	for (const source of sources) {
		const kind = kindOf(source.file);
		if (!kind || !isPublishable(source.file)) continue;
		const extension = posix.extname(source.file);
		const id = posix.basename(source.file, extension);
		if (extension !== '.md' && !(kind !== 'fiches' && extension === '.mdx')) {
			error(
				source.file,
				'fichier',
				kind === 'fiches'
					? `extension « ${extension} » refusée : une fiche est un fichier Markdown « .md » (le MDX exécute du code) — renommez-le en « ${id}.md »`
					: `extension « ${extension} » refusée — attendu « .md »`,
			);
			continue;
		}
		if (!SLUG_PATTERN.test(id)) {
			const fixed = slugify(id);
			error(
				source.file,
				'fichier',
				`nom de fichier « ${id} » invalide : minuscules sans accents, chiffres et tirets seulement — renommez-le par exemple « ${fixed}${extension} »`,
			);
		}
		if (source.unreadable) {
			error(source.file, 'fichier', source.unreadable.message, source.unreadable.line);
			continue;
		}
		const parsed = parseContentFile(source.file, source.text);
		problems.push(...parsed.problems);
		const entry = { id, file: source.file, body: parsed.body };
		if (kind === 'fiches') {
			const result = parseWith(ficheSchema, parsed);
			problems.push(...result.problems);
			if (!parsed.data) continue;
			// Deep nesting is refused from the raw text: the parser would spend seconds on it.
			const tooDeep = deepLinePrefix(source.file, parsed.body, parsed.bodyLine);
			const tree = parseMarkdown(tooDeep ? '' : parsed.body);
			if (tooDeep) problems.push(tooDeep);
			else problems.push(...checkFicheBody(source.file, tree, parsed.bodyLine));
			problems.push(...checkBodyLimits(source.file, tree, parsed.bodyLine));
			problems.push(...checkImages(source.file, parsed, tree, fileExists));
			problems.push(...checkPrivateContact(parsed));
			const ville = parsed.data['ville'];
			// The city's page lives at /villes/<segment>/: a name in another script, or only
			// punctuation, leaves no letter to make the segment of.
			if (typeof ville === 'string' && ville.trim() && !slugify(ville))
				error(
					source.file,
					'ville',
					`la ville « ${ville} » ne donne aucune lettre latine pour l’adresse de sa page (/villes/…/) — écrivez son nom en alphabet latin, comme sur le site de la commune`,
					parsed.lineOf(['ville']),
				);
			rawFiches.push({ file: source.file, data: parsed.data });
			if (result.data) fiches.push({ ...entry, data: result.data });
		} else if (kind === 'parties') {
			const result = parseWith(partieSchema, parsed);
			problems.push(
				...result.problems,
				...bodyMarkupProblems(source.file, kind, parsed, fileExists),
			);
			if (result.data) {
				const expected = PARTIES.find((p) => p.numero === result.data!.numero);
				if (expected && expected.slug !== id) {
					error(
						source.file,
						'numero',
						`la partie ${result.data.numero} doit s’appeler « ${expected.slug}.md », trouvé « ${id}.md »`,
						parsed.lineOf(['numero']),
					);
				}
				parties.push({ ...entry, data: result.data });
			}
		} else {
			const result = parseWith(chapitreSchema, parsed);
			problems.push(
				...result.problems,
				...bodyMarkupProblems(source.file, kind, parsed, fileExists),
			);
			if (result.data) chapitres.push({ ...entry, data: result.data });
		}
	}

	problems.push(...checkCrossReferences(sources, rawFiches, parties, chapitres));
	return { problems, fiches, parties, chapitres };
}

/**
 * Why a local image path fails, or undefined when the file is there. Paths stay inside the
 * content folder, where the build looks for images; remote addresses in the body are left to the
 * renderers, which show their text alternative offline.
 */
function imageProblem(
	folder: string,
	src: string,
	fileExists: (file: string) => boolean,
): string | undefined {
	if (/^[a-z]+:/i.test(src)) return undefined;
	const target = posix.normalize(posix.join(folder, src));
	const contentDir = posix.dirname(folder);
	if (!target.startsWith(`${contentDir}/`))
		return `image « ${src} » hors du dossier de contenu (${target}) — déposez le fichier dans ${contentDir}/medias/ et écrivez « ../medias/nom-du-fichier.jpg »`;
	// An SVG is a document: opened from the site, its script would run on the site's origin.
	// Drawings are published as PNG or JPEG, which carry no code.
	if (/\.svgz?$/i.test(target.replace(/[?#].*$/, '')))
		return `image SVG « ${src} » refusée — un fichier SVG peut contenir du code qui s’exécuterait sur le site ; exportez-la en PNG (schéma) ou en JPEG (photo) et écrivez « ../medias/nom-du-fichier.png »`;
	if (fileExists(target)) return undefined;
	return `image introuvable « ${src} » (cherchée dans ${target}) — déposez le fichier dans ${contentDir}/medias/ et écrivez « ../medias/nom-du-fichier.jpg »`;
}

function checkImages(
	file: string,
	parsed: ParsedFile,
	tree: ReturnType<typeof parseMarkdown>,
	fileExists: (file: string) => boolean,
): Problem[] {
	const problems: Problem[] = [];
	const folder = posix.dirname(file);
	const images = parsed.data?.['images'];
	if (Array.isArray(images)) {
		images.forEach((image: unknown, index) => {
			const src = (image as { src?: unknown } | null)?.src;
			if (typeof src !== 'string') return;
			// The contract wants a file next to the content; an address would leave the page
			// without its illustration offline, and `javascript:` would be worse.
			const message = /^[a-z]+:/i.test(src)
				? `attendu un chemin vers un fichier relatif à la fiche (« ../medias/nom-du-fichier.jpg »), trouvé l’adresse « ${src} » — enregistrez l’image dans ${posix.dirname(folder)}/medias/`
				: imageProblem(folder, src, fileExists);
			if (!message) return;
			const line = parsed.lineOf(['images', index, 'src']);
			problems.push({
				file,
				...(line ? { line } : {}),
				key: `images[${index}].src`,
				message,
				severity: 'erreur',
			});
		});
	}
	const walk = (node: Nodes) => {
		const message = node.type === 'image' ? imageProblem(folder, node.url, fileExists) : undefined;
		if (message) {
			const line = node.position ? node.position.start.line + parsed.bodyLine - 1 : undefined;
			problems.push({ file, ...(line ? { line } : {}), key: 'corps', message, severity: 'erreur' });
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return problems;
}

interface RawFiche {
	file: string;
	data: Record<string, unknown>;
}

function checkCrossReferences(
	sources: readonly SourceFile[],
	rawFiches: readonly RawFiche[],
	parties: readonly Entry<PartieData>[],
	chapitres: readonly Entry<ChapitreData>[],
): Problem[] {
	const problems: Problem[] = [];
	const lineOfKey = (file: string, key: string) => {
		const text = sources.find((s) => s.file === file)?.text ?? '';
		const index = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
		return index === -1 ? {} : { line: index + 1 };
	};
	const error = (file: string, key: string, message: string) =>
		problems.push({ file, ...lineOfKey(file, key), key, message, severity: 'erreur' });

	// Two files can claim one URL: `x.md` next to `x.mdx`, or names differing only in case.
	const byId = new Map<string, string>();
	for (const source of sources) {
		if (kindOf(source.file) !== 'fiches' || !isPublishable(source.file)) continue;
		const id = posix.basename(source.file, posix.extname(source.file)).toLowerCase();
		const other = byId.get(id);
		if (other)
			error(
				source.file,
				'fichier',
				`identifiant « ${id} » déjà utilisé par ${other} — renommez l’un des deux fichiers`,
			);
		else byId.set(id, source.file);
	}

	const byTitle = new Map<string, string>();
	for (const { file, data } of rawFiches) {
		const { titre, ville } = data;
		if (typeof titre !== 'string' || typeof ville !== 'string') continue;
		const key = `${fold(titre)}|${fold(ville)}`;
		const other = byTitle.get(key);
		if (other)
			error(
				file,
				'titre',
				`« ${titre} » (${ville}) existe déjà dans ${other} — changez le titre ou complétez la fiche existante`,
			);
		else byTitle.set(key, file);
	}

	for (const { file, data } of rawFiches) {
		const { chapitre: slug, partie } = data;
		// A malformed slug is reported by the schema; looking it up would say the same twice.
		if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) continue;
		const chapitre = chapitres.find((c) => c.id === slug);
		// With no valid `partie` (reported by the schema) the chapter is only checked to exist.
		const validPartie =
			Number.isInteger(partie) && PARTIES.some((p) => p.numero === partie && p.numero > 0);
		const inPartie = chapitres.filter((c) => c.data.partie === partie).map((c) => c.id);
		const choices = !validPartie
			? `chapitres existants : ${chapitres.map((c) => c.id).join(', ') || 'aucun'}`
			: inPartie.length
				? `chapitres de la partie ${String(partie)} : ${inPartie.join(', ')}`
				: `la partie ${String(partie)} n’a pas encore de chapitre : supprimez la clé`;
		if (!chapitre) {
			const near = suggest(slug, validPartie ? inPartie : chapitres.map((c) => c.id));
			error(
				file,
				'chapitre',
				`chapitre « ${slug} » inconnu${near ? ` — vouliez-vous dire « ${near} » ?` : ''} (${choices})`,
			);
		} else if (validPartie && chapitre.data.partie !== partie)
			error(
				file,
				'chapitre',
				`le chapitre « ${slug} » appartient à la partie ${chapitre.data.partie}, pas à la partie ${String(partie)} (${choices})`,
			);
	}

	for (const partie of PARTIES) {
		const files = parties.filter((p) => p.data.numero === partie.numero);
		if (files.length > 1)
			for (const f of files.slice(1))
				error(
					f.file,
					'numero',
					`la partie ${partie.numero} est déjà décrite dans ${files[0]!.file}`,
				);
	}
	const seenOrder = new Map<string, string>();
	for (const chapitre of chapitres) {
		const key = `${chapitre.data.partie}-${chapitre.data.ordre}`;
		const other = seenOrder.get(key);
		if (other)
			error(
				chapitre.file,
				'ordre',
				`la position ${chapitre.data.ordre} de la partie ${chapitre.data.partie} est déjà prise par ${other}`,
			);
		else seenOrder.set(key, chapitre.file);
	}
	return problems;
}
