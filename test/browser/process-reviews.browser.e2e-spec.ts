import { launchBrowser, screenshot } from './support/browser';
import { serverAndBrowser } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/** Issue 14's reminders and review cycles in the web application, on the demo (seed-demo-governance.ts). */
describe('web application: reminders and process review cycles', () => {
  const world = serverAndBrowser(launchBrowser);

  it("a reminded reviewer sees the reminder in My work, in Swedish and English", async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'cecilia');
    const item = page.locator('li[data-task="review:P-009:utbn"]');
    await eventually(() => item.textContent()).toContain('påminnelse: väntar på yttrande från Utbildningsnämnden senast 30 juni 2027');
    await useLanguage(page, 'en');
    await eventually(() => item.textContent()).toContain('reminder: awaits the review of');
    await useLanguage(page, 'sv');
  });

  it('the reviews report lists LF-03 overdue, with its owner; the page passes axe in both languages', async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'revisor');
    await page.goto(`${server.baseUrl}/app/reports`);
    const overdue = page.getByTestId('reviews-overdue');
    await eventually(() => overdue.locator('tr[data-review="LF-03"]').textContent()).toContain('eva');
    await expect(page.getByTestId('reviews').textContent()).resolves.toContain('Översyn av processer');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await screenshot(page, 'reports-reviews');
  });

  it('the owner has the due review in My work, records "reviewed, no change" on the Process page, and the task goes', async () => {
    const { page, server } = world;
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
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'anna');
    await page.goto(`${server.baseUrl}/app/processes/LF-03`);
    await page.getByTestId('review-cycle').locator('dl').waitFor();
    await expect(page.getByTestId('no-change-form').count()).resolves.toBe(0);
  });

  it("the process's owner sets a review cycle on LF-05; a wrong interval and a too long owner are said in words; the page passes axe", async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'anna');
    await page.goto(`${server.baseUrl}/app/processes/LF-05`);
    const cycle = page.getByTestId('review-cycle');
    await eventually(() => cycle.textContent()).toContain('Ingen översynscykel är satt för processen.');
    const form = page.getByTestId('set-review-cycle-form');
    await page.locator('#cycle-intervalMonths').fill('0');
    await page.getByRole('button', { name: 'Spara översynscykeln' }).click();
    await expect(form.locator('[role="alert"]').textContent()).resolves.toContain('Intervallet måste vara ett heltal från 1 till 120 månader.');
    await expect(form.locator('[role="alert"]').textContent()).resolves.toContain('Ange vem som ansvarar för översynen.');
    expect(await axeInBothLanguages(page)).toEqual([]);

    // The API's own check (at most 200 characters), said with the form's label.
    await page.locator('#cycle-intervalMonths').fill('120');
    await page.locator('#cycle-owner').fill('a'.repeat(201));
    await page.getByRole('button', { name: 'Spara översynscykeln' }).click();
    const problem = form.locator('[role="alert"][data-code="VALIDATION_FAILED"]');
    await eventually(() => problem.textContent()).toContain('Ansvarig för översynen får vara högst 200 tecken.');

    await page.locator('#cycle-owner').fill('anna');
    await page.getByRole('button', { name: 'Spara översynscykeln' }).click();
    await eventually(() => cycle.locator('dl').textContent()).toContain('var 120:e månad');
    await expect(cycle.locator('dl').textContent()).resolves.toContain('anna');
    // Last reviewed when it was registered (2024): ten years on is scheduled, not due.
    await expect(page.getByTestId('review-next-due').getAttribute('data-status')).resolves.toBe('scheduled');
    await expect(page.getByRole('heading', { name: 'Ändra översynscykeln' }).count()).resolves.toBe(1);
    await useLanguage(page, 'en');
    await eventually(() => cycle.textContent()).toContain('every 120 months');
    await expect(page.getByRole('button', { name: 'Save the review cycle' }).count()).resolves.toBe(1);
    await useLanguage(page, 'sv');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await screenshot(page, 'process-set-review-cycle');
  });

  it('a process owner of another organisation is not offered the cycle form', async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'cecilia');
    await page.goto(`${server.baseUrl}/app/processes/LF-05`);
    await page.getByTestId('review-cycle').locator('dl').waitFor();
    await expect(page.getByTestId('set-review-cycle-form').count()).resolves.toBe(0);
  });
});
