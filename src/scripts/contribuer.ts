import { fr } from '../i18n/fr';
import {
	checkProposedSheet,
	ficheFile,
	takenSlug,
	type ContributionContext,
} from '../contribution/check';
import { FORM_FIELDS, fieldOfProblem, type FormField } from '../contribution/fields';
import {
	githubNewFileUrl,
	mailtoLink,
	proposalMarkdown,
	proposalSlug,
	sourceToDraft,
} from '../contribution/proposal';
import type { FicheSource } from '../contribution/source';
import type { FicheDraft } from '../contribution/import/fiche-writer';
import { formatProblem, type Problem } from '../contribution/validation/problem';
import type { SectionTitre } from '../schemas/fiche';
import { SLUG_PATTERN } from '../schemas/slug';
import { renderPreview } from './contribuer-apercu';

/**
 * /contribuer/: the online form. It reads the fields into a draft, writes the sheet with the
 * Word importer's writer, checks it with the validator of `npm run validate` (same code, same
 * French messages) as the contributor types, and hands it back as a file, a mail or a GitHub
 * proposal. Nothing leaves the browser unless the contributor chooses one of those.
 */

const t = fr.contribuer.formulaire;
/** Slug used to validate a sheet that has no city or title yet. */
const UNNAMED = 'nouvelle-fiche';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Page {
	form: HTMLFormElement;
	context: ContributionContext;
	/** The sheet being updated (`?fiche=`), whose file the proposal replaces. */
	replaces: string | undefined;
	/** Keys from the updated sheet the form does not show (images, ordre, statut, source). */
	kept: Pick<FicheDraft, 'images' | 'ordre' | 'statut' | 'source'>;
	/** Fields the contributor has left at least once: only their errors show while typing. */
	touched: Set<string>;
	showAll: boolean;
	current: { slug: string; markdown: string; problems: Problem[]; taken: boolean } | undefined;
}

function controls(form: HTMLFormElement, key: string): Control[] {
	return [...form.querySelectorAll<Control>(`[name="${CSS.escape(key)}"]`)];
}

function value(form: HTMLFormElement, key: string): string {
	return controls(form, key)[0]?.value.trim() ?? '';
}

function lines(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
}

/** The form's fields as a draft: empty fields are left out, as the writer expects. */
function readDraft(page: Page): FicheDraft {
	const { form } = page;
	const draft: FicheDraft = { ...page.kept };
	const text = (key: string) => value(form, key) || undefined;
	const set = <K extends keyof FicheDraft>(key: K, v: FicheDraft[K] | undefined) => {
		if (v !== undefined && !(Array.isArray(v) && v.length === 0)) draft[key] = v;
	};
	set('titre', text('titre'));
	set('ville', text('ville'));
	set('date', text('date'));
	const partie = value(form, 'partie');
	if (partie) draft.partie = Number(partie);
	set('chapitre', text('chapitre'));
	set('resume', text('resume'));
	for (const key of ['periode', 'echelle', 'porteur', 'role_collectivite'] as const)
		set(key, text(key));
	set('services', lines(value(form, 'services')));
	set('partenaires', lines(value(form, 'partenaires')));
	set('partenaires_intitule', text('partenaires_intitule'));
	const budget: NonNullable<FicheDraft['budget']> = {};
	for (const key of ['fonctionnement', 'investissement', 'contribution'] as const) {
		const v = text(`budget.${key}`);
		if (v) budget[key] = v;
	}
	const financeurs = lines(value(form, 'budget.financeurs'));
	if (financeurs.length) budget.financeurs = financeurs;
	if (Object.keys(budget).length) draft.budget = budget;
	const codes = (key: string) =>
		controls(form, key)
			.filter((c) => (c as HTMLInputElement).checked)
			.map((c) => c.value);
	set('types', codes('types') as FicheDraft['types']);
	set('types_autre', text('types_autre'));
	if ((controls(form, 'qpv')[0] as HTMLInputElement | undefined)?.checked) draft.qpv = true;
	set('territoire_autre', text('territoire_autre'));
	set('determinants', codes('determinants') as FicheDraft['determinants']);
	set('determinants_autre', text('determinants_autre'));
	set('publics', codes('publics') as FicheDraft['publics']);
	const contact: NonNullable<FicheDraft['contact']> = {};
	for (const key of ['nom', 'fonction', 'service', 'email'] as const) {
		const v = text(`contact.${key}`);
		if (v) contact[key] = v;
	}
	if (Object.keys(contact).length) {
		contact.public = (controls(form, 'contact.public')[0] as HTMLInputElement).checked;
		draft.contact = contact;
	}
	const liens = lines(value(form, 'liens')).map((line) => {
		const bar = line.lastIndexOf('|');
		if (bar !== -1) return { titre: line.slice(0, bar).trim(), url: line.slice(bar + 1).trim() };
		return /^https?:\/\//i.test(line) ? { titre: line, url: line } : { titre: line, url: '' };
	});
	set('liens', liens);
	const sections: Partial<Record<SectionTitre, string>> = {};
	for (const field of FORM_FIELDS) {
		if (field.kind !== 'section') continue;
		const v = value(form, field.key);
		if (v) sections[field.key.slice('section:'.length) as SectionTitre] = v;
	}
	draft.sections = sections;
	return draft;
}

/** Puts a draft in the form, every field replaced (an import or an update starts clean). */
function writeDraft(page: Page, draft: FicheDraft): void {
	const { form } = page;
	const put = (key: string, v: string | undefined) => {
		const control = controls(form, key)[0];
		if (control) control.value = v ?? '';
	};
	const check = (key: string, on: (code: string) => boolean) => {
		for (const c of controls(form, key)) (c as HTMLInputElement).checked = on(c.value);
	};
	put('titre', draft.titre);
	put('ville', draft.ville);
	put('date', draft.date);
	put('partie', draft.partie === undefined ? '' : String(draft.partie));
	put('chapitre', draft.chapitre);
	put('resume', draft.resume);
	for (const key of ['periode', 'echelle', 'porteur', 'role_collectivite'] as const)
		put(key, draft[key]);
	put('services', draft.services?.join('\n'));
	put('partenaires', draft.partenaires?.join('\n'));
	put('partenaires_intitule', draft.partenaires_intitule);
	put('budget.fonctionnement', draft.budget?.fonctionnement);
	put('budget.investissement', draft.budget?.investissement);
	put('budget.contribution', draft.budget?.contribution);
	put('budget.financeurs', draft.budget?.financeurs?.join('\n'));
	check('types', (code) => draft.types?.includes(code as never) ?? false);
	put('types_autre', draft.types_autre);
	check('qpv', () => draft.qpv === true);
	put('territoire_autre', draft.territoire_autre);
	check('determinants', (code) => draft.determinants?.includes(code as never) ?? false);
	put('determinants_autre', draft.determinants_autre);
	check('publics', (code) => draft.publics?.includes(code as never) ?? false);
	for (const key of ['nom', 'fonction', 'service', 'email'] as const)
		put(`contact.${key}`, draft.contact?.[key]);
	check('contact.public', () => draft.contact?.public === true);
	put('liens', draft.liens?.map((l) => `${l.titre} | ${l.url}`).join('\n'));
	for (const field of FORM_FIELDS)
		if (field.kind === 'section')
			put(field.key, draft.sections?.[field.key.slice('section:'.length) as SectionTitre]);
	page.kept = {
		...(draft.images ? { images: draft.images } : {}),
		...(draft.ordre !== undefined ? { ordre: draft.ordre } : {}),
		...(draft.statut ? { statut: draft.statut } : {}),
		...(draft.source ? { source: draft.source } : {}),
	};
	const kept = form.querySelector<HTMLElement>('[data-images-kept]');
	if (kept) {
		kept.hidden = !draft.images?.length;
		kept.textContent = draft.images?.length ? t.imagesConservees(draft.images.length) : '';
	}
	filterChapitres(form);
}

/** Only the chapters of the chosen part can be picked. */
function filterChapitres(form: HTMLFormElement): void {
	const partie = value(form, 'partie');
	const select = controls(form, 'chapitre')[0] as HTMLSelectElement | undefined;
	if (!select) return;
	for (const option of select.options) {
		if (!option.value) continue;
		const fits = !partie || option.dataset['partie'] === partie;
		option.hidden = !fits;
		option.disabled = !fits;
	}
	if (select.selectedOptions[0]?.disabled) select.value = '';
}

function fieldElement(form: HTMLFormElement, field: FormField): HTMLElement | null {
	return form.querySelector<HTMLElement>(`[data-field="${CSS.escape(field.key)}"]`);
}

/** The control that carries a field's `aria-invalid`: its input, or its group of boxes. */
function invalidTarget(form: HTMLFormElement, field: FormField): HTMLElement | null {
	const box = fieldElement(form, field);
	return box?.querySelector<HTMLElement>('[data-codes], input, textarea, select') ?? null;
}

function validate(page: Page): void {
	const { form } = page;
	const draft = readDraft(page);
	const slug = proposalSlug(draft, page.replaces) || UNNAMED;
	const markdown = proposalMarkdown(draft);
	const problems = checkProposedSheet(slug, markdown, page.context, page.replaces);
	const taken = !page.replaces && slug !== UNNAMED && takenSlug(slug, page.context);
	page.current = { slug, markdown, problems, taken };

	// One message per field, the command's wording; errors before warnings.
	const byField = new Map<string, Problem[]>();
	const loose: Problem[] = [];
	for (const problem of problems) {
		const field = fieldOfProblem(problem.key, problem.message);
		if (field) byField.set(field.key, [...(byField.get(field.key) ?? []), problem]);
		else loose.push(problem);
	}
	for (const field of FORM_FIELDS) {
		const shown = page.showAll || page.touched.has(field.key) ? (byField.get(field.key) ?? []) : [];
		const errors = shown.filter((p) => p.severity === 'erreur');
		const target = invalidTarget(form, field);
		if (errors.length) target?.setAttribute('aria-invalid', 'true');
		else target?.removeAttribute('aria-invalid');
		const message = form.querySelector<HTMLElement>(`[data-error="${CSS.escape(field.key)}"]`);
		if (message) message.textContent = shown.map((p) => p.message).join(' ');
	}

	const errors = problems.filter((p) => p.severity === 'erreur').length;
	const summary = form.querySelector<HTMLElement>('[data-summary]')!;
	const list = form.querySelector<HTMLElement>('[data-problems]')!;
	const visible = page.showAll
		? problems
		: problems.filter((p) => {
				const field = fieldOfProblem(p.key, p.message);
				return field ? page.touched.has(field.key) : false;
			});
	summary.textContent =
		problems.length === 0 && !taken
			? t.valide
			: visible.length
				? t.problemes(
						visible.filter((p) => p.severity === 'erreur').length,
						visible.filter((p) => p.severity !== 'erreur').length,
					)
				: '';
	list.replaceChildren(
		...visible.map((p) => {
			const li = document.createElement('li');
			li.className = p.severity;
			li.textContent = formatProblem(p);
			return li;
		}),
	);
	const takenNotice = form.querySelector<HTMLElement>('[data-slug-taken]')!;
	takenNotice.hidden = !taken;
	takenNotice.textContent = taken ? t.identifiantPris(slug) : '';

	renderPreview(form.querySelector<HTMLElement>('[data-preview]')!, draft, t.apercuVide);
	updateOutputs(page, errors === 0 && !taken);
}

function updateOutputs(page: Page, ready: boolean): void {
	const { form } = page;
	const current = page.current!;
	const file = `${current.slug}.md`;
	const github = form.querySelector<HTMLAnchorElement>('[data-github]')!;
	const githubHelp = form.querySelector<HTMLElement>('[data-github-help]')!;
	if (page.replaces) {
		github.href = form.dataset['edit']!.replace('__FICHE__', page.replaces);
		githubHelp.textContent = t.githubMiseAJour;
	} else {
		github.href = ready
			? githubNewFileUrl(
					form.dataset['repository']!,
					form.dataset['branch']!,
					current.slug,
					current.markdown,
				)
			: form.dataset['repository']!;
		githubHelp.textContent = t.githubAide;
	}
	const mail = mailtoLink(
		form.dataset['email']!,
		`${fr.contribuer.courriel.sujet} — ${ficheFile(current.slug)}`,
		t.courrielAvecFiche(file, current.markdown),
		t.courrielCorps(file),
	);
	form.querySelector<HTMLAnchorElement>('[data-mail]')!.href = mail.href;
	form.querySelector<HTMLElement>('[data-mail-help]')!.textContent = mail.withSheet
		? t.courrielAide
		: t.courrielTropLong;
}

/** Sending waits for a valid sheet: otherwise every error shows and the list gets the focus. */
function blockIfInvalid(page: Page, event: Event): boolean {
	page.showAll = true;
	validate(page);
	const { problems, taken } = page.current!;
	if (!taken && !problems.some((p) => p.severity === 'erreur')) return false;
	event.preventDefault();
	page.form.querySelector<HTMLElement>('[data-send-status]')!.textContent = t.corrigezDabord;
	page.form.querySelector<HTMLElement>('#verification')!.focus();
	return true;
}

function download(page: Page): void {
	const { slug, markdown } = page.current!;
	const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `${slug}.md`;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
	page.form.querySelector<HTMLElement>('[data-send-status]')!.textContent = t.supprimerLigne;
}

async function importWord(page: Page, input: HTMLInputElement): Promise<void> {
	const file = input.files?.[0];
	if (!file) return;
	const { form } = page;
	const status = form.querySelector<HTMLElement>('[data-import-status]')!;
	const error = form.querySelector<HTMLElement>('[data-import-error]')!;
	const remarks = form.querySelector<HTMLUListElement>('[data-import-remarks]')!;
	status.textContent = t.importEnCours;
	error.textContent = '';
	remarks.hidden = true;
	remarks.replaceChildren();
	// The size is known before reading: a 50 MB file is refused without loading it.
	const { importWordForm, sizeProblem } = await import('../contribution/word-import');
	const early = sizeProblem(file.name, file.size);
	const result = early
		? { error: early }
		: importWordForm(file.name, new Uint8Array(await file.arrayBuffer()));
	input.value = '';
	if ('error' in result) {
		status.textContent = '';
		error.textContent = result.error;
		return;
	}
	// An import into an update keeps the updated sheet's file; its kept keys stay too.
	const kept = page.kept;
	writeDraft(page, { ...kept, ...result.draft, date: result.draft.date ?? value(form, 'date') });
	status.textContent = t.importFait(file.name);
	if (result.draft.remarques?.length) {
		const title = document.createElement('li');
		title.textContent = t.importRemarques;
		remarks.replaceChildren(
			title,
			...result.draft.remarques.map((r) => {
				const li = document.createElement('li');
				li.textContent = r;
				return li;
			}),
		);
		remarks.hidden = false;
	}
	page.showAll = true;
	validate(page);
	// What the Word form never has comes next: the part.
	controls(form, 'partie')[0]?.focus();
}

async function loadSource(page: Page, id: string): Promise<void> {
	const notice = page.form.querySelector<HTMLElement>('[data-update-notice]')!;
	notice.hidden = false;
	const url = page.form.dataset['source']!.replace('__FICHE__', encodeURIComponent(id));
	const response = SLUG_PATTERN.test(id) ? await fetch(url).catch(() => undefined) : undefined;
	if (!response?.ok) {
		notice.textContent = t.miseAJourIntrouvable(id);
		return;
	}
	const source = (await response.json()) as FicheSource;
	page.replaces = source.id;
	writeDraft(page, sourceToDraft(source));
	notice.textContent =
		`${t.miseAJour(source.data.titre)} ${source.data.contact ? '' : t.miseAJourContact}`.trim();
}

function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function startContribution(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('[data-contribution]');
	if (!form) return;
	const context = (await fetch(form.dataset['contexte']!)
		.then((r) => (r.ok ? r.json() : undefined))
		.catch(() => undefined)) as ContributionContext | undefined;
	const page: Page = {
		form,
		context: context ?? { fiches: [], chapitres: [], medias: [] },
		replaces: undefined,
		kept: {},
		touched: new Set(),
		showAll: false,
		current: undefined,
	};
	document.querySelector<HTMLElement>('[data-contribution-fallback]')!.hidden = true;
	form.hidden = false;
	const id = new URL(location.href).searchParams.get('fiche');
	if (id) await loadSource(page, id);
	else (controls(form, 'date')[0] as HTMLInputElement).value = today();

	let timer: ReturnType<typeof setTimeout> | undefined;
	const later = () => {
		clearTimeout(timer);
		timer = setTimeout(() => validate(page), 300);
	};
	const keyOf = (target: EventTarget | null) =>
		(target as HTMLElement | null)?.closest<HTMLElement>('[data-field]')?.dataset['field'];
	form.addEventListener('input', (event) => {
		if ((event.target as HTMLElement).matches('[data-import]')) return;
		const key = keyOf(event.target);
		// A box or a list is answered at once; a text field once the person leaves it.
		if (key && (event.target as HTMLInputElement).type === 'checkbox') page.touched.add(key);
		if (key === 'partie') filterChapitres(form);
		later();
	});
	form.addEventListener('change', (event) => {
		const key = keyOf(event.target);
		if (key) page.touched.add(key);
		if (key === 'partie') filterChapitres(form);
		later();
	});
	form.addEventListener('focusout', (event) => {
		const key = keyOf(event.target);
		if (key && !page.touched.has(key)) {
			page.touched.add(key);
			later();
		}
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	const fileInput = form.querySelector<HTMLInputElement>('[data-import]')!;
	fileInput.addEventListener('change', () => {
		void importWord(page, fileInput);
	});
	form.querySelector('[data-download]')!.addEventListener('click', (event) => {
		if (!blockIfInvalid(page, event)) download(page);
	});
	for (const selector of ['[data-github]', '[data-mail]'])
		form.querySelector(selector)!.addEventListener('click', (event) => {
			blockIfInvalid(page, event);
		});
	filterChapitres(form);
	validate(page);
	form.dataset['ready'] = 'true';
}
