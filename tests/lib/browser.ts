import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; browser downloads are not available on these machines. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless, and no background connection: this machine's closed network refuses them. */
export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * Launches headless Chromium, or fails with the remedy. Browser tests never skip: a missing
 * browser on CI must turn the run red, not quietly pass.
 */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium introuvable (${CHROMIUM}) : installez-le (apt-get install -y chromium) ou indiquez CHROMIUM_PATH.`,
		);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_FLAGS,
	});
}
