import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A PDF made by `scripts/export-pdf.ts`: where it is served and its real figures. */
export interface PdfInfo {
	/** URL path on the site, e.g. `/repenser-les-actions-de-la-ville.pdf`. */
	url: string;
	pages: number;
	bytes: number;
}

export interface PdfManifest {
	livre: PdfInfo;
	parties: Record<string, PdfInfo>;
	/** By chapter id (its file name in content/chapitres/). */
	chapitres: Record<string, PdfInfo>;
	fiches: Record<string, PdfInfo>;
}

/** Where the PDF export writes its files and manifest, for the site build to pick up (`PDF_DIR` for tests). */
export const PDF_DIR = process.env['PDF_DIR'] ?? join(process.cwd(), '.build', 'pdf');

let manifest: PdfManifest | null | undefined;

/**
 * The manifest of the PDFs built before the site, or null when they were not built (`npm run
 * dev` without `npm run pdf`): pages then simply show no download link.
 */
export function readPdfManifest(): PdfManifest | null {
	if (manifest !== undefined) return manifest;
	const file = join(PDF_DIR, 'manifest.json');
	manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PdfManifest) : null;
	return manifest;
}
