import { GLOSSAIRE_FILE, sigleSchema } from '../../schemas/glossaire.ts';
import type { Problem } from './problem.ts';
import { readYamlList } from './yaml-list.ts';

/** Lines read from the cited one: an expansion may run over a line break of the source. */
const WINDOW = 3;

/** Spaces and apostrophes as French typography writes them compare equal to plain ones. */
function normalise(text: string): string {
	return text.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Checks `content/glossaire.yml`: a list of well-formed entries, each acronym once, and each
 * expansion found, as written, at the line of `sources/` it cites (or the two after it, where
 * the extraction broke the line). An expansion nobody can find in the sources is an error: the
 * guide never guesses one. Pure: `readSource` gives a file of the project, or `undefined`.
 */
export function checkGlossaire(
	text: string | undefined,
	readSource: (path: string) => string | undefined,
	file = `content/${GLOSSAIRE_FILE}`,
): Problem[] {
	const problems: Problem[] = [];
	const error = (key: string, message: string, line?: number) =>
		problems.push({ file, ...(line ? { line } : {}), key, message, severity: 'erreur' });
	if (text === undefined) return problems;

	const seen = new Map<string, number | undefined>();
	const sources = new Map<string, string[] | undefined>();
	readYamlList(
		text,
		sigleSchema,
		{
			file,
			first: 'sigle',
			syntaxHint:
				'ses autres clés (« developpement », « source ») sont alignées sous « sigle », et une valeur contenant « : » ou « # » se met entre guillemets',
			problems,
		},
		({ value: entry, index, keyLine }) => {
			if (seen.has(entry.sigle)) {
				const first = seen.get(entry.sigle);
				error(
					`[${index}].sigle`,
					`sigle « ${entry.sigle} » en double${first ? ` (déjà développé ligne ${first})` : ''} — gardez une seule entrée`,
					keyLine('sigle'),
				);
			}
			seen.set(entry.sigle, keyLine('sigle'));

			const [path, at] = entry.source.split(':') as [string, string];
			if (!sources.has(path)) sources.set(path, readSource(path)?.split('\n'));
			const sourceLines = sources.get(path);
			if (!sourceLines) {
				error(
					`[${index}].source`,
					`« ${path} » n’existe pas — citez un fichier du dossier sources/ et la ligne où se lit le développement de « ${entry.sigle} »`,
					keyLine('source'),
				);
				return;
			}
			const number = Number(at);
			if (number < 1 || number > sourceLines.length) {
				error(
					`[${index}].source`,
					`« ${path} » n’a que ${sourceLines.length} lignes, pas de ligne ${number}`,
					keyLine('source'),
				);
				return;
			}
			const cited = normalise(sourceLines.slice(number - 1, number - 1 + WINDOW).join(' '));
			if (!cited.includes(normalise(entry.developpement))) {
				error(
					`[${index}].developpement`,
					`« ${entry.developpement} » ne se lit pas à ${entry.source} (ni aux deux lignes suivantes), qui dit : « ${sourceLines[number - 1]!.trim()} » — recopiez le développement tel que la source l’écrit, majuscules comprises, ou citez la bonne ligne ; un sigle dont le développement n’est dans aucune source ne va pas dans le glossaire`,
					keyLine('developpement'),
				);
			}
		},
	);
	return problems;
}
