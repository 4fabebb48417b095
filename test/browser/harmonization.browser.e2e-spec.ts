/// <reference lib="dom" />
import { launchBrowser, screenshot } from './support/browser';
import { serverAndBrowser } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(300_000);

/**
 * Issue 15 in the browser, on the demo: the handovers between organisations with their flags as
 * words and symbols, filtered by organisation; the variant report (Skolfastigheter's deviation on
 * FF-04 needs re-approval after P-011) and the overdue adopter (Idrott och fritid, FF-04 r2).
 */
describe('web application: handovers, variants and roll-out', () => {
  const world = serverAndBrowser(launchBrowser);

  it('lists the handovers between organisations, flagged in words, and filters by organisation', async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'anna');
    await page.getByRole('link', { name: 'Överlämningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Överlämningar' }).waitFor();
    const flagged = page.locator('tr[data-handover="FF-05/h-matdata"]');
    await eventually(() => flagged.textContent()).toContain('Inget gemensamt system');
    await expect(flagged.textContent()).resolves.toContain('Inget gemensamt begrepp');
    await expect(flagged.textContent()).resolves.toContain('Fastighetssystem (verksamhetsadministration) → Ekonomisystem');
    await expect(flagged.locator('[data-flag="NO_COMMON_SYSTEM"] [aria-hidden="true"]').textContent()).resolves.toContain('⚠');
    const clean = page.locator('tr[data-handover="FF-01/h-anmalan"]');
    await expect(clean.textContent()).resolves.toContain('Inga anmärkningar');
    await expect(clean.textContent()).resolves.toContain('Utbildningsnämnden');
    const all = await page.locator('table[data-testid="handovers"] tbody tr').count();
    expect(all).toBeGreaterThan(10);
    await expect(page.getByTestId('handover-summary').textContent()).resolves.toMatch(/Visar \d+ av \d+ överlämningar; \d+ är flaggade\./);

    await page.locator('#handover-organisation').selectOption('ifn');
    await eventually(() => page.locator('table[data-testid="handovers"] tbody tr').count()).toBeLessThan(all);
    for (const row of await page.locator('table[data-testid="handovers"] tbody tr').allTextContents()) expect(row).toContain('Idrotts- och fritidsnämnden');
    await page.locator('#handover-organisation').selectOption('');
    await eventually(() => page.locator('table[data-testid="handovers"] tbody tr').count()).toBe(all);
    await page.getByLabel('Visa bara flaggade').check();
    await eventually(() => page.locator('table[data-testid="handovers"] tbody tr').count()).toBeLessThan(all);
    await expect(page.locator('tr[data-flagged="false"]').count()).resolves.toBe(0);
    await screenshot(page, 'handovers');
    expect(await axeInBothLanguages(page)).toEqual([]);

    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Handovers' }).waitFor();
    await expect(flagged.textContent()).resolves.toContain('No common term');
    await useLanguage(page, 'sv');
  });

  it('the reports show the variants (a deviation that needs re-approval) and the overdue adopter', async () => {
    const { page } = world;
    await page.getByRole('link', { name: 'Rapporter' }).click();
    const variant = page.locator('tr[data-variant="FF-04/skolfastigheter"]');
    await eventually(() => variant.textContent()).toContain('Behöver godkännas på nytt');
    await expect(variant.textContent()).resolves.toContain('steget Utföra lokalvård');
    await expect(variant.textContent()).resolves.toContain('revision 1');
    await expect(variant.locator('td').last().textContent()).resolves.toBe('1 revision');
    await expect(page.getByTestId('variants-overall').textContent()).resolves.toContain('1 behöver godkännas på nytt');
    const overdue = page.locator('tr[data-overdue="FF-04/ifn"]');
    await eventually(() => overdue.textContent()).toContain('Idrotts- och fritidsnämnden');
    await expect(overdue.textContent()).resolves.toMatch(/\d+ dagar sen/);
    await expect(page.locator('tr[data-overdue="FF-04/utbn"]').count()).resolves.toBe(0);
    await screenshot(page, 'reports-variants');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await useLanguage(page, 'en');
    await eventually(() => variant.textContent()).toContain('Needs re-approval');
    await expect(variant.textContent()).resolves.toContain('step Utföra lokalvård');
    await expect(overdue.textContent()).resolves.toMatch(/\d+ days late/);
    await useLanguage(page, 'sv');
  });

  it("My work shows Idrott och fritid's overdue adoption to David, in its own section, and no plain adoption task for it", async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'david');
    const section = page.getByTestId('overdue-adoptions');
    const task = section.locator('li[data-task="overdue-adoption:FF-04:ifn"]');
    await eventually(() => task.textContent()).toMatch(/skulle ha infört revision 2 senast 31 dec\. 2024 och är \d+ dagar försenad/);
    await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/Försenade införanden\s*1/);
    await expect(page.locator('li[data-task="adoption:FF-04:ifn"]').count()).resolves.toBe(0);
    await task.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/app/processes/FF-04/adoption');
    await page.locator('#adoption-stakeholder').waitFor();
    await page.goBack();
    await task.waitFor();
    await screenshot(page, 'my-work-overdue');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await useLanguage(page, 'en');
    await eventually(() => task.textContent()).toMatch(/should have adopted revision 2 by 31 Dec 2024 and is \d+ days overdue/);
    await useLanguage(page, 'sv');
  });

  it("FF-04's default adoption target: read by all, set and removed by the governing body's member, checked before sending", async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'david');
    await page.goto(`${server.baseUrl}/app/processes/FF-04`);
    const current = page.getByTestId('default-target-current');
    await eventually(() => current.textContent()).toBe('Varje ny revision ska vara införd 90 dagar efter att den genomförts (satt av johan).');
    // David reviews for Idrott och fritid: neither FF-04's owner nor in its body.
    await expect(page.getByTestId('default-target-form').count()).resolves.toBe(0);

    await signInAs(page, server.baseUrl, 'johan');
    await page.goto(`${server.baseUrl}/app/processes/FF-04`);
    const form = page.getByTestId('default-target-form');
    const days = form.getByLabel('Dagar efter att en revision genomförts');
    await eventually(() => days.inputValue()).toBe('90');
    await days.fill('0');
    await form.getByRole('button', { name: 'Spara standardmålet' }).click();
    await expect(form.locator('.field-error').textContent()).resolves.toBe('Ange ett helt antal dagar från 1 till 3650.');
    await expect(days.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await days.fill('1');
    await form.getByRole('button', { name: 'Spara standardmålet' }).click();
    await eventually(() => current.textContent()).toBe('Varje ny revision ska vara införd 1 dag efter att den genomförts (satt av johan).');
    await useLanguage(page, 'en');
    await eventually(() => current.textContent()).toBe('Each new revision is to be adopted 1 day after it is applied (set by johan).');
    await useLanguage(page, 'sv');
    await form.getByRole('button', { name: 'Ta bort standardmålet' }).click();
    await eventually(() => current.textContent()).toBe('Inget standardmål: förvaltningsgruppen sätter datum per revision.');
    await expect(form.getByRole('status').textContent()).resolves.toBe('Standardmålet är borttaget.');
  });
});
