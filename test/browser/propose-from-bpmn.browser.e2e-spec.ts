import { toBpmnXml } from '@samsyn/bpmn';
import { launchBrowser, screenshot, type Browser } from './support/browser';
import { startBrowserServer, type BrowserServer } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/**
 * "Importera BPMN" on the Propose page (issue 16): a process owner uploads a diagram, sees the
 * import's warnings in her language and the change old → new, and sends it as a proposal. A file
 * that is no BPMN is refused in words, without repeating what the file held.
 */
describe('web application: a proposal from a BPMN file', () => {
  let server: BrowserServer;
  let browser: Browser;
  let exported: string;
  const upload = async (name: string, text: string) => {
    await browser.page.locator('#bpmn-file').setInputFiles({ name, mimeType: 'application/bpmn+xml', buffer: Buffer.from(text) });
    await browser.page.getByRole('button', { name: /Läs filen|Read the file/ }).click();
  };

  beforeAll(async () => {
    server = await startBrowserServer();
    browser = await launchBrowser();
    const process = (await server.runtime.queries.process('EK-01'))!;
    const head = (await server.runtime.queries.revision('EK-01', process.headRevision))!;
    exported = await toBpmnXml({ id: 'EK-01', name: process.name, revision: process.headRevision }, head.definition);
    await signInAs(browser.page, server.baseUrl, 'anna');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a file that is not BPMN is refused with the reason, translated, never with its content', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/app/processes/EK-01/propose`);
    await upload('anteckningar.bpmn', 'hemligt: 42\n');
    const alert = page.getByTestId('bpmn-import').getByRole('alert');
    await eventually(() => alert.textContent()).toContain('XML:en är felaktig på rad 1');
    await expect(alert.getAttribute('data-reason')).resolves.toBe('malformed-at');
    await useLanguage(page, 'en');
    await eventually(() => alert.textContent()).toContain('the XML is malformed at line 1');
    await useLanguage(page, 'sv');
    expect(await page.locator('body').textContent()).not.toContain('hemligt');
  });

  it('the unchanged export has nothing to propose', async () => {
    await upload('ek-01.bpmn', exported);
    await eventually(() => browser.page.getByTestId('bpmn-no-change').textContent()).toContain('inget att föreslå');
  });

  it('Anna uploads an edited diagram, sees its warnings (sv and en) and the change, and sends it as a proposal', async () => {
    const { page } = browser;
    const edited = exported.replace(/(<bpmn:task id="debitera" [^>]*)name="[^"]*"/, '$1');
    expect(edited).not.toBe(exported);
    await upload('ek-01-ny.bpmn', edited);
    const panel = page.getByTestId('bpmn-import');
    await eventually(() => page.getByTestId('bpmn-warnings').textContent()).toContain('Uppgiften debitera har inget namn: den fick namn efter sitt id.');
    await expect(page.locator('[data-testid="bpmn-warnings"] li[data-code="nameless"]').count()).resolves.toBe(1);
    await eventually(() => page.getByTestId('bpmn-preview-level').textContent()).toContain('nivå');
    const comparison = await panel.locator('table.comparison').textContent();
    expect(comparison).toContain('Debitera hyra');
    await screenshot(page, 'propose-from-bpmn');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await useLanguage(page, 'en');
    await eventually(() => page.getByTestId('bpmn-warnings').textContent()).toContain('Task debitera has no name: it was named after its id.');
    await useLanguage(page, 'sv');
    await page.locator('#bpmn-rationale').fill('Ritat om i modelleringsverktyget.');
    await panel.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.waitForURL(/\/app\/proposals\/[^/]+$/);
    await eventually(() => page.locator('main').textContent()).toContain('Ritat om i modelleringsverktyget.');
  });
});
