import { launchBrowser, screenshot, type Browser } from './support/browser';
import { startBrowserServer, type BrowserServer } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/** Issue 14's reminders and review cycles in the web application, on the demo (seed-demo-governance.ts). */
describe('web application: reminders and process review cycles', () => {
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

  it("a reminded reviewer sees the reminder in My work, in Swedish and English", async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'cecilia');
    const item = page.locator('li[data-task="review:P-009:utbn"]');
    await eventually(() => item.textContent()).toContain('påminnelse: väntar på yttrande från Utbildningsnämnden senast 2027-06-30');
    await useLanguage(page, 'en');
    await eventually(() => item.textContent()).toContain('reminder: awaits the review of');
    await useLanguage(page, 'sv');
  });

  it('the reviews report lists LF-03 overdue, with its owner; the page passes axe in both languages', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'revisor');
    await page.goto(`${server.baseUrl}/app/reports`);
    const overdue = page.getByTestId('reviews-overdue');
    await eventually(() => overdue.locator('tr[data-review="LF-03"]').textContent()).toContain('eva');
    await expect(page.getByTestId('reviews').textContent()).resolves.toContain('Översyn av processer');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await screenshot(page, 'reports-reviews');
  });

  it('the owner has the due review in My work, records "reviewed, no change" on the Process page, and the task goes', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'eva');
    const section = page.getByTestId('process-reviews');
    await eventually(() => section.textContent()).toContain('ska ses över sedan');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await section.getByRole('link', { name: /LF-03/ }).click();
    await page.waitForURL(/\/app\/processes\/LF-03$/);
    const cycle = page.getByTestId('review-cycle');
    await expect(page.getByTestId('review-next-due').getAttribute('data-status')).resolves.toBe('overdue');
    await expect(cycle.textContent()).resolves.toContain('var 12:e månad');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await page.locator('#no-change-comment').fill('Rutinen stämmer med 2026 års uthyrningspolicy.');
    await page.getByRole('button', { name: 'Granskad, ingen ändring' }).click();
    await eventually(() => page.getByTestId('review-next-due').getAttribute('data-status')).toBe('scheduled');
    await expect(cycle.textContent()).resolves.toContain('granskad utan ändring');
    await screenshot(page, 'process-review-cycle');
    await page.getByRole('link', { name: /Mitt arbete/ }).click();
    await eventually(() => page.getByTestId('process-reviews').textContent()).toContain('Inget just nu.');
  });

  it('nobody but the owner gets the form', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'anna');
    await page.goto(`${server.baseUrl}/app/processes/LF-03`);
    await page.getByTestId('review-cycle').locator('dl').waitFor();
    await expect(page.getByTestId('no-change-form').count()).resolves.toBe(0);
  });
});
