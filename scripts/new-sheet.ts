/**
 * `npm run new-sheet`: creates content/fiches/<identifiant>.md with every section heading in
 * place and a comment saying what to write. Asks its questions in French; with options
 * (`--ville … --titre …`) it asks nothing, for scripts. Never replaces an existing sheet.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { SECTIONS } from '../src/schemas/fiche.ts';
import { DETERMINANTS, PARTIES_THEMATIQUES, PUBLICS, TYPES } from '../src/schemas/vocabulary.ts';
import { checkLength, FIELD, fieldHelp, lengthLimits } from '../src/schemas/fields.ts';
import { fixTypography } from '../src/contribution/lint/typography.ts';
import { renderFiche } from '../src/contribution/import/fiche-writer.ts';
import {
	chapitreError,
	newSheetDraft,
	parseCodes,
	parsePartie,
	type ChapitreChoice,
	type NewSheetInput,
} from '../src/contribution/import/new-sheet.ts';
import {
	describeArgsError,
	elsewhereReport,
	newErrors,
	newSheetReport,
} from '../src/contribution/import/report.ts';
import { missingKeys } from '../src/contribution/import/convert.ts';
import { CONTENT_DIR, loadContent, ROOT } from './lib/content.ts';

const USAGE = `Usage : npm run new-sheet                 (pose les questions une à une)
       npm run new-sheet -- --ville Caen --titre "${FIELD.titre.label}" --partie 4 \\
         [--chapitre identifiant] --types gouvernance,cadre-de-vie \\
         --determinants logement,bruit [--publics jeunes,familles] [--qpv] [--resume "…"] \\
         [--date AAAA-MM-JJ] [--slug identifiant]
  Crée content/fiches/<identifiant>.md ; une fiche existante n’est jamais remplacée.`;

const options = {
	ville: { type: 'string' },
	titre: { type: 'string' },
	partie: { type: 'string' },
	chapitre: { type: 'string' },
	types: { type: 'string' },
	determinants: { type: 'string' },
	publics: { type: 'string' },
	qpv: { type: 'boolean' },
	resume: { type: 'string' },
	date: { type: 'string' },
	slug: { type: 'string' },
	aide: { type: 'boolean', short: 'h' },
} as const;

function readArgs() {
	try {
		return parseArgs({ options, strict: true });
	} catch (error) {
		console.error(`${describeArgsError(error)}\n\n${USAGE}`);
		process.exit(1);
	}
}

const { values } = readArgs();
if (values.aide) {
	console.log(USAGE);
	process.exit(0);
}

const content = loadContent();
const chapitres: ChapitreChoice[] = content.chapitres.map((c) => ({
	id: c.id,
	partie: c.data.partie,
	titre: c.data.titre,
}));
const existing = (slug: string) => existsSync(join(CONTENT_DIR, 'fiches', `${slug}.md`));
const today = new Date().toLocaleDateString('sv-SE');

/** Asks until `parse` accepts the answer, saying what is wrong each time. */
async function ask<T>(
	rl: Interface,
	question: string,
	parse: (answer: string) => { value: T } | { error: string },
): Promise<T> {
	for (;;) {
		let answer: string;
		try {
			answer = await rl.question(question);
		} catch (error) {
			// Ctrl+C or Ctrl+D closes the terminal's input: stop without writing anything.
			throw new Error('création annulée : rien n’a été écrit', { cause: error });
		}
		const result = parse(answer.trim());
		if ('value' in result) return result.value;
		console.log(`  ${result.error}`);
	}
}

const numbered = (items: readonly { code: string; label: string }[]) =>
	items
		.map((item, index) => `  ${String(index + 1).padStart(2)}. ${item.label} (${item.code})`)
		.join('\n');

async function interview(): Promise<NewSheetInput> {
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	try {
		console.log(
			'Nouvelle fiche-action. Laissez une réponse vide pour la compléter plus tard (la fiche sera alors refusée par le validateur tant qu’elle manque).\n',
		);
		const required = (what: string) => (answer: string) =>
			answer ? { value: answer } : { error: `${what} est nécessaire pour nommer le fichier` };
		const ville = await ask(rl, `${FIELD.ville.label} (commune ou EPCI) : `, required('la ville'));
		const titre = await ask(
			rl,
			`${FIELD.titre.label} (${lengthLimits(FIELD.titre)}) : `,
			(answer) => {
				const error = checkLength('titre', answer);
				return error ? { error } : { value: answer };
			},
		);
		console.log(
			`\n${FIELD.partie.label} :\n${PARTIES_THEMATIQUES.map((p) => `  ${p.numero}. ${p.titre}`).join('\n')}`,
		);
		const partie = await ask(rl, 'Numéro (1 à 6, vide pour décider plus tard) : ', (answer) => {
			if (!answer) return { value: undefined };
			const parsed = parsePartie(answer);
			return 'error' in parsed ? parsed : { value: parsed.value };
		});
		let chapitre: string | undefined;
		const inPartie = chapitres.filter((c) => c.partie === partie);
		if (partie !== undefined && inPartie.length) {
			console.log(
				`\nChapitres de la partie ${partie} :\n  0. aucun\n${inPartie.map((c, i) => `  ${i + 1}. ${c.titre} (${c.id})`).join('\n')}`,
			);
			chapitre = await ask(rl, 'Chapitre (numéro, 0 ou vide pour aucun) : ', (answer) => {
				if (!answer || answer === '0') return { value: undefined };
				const byNumber = /^\d+$/.test(answer) ? inPartie[Number(answer) - 1]?.id : answer;
				const error = byNumber
					? chapitreError(byNumber, partie, chapitres)
					: `choix « ${answer} » inconnu`;
				return error ? { error } : { value: byNumber };
			});
		}
		console.log(`\n${FIELD.types.label} :\n${numbered(TYPES)}`);
		const types = await ask(
			rl,
			'Types (numéros ou codes séparés par des virgules) : ',
			(answer) => {
				const parsed = parseCodes(answer, TYPES, 'type');
				return 'error' in parsed ? parsed : { value: answer };
			},
		);
		console.log(`\n${FIELD.determinants.label} :\n${numbered(DETERMINANTS)}`);
		const determinants = await ask(
			rl,
			'Déterminants (numéros ou codes séparés par des virgules) : ',
			(answer) => {
				const parsed = parseCodes(answer, DETERMINANTS, 'déterminant');
				return 'error' in parsed ? parsed : { value: answer };
			},
		);
		console.log(`\n${FIELD.publics.label} (facultatif) :\n${numbered(PUBLICS)}`);
		const publics = await ask(
			rl,
			'Publics (numéros ou codes séparés par des virgules, vide pour aucun) : ',
			(answer) => {
				const parsed = parseCodes(answer, PUBLICS, 'public');
				return 'error' in parsed ? parsed : { value: answer };
			},
		);
		const qpv = await ask(
			rl,
			`\n${FIELD.qpv.label} : l’action concerne-t-elle un QPV ? (o/N) : `,
			(answer) =>
				/^(?:o|oui|n|non|)$/i.test(answer)
					? { value: /^o/i.test(answer) }
					: { error: 'répondez o (oui) ou n (non)' },
		);
		const resume = await ask(
			rl,
			`${FIELD.resume.label} : ${fieldHelp('resume')} Vide pour plus tard.\n`,
			(answer) => {
				const error = answer ? checkLength('resume', answer) : undefined;
				return error ? { error } : { value: answer };
			},
		);
		const proposed = newSheetDraft({ ville, titre }, { chapitres, today });
		const suggestion = 'slug' in proposed ? proposed.slug : '';
		const slug = await ask(
			rl,
			`Identifiant du fichier et de l’adresse [${suggestion}] : `,
			(answer) => {
				const chosen = answer || suggestion;
				return existing(chosen)
					? { error: `content/fiches/${chosen}.md existe déjà : choisissez un autre identifiant` }
					: { value: chosen };
			},
		);
		return {
			ville,
			titre,
			...(partie !== undefined ? { partie: String(partie) } : {}),
			...(chapitre ? { chapitre } : {}),
			types,
			determinants,
			publics,
			qpv,
			resume,
			slug,
		};
	} finally {
		rl.close();
	}
}

const fromOptions = Object.keys(values).length > 0;
if (!fromOptions && !process.stdin.isTTY) {
	console.error(
		`Pas de terminal pour poser les questions : donnez les réponses en options.\n\n${USAGE}`,
	);
	process.exit(1);
}
const input: NewSheetInput = fromOptions
	? values
	: await interview().catch((error: unknown) => {
			console.error(`\n${(error as Error).message}`);
			process.exit(1);
		});

const result = newSheetDraft(input, { chapitres, today });
if ('errors' in result) {
	for (const error of result.errors) console.error(error);
	console.error(`\nRien n’a été créé.\n\n${USAGE}`);
	process.exit(1);
}
const target = join(CONTENT_DIR, 'fiches', `${result.slug}.md`);
const file = relative(ROOT, target).split('\\').join('/');
if (existsSync(target)) {
	console.error(
		`${file} existe déjà : rien n’a été créé. Choisissez un autre identifiant (--slug) ou modifiez la fiche existante.`,
	);
	process.exit(1);
}
writeFileSync(target, fixTypography(renderFiche(result.draft, { scaffold: true })), { flag: 'wx' });

const todo = [
	...missingKeys(result.draft, chapitres),
	`écrivez les sections sous leurs titres, à la place des commentaires <!-- … --> (obligatoires : ${SECTIONS.filter(
		(s) => s.requis,
	)
		.map((s) => `« ## ${s.titre} »`)
		.join(', ')}) ; supprimez les titres des sections facultatives restées vides`,
	'quand le texte est complet et relu, supprimez la ligne « statut: brouillon »',
];
console.log(`\nFiche créée : ${file}`);
const errors = newErrors(content.problems, loadContent().problems);
for (const line of [...newSheetReport(file, todo, errors), ...elsewhereReport([file], errors)])
	console.log(line);
console.log(`\nAperçu : npm run dev, puis http://localhost:4321/fiches/${result.slug}/`);
