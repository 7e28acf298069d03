import type { APIRoute } from 'astro';
import { config } from '../config';
import { urls } from '../model/urls';

/** Generated so the sitemap's address follows `SITE_URL`, as canonical URLs and cards do. */
export const GET: APIRoute = () =>
	new Response(
		[
			'User-agent: *',
			`Allow: ${urls.home()}`,
			'',
			`Sitemap: ${new URL(urls.planDuSite(), config.site).href}`,
			'',
		].join('\n'),
		{ headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
	);
