import { launchBrowser } from './tests/lib/browser.ts';
import { serve } from './tests/lib/server.ts';
const server = await serve('/work/main/dist');
const browser = await launchBrowser();
const pages: [string, string][] = [['home', '/'], ['partie', '/parties/action-communautaire/'], ['fiche', '/fiches/caen-rcp-psy/'], ['fiches', '/fiches/']];
for (const scheme of ['light', 'dark'] as const)
  for (const width of [375, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of pages) {
      await page.goto(server.url + path);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `/tmp/shots/${name}-${width}-${scheme}.png`, fullPage: false });
    }
    await context.close();
  }
await browser.close(); await server.close();
