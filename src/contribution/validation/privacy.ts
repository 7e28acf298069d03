/**
 * A contact who has not agreed to be published is hidden by every output, but only under
 * `contact`: the same address or name typed again in `partenaires` or in the text would be
 * published with it. The check is by value, wherever the value is written.
 */
import { fold } from '../suggest.ts';
import type { ParsedFile } from './parse.ts';
import type { Problem } from './problem.ts';
import { formatPath } from './zod-issues.ts';

const CONSENT =
	'ou, si la personne accepte d’être publiée, écrivez « public: true » sous « contact »';

/** A name shorter than this (initials) would match ordinary words. */
const MIN_NAME_LENGTH = 4;

/** `text` with accents and case folded, and every run of non-letters made one space. */
function words(text: string): string {
	return ` ${fold(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `;
}

/** Where the private contact's address or name is written outside `contact`, one problem a place. */
export function checkPrivateContact(parsed: ParsedFile): Problem[] {
	const contact = parsed.data?.['contact'];
	if (!contact || typeof contact !== 'object' || Array.isArray(contact)) return [];
	const { email, nom, public: isPublic } = contact as Record<string, unknown>;
	if (isPublic === true) return [];
	const address = typeof email === 'string' && email.includes('@') ? email.trim() : undefined;
	const name =
		typeof nom === 'string' && fold(nom).trim().length >= MIN_NAME_LENGTH ? words(nom) : undefined;
	if (!address && !name) return [];

	/** What of the contact `text` shows, as the message to print, if anything. */
	const leak = (text: string): string | undefined => {
		if (address && text.toLowerCase().includes(address.toLowerCase()))
			return `l’adresse du contact non public (« contact: email ») apparaît ici — retirez-la, ${CONSENT}`;
		if (name && words(text).includes(name))
			return `le nom du contact non public (« contact: nom ») apparaît ici — retirez-le, ${CONSENT}`;
		return undefined;
	};

	const problems: Problem[] = [];
	const visit = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			const message = leak(value);
			if (!message) return;
			const line = parsed.lineOf(path);
			problems.push({
				file: parsed.file,
				...(line ? { line } : {}),
				key: formatPath(path),
				message,
				severity: 'erreur',
			});
		} else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
		else if (value && typeof value === 'object')
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
	};
	for (const [key, value] of Object.entries(parsed.data ?? {}))
		if (key !== 'contact') visit(value, [key]);

	parsed.body.split('\n').forEach((line, index) => {
		const message = leak(line);
		if (message)
			problems.push({
				file: parsed.file,
				line: parsed.bodyLine + index,
				key: 'corps',
				message,
				severity: 'erreur',
			});
	});
	return problems;
}
