/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { serverAndBrowser } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(300_000);

/**
 * Issue 15's management plan written in the web application, on the demo: Lena (object manager)
 * revises this year's plan beyond the object body's frame, Sara (the object body) decides and it goes
 * on to Erik's administration body, which approves; Lena follows it up and Sara records the minutes
 * (ticking the body's decisions from lists); Lena then starts next year's plan. Each form is shown only to those the domain lets make the write.
 */
describe('web application: management forms', () => {
  const world = serverAndBrowser(launchBrowser);
  const year = new Date().getUTCFullYear();
  const form = (page: Page, name: string) => page.locator(`section[data-object="lokalforsorjning"] details[data-form="${name}"]`);
  const open = async (page: Page, name: string) => {
    await form(page, name).locator('summary').click();
    return form(page, name).locator('form');
  };
  const management = async (page: Page, person: string) => {
    await signInAs(page, world.server.baseUrl, person);
    await page.getByRole('link', { name: 'Förvaltning' }).click();
    await page.locator(`section[data-object="lokalforsorjning"] [data-plan="lokalforsorjning/${year}"]`).waitFor();
    await page.locator(`[data-plan-work="lokalforsorjning/${year}"]`).waitFor({ state: 'attached' });
  };

  it('an object manager revises the plan: the page says what is wrong before sending, then the revision waits for the body', async () => {
    const { page } = world;
    await management(page, 'lena');
    // Lena manages the object but sits in no body: no decision and no minutes for her.
    await expect(form(page, 'minutes').count()).resolves.toBe(0);
    await expect(form(page, 'plan-decision').count()).resolves.toBe(0);
    await expect(form(page, 'plan-follow-up').count()).resolves.toBe(1);
    const revise = await open(page, 'plan-revise');
    await expect(revise.getByLabel('Budgetram (hela kronor per år)').inputValue()).resolves.toBe('850000');
    await revise.getByLabel('Budgetram (hela kronor per år)').fill('1 200 000,50');
    await revise.getByRole('button', { name: 'Lägg till aktivitet' }).click();
    const row = revise.locator('[data-activity-row="3"]');
    await row.getByLabel('Id', { exact: true }).fill('inventering');
    await revise.getByRole('button', { name: 'Spara revisionen' }).click();
    await expect(revise.locator('.field-error').allTextContents()).resolves.toEqual(['Två aktiviteter har samma id.', 'Fyll i det här.', 'Ange hela kronor, 0 eller mer, utan decimaler.']);
    await expect(row.getByLabel('Id', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await axeInBothLanguages(page)).toEqual([]);

    await row.getByLabel('Id', { exact: true }).fill('migrering');
    await row.getByLabel('Aktivitet', { exact: true }).fill('Migrera hyresavtalen');
    await row.getByLabel('Läge', { exact: true }).selectOption('planned');
    await revise.getByLabel('Budgetram (hela kronor per år)').fill('1 200 000');
    await revise.getByRole('button', { name: 'Spara revisionen' }).click();
    const notice = page.locator(`[data-plan-work="lokalforsorjning/${year}"] [data-outcome="saved"]`);
    await eventually(() => notice.textContent()).toBe(`Förvaltningsplan ${year}, revision 2, är sparad och ligger hos Objektstyrgrupp lokalförsörjning för beslut.`);
    await eventually(() => page.locator(`[data-plan="lokalforsorjning/${year}"] h3`).textContent()).toBe(`Förvaltningsplan ${year} (revision 2)`);
    // A draft is not followed up; it can be drafted again.
    await expect(form(page, 'plan-follow-up').count()).resolves.toBe(0);
    await expect(page.locator(`[data-plan-work="lokalforsorjning/${year}"] details[data-form="plan-draft"]`).count()).resolves.toBe(1);
  });

  it("the object body decides; beyond its frame the answer says the plan went on, and the administration body approves", async () => {
    const { page } = world;
    await management(page, 'sara');
    await expect(form(page, 'plan-draft').count()).resolves.toBe(0);
    const decide = await open(page, 'plan-decision');
    await decide.getByRole('button', { name: 'Fatta beslutet' }).click();
    await expect(decide.locator('.field-error').textContent()).resolves.toBe('Fyll i det här.');
    await decide.getByLabel('Motivering').fill('Migreringen behövs i år.');
    await decide.getByRole('button', { name: 'Fatta beslutet' }).click();
    const notice = page.locator('[data-outcome="escalated"]');
    await eventually(() => notice.textContent()).toBe('Budgeten överstiger ramen för Objektstyrgrupp lokalförsörjning: planen har gått vidare till Förvaltningsstyrgrupp lokalförsörjning, som beslutar om den.');
    // Sara's body no longer holds it.
    await eventually(() => form(page, 'plan-decision').count()).toBe(0);
    await screenshot(page, 'management-escalated');
    await useLanguage(page, 'en');
    await eventually(() => page.locator(`[data-plan="lokalforsorjning/${year}"] h3`).textContent()).toBe(`Management plan ${year} (revision 2)`);
    await useLanguage(page, 'sv');

    await management(page, 'erik');
    const approve = await open(page, 'plan-decision');
    await expect(form(page, 'plan-decision').locator('summary').textContent()).resolves.toBe(`Besluta om förvaltningsplan ${year} (revision 2) för Förvaltningsstyrgrupp lokalförsörjning`);
    await approve.getByLabel('Motivering').fill('Ryms i förvaltningens ram.');
    await approve.getByRole('button', { name: 'Fatta beslutet' }).click();
    await eventually(() => page.locator('[data-outcome="decided"]').textContent()).toBe('Beslutet är fattat: planen är nu Beslutad.');
    await eventually(() => page.locator(`[data-plan="lokalforsorjning/${year}"]`).textContent()).toContain('beslutad av forvaltning-lokal (erik)');
  });

  it('an object manager follows the decided plan up: activity states and the budget spent', async () => {
    const { page } = world;
    await management(page, 'lena');
    const follow = await open(page, 'plan-follow-up');
    await follow.locator('[data-activity-state="migrering"]').selectOption('ongoing');
    await follow.getByLabel(/Förbrukat hittills/).fill('fyra');
    await follow.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await expect(follow.locator('.field-error').textContent()).resolves.toBe('Ange hela kronor, 0 eller mer, utan decimaler.');
    await follow.getByLabel(/Förbrukat hittills/).fill('400000');
    await follow.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await eventually(() => follow.locator('[role="status"]').textContent()).toMatch(/Uppföljningen är sparad: 400\s000 kr förbrukat\./);
    await eventually(() => page.locator('tr[data-activity="migrering"] td').textContent()).toBe('Pågår');
  });

  it('a member of the object body records minutes; a decision the body did not take is refused in words, in sv and en', async () => {
    const { page } = world;
    await management(page, 'sara');
    const minutes = await open(page, 'minutes');
    await minutes.getByRole('button', { name: 'Spara protokollet' }).click();
    await expect(minutes.locator('.field-error').allTextContents()).resolves.toEqual(['Fyll i det här.', 'Fyll i det här.']);
    await minutes.getByLabel('Möte (id, till exempel 2026-03)').fill(`${year}-q2`);
    await minutes.getByLabel('sara').check();
    await minutes.getByLabel(`Förvaltningsplan lokalforsorjning/${year}/1`).check();
    await minutes.getByLabel('Beslut om ändringsförslag i mötet').fill('P-999');
    await minutes.getByRole('button', { name: 'Spara protokollet' }).click();
    const refused = minutes.locator('[role="alert"][data-code="DECISION_UNKNOWN"]');
    await eventually(() => refused.textContent()).toContain('Styrgruppen har inte fattat det beslutet.');
    await useLanguage(page, 'en');
    await eventually(() => refused.textContent()).toContain('The governance body has not taken that decision.');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await useLanguage(page, 'sv');

    // The body's decided proposals are offered to tick: P-005, which it rejected.
    const picks = minutes.locator('[data-proposal-picks] label');
    await expect(picks.allTextContents()).resolves.toEqual([' P-005: Annonsera endast i egen kanal. (avslaget)']);
    await minutes.getByLabel('Beslut om ändringsförslag i mötet').fill('');
    await minutes.getByLabel('P-005: Annonsera endast i egen kanal. (avslaget)').check();
    await minutes.getByRole('button', { name: 'Spara protokollet' }).click();
    await eventually(() => minutes.locator('[role="status"]').textContent()).toBe(`Protokollet för möte ${year}-q2 är sparat med 2 beslut.`);
    const recorded = page.locator(`article[data-minutes="${year}-q2"]`);
    await eventually(() => recorded.textContent()).toContain('P-005');
    await expect(recorded.textContent()).resolves.toContain(`lokalforsorjning/${year}/1`);
    await screenshot(page, 'management-forms');
  });

  it("an object manager starts next year's plan while this year's is followed up", async () => {
    const { page } = world;
    await management(page, 'lena');
    const next = page.locator(`[data-plan-work="lokalforsorjning/${year + 1}"]`);
    await next.locator('details[data-form="plan-draft"] summary').click();
    const draft = next.locator('form');
    await expect(draft.getAttribute('aria-label')).resolves.toBe(`Upprätta förvaltningsplan ${year + 1}`);
    await draft.getByLabel('Mål').fill('Alla hyresavtal i systemet');
    await draft.getByLabel('Budgetram (hela kronor per år)').fill('900 000');
    await draft.getByRole('button', { name: 'Spara utkastet' }).click();
    await eventually(() => next.locator('[data-outcome="saved"]').textContent()).toBe(`Förvaltningsplan ${year + 1}, revision 1, är sparad och ligger hos Objektstyrgrupp lokalförsörjning för beslut.`);
    await eventually(() => page.locator(`[data-plan="lokalforsorjning/${year + 1}"] h3`).textContent()).toBe(`Förvaltningsplan ${year + 1} (revision 1)`);
    // This year's plan stays on the page, followed up; nothing further ahead is offered.
    await expect(page.locator(`[data-plan="lokalforsorjning/${year}"] h3`).textContent()).resolves.toBe(`Förvaltningsplan ${year} (revision 2)`);
    await expect(form(page, 'plan-follow-up').count()).resolves.toBe(1);
    await expect(page.locator(`[data-plan-work="lokalforsorjning/${year + 2}"]`).count()).resolves.toBe(0);
    expect(await axeInBothLanguages(page)).toEqual([]);
  });
});
