/**
 * /selection/: lists the chosen sheets in the reader's order, lets them reorder, remove and
 * empty with buttons (the focus stays on the moved row, or goes to the next one), and downloads
 * the selection as one PDF or as CSV. Sheets the guide no longer has are named, then dropped.
 */
import { fr } from '../i18n/fr.ts';
import { frenchTypography } from '../model/text/typography.ts';
import { move, reconcile, selectionCsv } from '../site/selection-page.ts';
import type { Catalogue, CatalogueFiche } from '../site/selection.ts';
import { readSelection, writeSelection } from './selection-store.ts';

const t = fr.selection;

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

function download(bytes: BlobPart, type: string, name: string): void {
	const url = URL.createObjectURL(new Blob([bytes], { type }));
	const link = element('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function startSelectionPage(): Promise<void> {
	const app = document.querySelector<HTMLElement>('[data-selection-app]');
	if (!app) return;
	const q = <T extends HTMLElement>(selector: string) => app.querySelector<T>(selector)!;
	const status = q<HTMLElement>('[data-page-status]');
	const list = q<HTMLOListElement>('[data-list]');
	const filled = q<HTMLElement>('[data-filled]');
	const empty = q<HTMLElement>('[data-empty]');
	const pdfButton = q<HTMLButtonElement>('[data-pdf]');
	const noPdf = q<HTMLElement>('[data-no-pdf]');
	const say = (message: string) => {
		status.textContent = message;
	};

	if (readSelection() === null) return;
	document.querySelector('[data-selection-fallback]')?.setAttribute('hidden', '');
	app.hidden = false;

	let catalogue: Catalogue;
	try {
		const response = await fetch(app.dataset['catalogue']!);
		if (!response.ok) throw new Error(String(response.status));
		catalogue = (await response.json()) as Catalogue;
	} catch {
		say(t.erreurCatalogue);
		return;
	}
	let fiches: CatalogueFiche[] = [];

	const load = () => {
		const { found, missing } = reconcile(readSelection() ?? [], catalogue);
		fiches = found;
		if (missing.length > 0) {
			// Named once, here, then dropped: the rest of the selection stays as it was.
			const box = q<HTMLElement>('[data-missing]');
			q<HTMLElement>('[data-missing-intro]').textContent = t.disparues(missing.length);
			q<HTMLElement>('[data-missing-list]').replaceChildren(
				...missing.map((m) => element('li', {}, [`${m.ville} — ${m.titre}`])),
			);
			box.hidden = false;
			writeSelection(found.map(({ id, titre, ville }) => ({ id, titre, ville })));
		}
	};

	const save = () => writeSelection(fiches.map(({ id, titre, ville }) => ({ id, titre, ville })));

	const render = (focus?: { id: string; action: string }) => {
		empty.hidden = fiches.length > 0;
		filled.hidden = fiches.length === 0;
		const withPdf = fiches.every((f) => f.pdf);
		pdfButton.hidden = !withPdf;
		noPdf.hidden = withPdf;
		list.replaceChildren(
			...fiches.map((fiche, index) => {
				const name = `${fiche.ville} — ${fiche.titre}`;
				const button = (action: string, label: string, disabled = false) => {
					const b = element('button', { type: 'button', className: 'button secondary', disabled }, [
						label,
						element('span', { className: 'visually-hidden' }, [`\u00a0: ${name}`]),
					]);
					b.dataset['action'] = action;
					return b;
				};
				const up = button('up', t.monter, index === 0);
				const down = button('down', t.descendre, index === fiches.length - 1);
				const remove = button('remove', t.retirerFiche);
				const item = element('li', {}, [
					element('div', { className: 'sheet' }, [
						element('span', { className: 'ville' }, [fiche.ville]),
						element('a', { href: fiche.url }, [fiche.titre]),
						...(fiche.pdf
							? [element('span', { className: 'pages' }, [t.pages(fiche.pdf.pages)])]
							: []),
					]),
					element('div', { className: 'row-actions' }, [up, down, remove]),
				]);
				item.dataset['id'] = fiche.id;
				return item;
			}),
		);
		if (focus) {
			const row = list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(focus.id)}"]`);
			const target =
				row?.querySelector<HTMLButtonElement>(`[data-action="${focus.action}"]:not(:disabled)`) ??
				row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
			target?.focus();
		}
	};

	list.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
		const row = button?.closest<HTMLElement>('li[data-id]');
		if (!button || !row) return;
		const index = fiches.findIndex((f) => f.id === row.dataset['id']);
		const fiche = fiches[index];
		if (!fiche) return;
		const action = button.dataset['action']!;
		if (action === 'remove') {
			fiches = fiches.filter((f) => f.id !== fiche.id);
			save();
			// The focus goes to the row that took its place, or the one before, or the heading.
			const next = fiches[index] ?? fiches[index - 1];
			render(next ? { id: next.id, action: 'remove' } : undefined);
			if (!next) q<HTMLElement>('[data-empty]').focus();
			say(t.retiree(fiche.titre, fiches.length));
			return;
		}
		fiches = move(fiches, index, action === 'up' ? -1 : 1);
		save();
		render({ id: fiche.id, action });
		say(t.position(fiche.titre, fiches.indexOf(fiche) + 1, fiches.length));
	});

	q<HTMLButtonElement>('[data-clear]').addEventListener('click', () => {
		fiches = [];
		save();
		render();
		q<HTMLElement>('[data-empty]').focus();
		say(t.videe);
	});

	q<HTMLButtonElement>('[data-csv]').addEventListener('click', () => {
		download(
			selectionCsv(fiches, location.origin),
			'text/csv;charset=utf-8',
			`${t.pdf.nomFichier}.csv`,
		);
	});

	const downloadPdf = async () => {
		const chosen = fiches.filter(
			(f): f is CatalogueFiche & { pdf: NonNullable<CatalogueFiche['pdf']> } => !!f.pdf,
		);
		pdfButton.disabled = true;
		pdfButton.setAttribute('aria-busy', 'true');
		say(t.pdfEnCours);
		try {
			// pdf-lib is fetched only now, on this page only.
			const { assembleSelectionPdf } = await import('./selection-pdf.ts');
			const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(new Date());
			const { bytes, pages } = await assembleSelectionPdf(
				chosen,
				{
					titre: t.pdf.titre,
					sousTitre: `${fr.site.titre}. ${fr.site.sousTitre}`,
					editeur: fr.site.editeur,
					composee: frenchTypography(t.pdf.composee(date)),
					fiches: t.pdf.fiches,
					page: t.pdf.page,
					enLigne: t.pdf.enLigne,
					siteUrl: new URL(app.dataset['home'] ?? '/', location.origin).href,
				},
				async (url) => {
					const response = await fetch(url);
					if (!response.ok) throw new Error(`${url} : ${response.status}`);
					return response.arrayBuffer();
				},
			);
			download(bytes as BlobPart, 'application/pdf', `${t.pdf.nomFichier}.pdf`);
			say(t.pdfPret(pages));
		} catch (error) {
			console.warn(error);
			say(t.pdfErreur);
		} finally {
			pdfButton.disabled = false;
			pdfButton.removeAttribute('aria-busy');
		}
	};
	pdfButton.addEventListener('click', () => void downloadPdf());

	// Another tab changed the selection: show it as it is now.
	addEventListener('storage', () => {
		load();
		render();
	});

	load();
	render();
	say('');
}
