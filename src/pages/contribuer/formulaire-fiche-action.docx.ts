import type { APIRoute } from 'astro';
import { config } from '../../config';
import { fr } from '../../i18n/fr';
import { blankFormDocx } from '../../contribution/import/blank-form';

/** The blank RfVS form, for cities that fill it in Word and send it by e-mail. */
export const GET: APIRoute = async () => {
	const bytes = await blankFormDocx({
		intro: fr.contribuer.formulaireVierge.intro(config.contactEmail),
	});
	return new Response(new Uint8Array(bytes), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		},
	});
};
