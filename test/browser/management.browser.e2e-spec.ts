/// <reference lib="dom" />
import { launchBrowser, type Browser } from './support/browser';
import { startBrowserServer, type BrowserServer } from './support/browser-server';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/** Issue 15's PM3 management in the web application: the demo's premises object, its plan and minutes. */
describe('web application: management', () => {
  let server: BrowserServer;
  let browser: Browser;
  const year = new Date().getUTCFullYear();

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the object with its roles, the decided plan with activity states in words, and the minutes; axe in sv and en', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'sara');
    await page.getByRole('link', { name: 'Förvaltning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Förvaltning' }).waitFor();
    const object = page.locator('section[data-object="lokalforsorjning"]');
    await object.locator(`[data-plan="lokalforsorjning/${year}"]`).waitFor();
    const text = (await object.textContent()) ?? '';
    expect(text).toContain('Objektägare');
    expect(text).toContain('lena');
    expect(text).toContain('fastighetssystem');
    expect(text).toContain(`Förvaltningsplan ${year} (revision 1)`);
    expect(text).toContain('Beslutad');
    expect(text.replace(/\s/g, ' ')).toMatch(/850 000 kr/);
    await expect(object.locator('tr[data-activity="inventering"] td').textContent()).resolves.toBe('Klar');
    await expect(object.locator('tr[data-activity="uppgradering"] td').textContent()).resolves.toBe('Pågår');
    await expect(object.locator('tr[data-activity="utbildning"] td').textContent()).resolves.toBe('Planerad');
    const minutes = object.locator(`article[data-minutes="${year}-plan"]`);
    await expect(minutes.textContent()).resolves.toContain('P-005');

    const download = page.waitForEvent('download');
    await minutes.getByRole('link', { name: /som HTML/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`beslutsprotokoll-objekt-lokal-${year}-plan.html`);

    expect(await axeInBothLanguages(page)).toEqual([]);
    await useLanguage(page, 'en');
    await expect(object.locator('tr[data-activity="inventering"] td').textContent()).resolves.toBe('Done');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Management');
    await useLanguage(page, 'sv');
  });
});
