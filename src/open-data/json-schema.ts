import { z } from 'zod';
import { ficheSchema } from '../schemas/fiche.ts';
import { fieldHelp, FIELDS, type FieldKey, type FieldSpec } from '../schemas/fields.ts';
import {
	DETERMINANTS,
	PARTIES_THEMATIQUES,
	PUBLICS,
	STATUTS,
	TYPES,
} from '../schemas/vocabulary.ts';

/**
 * The sheet frontmatter as JSON Schema (draft 7, the version editors and validators read
 * best), generated from `ficheSchema` so it cannot say something else. Each key gets the French
 * title and help a contributor sees in an editor, and each code of a vocabulary its label
 * (`enumDescriptions`, read by VS Code and the YAML language server).
 */

type Json = { [key: string]: unknown };

/** Title and help of each key, by path (`budget.financeurs`, `liens[].url`), from the table. */
const KEYS: ReadonlyMap<string, FieldSpec> = new Map(FIELDS.map((f) => [f.key, f]));

/** Labels of each closed vocabulary, in the order of the schema's `enum`. */
const ENUM_LABELS: Record<string, ReadonlyMap<unknown, string>> = {
	'types[]': new Map(TYPES.map((t) => [t.code, t.label])),
	'determinants[]': new Map(DETERMINANTS.map((d) => [d.code, d.label])),
	'publics[]': new Map(PUBLICS.map((p) => [p.code, p.label])),
	statut: new Map(STATUTS.map((s) => [s.code, s.label])),
	partie: new Map(PARTIES_THEMATIQUES.map((p) => [p.numero, p.titre])),
};

/** The node with its French title and help first, then its own keys, its children annotated. */
function annotated(node: Json, path: string, used: Set<string>): Json {
	const out: Json = {};
	const field = KEYS.get(path);
	// List items (`services[]`) are described by their list; every key has a row in the table.
	if (path && !path.endsWith('[]')) {
		if (!field)
			throw new Error(
				`clé « ${path} » absente de la table des champs (src/schemas/fields.ts) — ajoutez-la`,
			);
		used.add(path);
		out['title'] = field.label;
		const help = fieldHelp(field.key as FieldKey);
		if (help) out['description'] = help;
	}
	Object.assign(out, node);
	// `date` is checked by a function (real calendar dates); the pattern says at least its form.
	if (path === 'date') Object.assign(out, { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' });
	const labels = ENUM_LABELS[path];
	if (labels) {
		// `partie` is bounded by minimum and maximum; a list lets editors offer the six parts.
		out['enum'] ??= [...labels.keys()];
		out['enumDescriptions'] = (out['enum'] as unknown[]).map((value) => labels.get(value) ?? '');
	}
	const properties = node['properties'] as Record<string, Json> | undefined;
	if (properties) {
		out['properties'] = Object.fromEntries(
			Object.entries(properties).map(([key, child]) => [
				key,
				annotated(child, path ? `${path}.${key}` : key, used),
			]),
		);
	}
	const items = node['items'] as Json | undefined;
	if (items) out['items'] = annotated(items, `${path}[]`, used);
	return out;
}

export function ficheJsonSchema(): Json {
	const schema = z.toJSONSchema(ficheSchema, {
		target: 'draft-7',
		// Contributors write the input: a key with a default is optional, not required.
		io: 'input',
		unrepresentable: 'any',
	}) as Json;
	const used = new Set<string>();
	const { $schema, ...rest } = annotated(schema, '', used);
	const unused = [...KEYS.keys()].filter((key) => !used.has(key));
	if (unused.length) {
		throw new Error(
			`champs de la table absents du schéma zod : ${unused.join(', ')} — retirez-les de src/schemas/fields.ts`,
		);
	}
	return {
		$schema,
		title: 'Fiche-action : en-tête YAML',
		description:
			'Les clés d’une fiche de content/fiches/ (contrat : CONTRIBUTING.md). Produit par « node scripts/export-schema.ts » depuis src/schemas/fiche.ts : ne pas modifier à la main.',
		...rest,
	};
}
