import { launchBrowser, screenshot, type Browser } from './support/browser';
import { startBrowserServer, type BrowserServer } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs } from './support/pages';

jest.setTimeout(180_000);

/** The submitter's side: a conflicted proposal amended against the new head, a deviation requested, a proposal withdrawn. */
describe('web application: amend, deviation, withdraw', () => {
  let server: BrowserServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Cecilia amends her conflicted proposal P-008 against the new head; reviews start over', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'cecilia');
    await page.getByTestId('mine').getByRole('link', { name: /P-008/ }).click();
    await page.getByTestId('submitter-actions').getByRole('link', { name: 'Ändra förslaget' }).click();
    await eventually(() => page.getByTestId('amend-notice').textContent()).toContain('i konflikt');
    // The description she proposed is carried onto the new head, ready to send.
    await expect(page.locator('#step-sammanstall-description').inputValue()).resolves.toBe('Planen omfattar fem år och revideras årligen.');
    await expect(page.getByTestId('change-count').textContent()).resolves.toContain('1 ändring');
    await screenshot(page, 'amend-conflicted');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skicka det ändrade förslaget' }).click();
    await page.waitForURL(/\/app\/proposals\/P-008$/);
    await eventually(() => page.getByTestId('proposal-status').textContent()).toContain('Inlämnat');
  });

  it('Cecilia requests a local deviation for UTBN through the same form', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/app/processes/LF-01/propose`);
    await page.getByLabel('Lokal avvikelse för min organisation').check();
    const utbnStep = page.locator('select[id$="-performer"]', { has: page.locator('option[value="utbn"]:checked') }).first();
    const stepId = (await utbnStep.getAttribute('id'))!.replace(/^step-|-performer$/g, '');
    await page.locator(`#step-${stepId}-description`).fill('Hos oss görs detta per skolområde.');
    await page.locator('#propose-rationale').fill('Skolområdena planerar själva.');
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(/\/app\/proposals\/[^/]+$/);
    await eventually(() => page.locator('dl.facts').textContent()).toContain('lokal avvikelse för Utbildningsnämnden');
  });

  it('Anna withdraws her open proposal P-009 with a reason', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'anna');
    await page.goto(`${server.baseUrl}/app/proposals/P-009`);
    await page.locator('#withdraw-reason').fill('Ersätts av ett nytt förslag.');
    await page.getByRole('button', { name: 'Återkalla förslaget' }).click();
    await eventually(() => page.getByTestId('proposal-status').textContent()).toContain('Återkallat');
  });
});
