/// <reference lib="dom" />
// page.evaluate callbacks run in the page: they see the DOM.
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { serverAndBrowser } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, signOut, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/** Fills a form's fields by their names (inputs, text areas and selects alike). */
const fill = async (form: Locator, values: Record<string, string>): Promise<void> => {
  for (const [name, value] of Object.entries(values)) {
    const field = form.locator(`[name="${name}"]`);
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
};

const open = async (page: Page, panel: string): Promise<Locator> => {
  const details = page.getByTestId(panel);
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
  return details;
};

/** The registers' admin forms in a real browser: the demo admin registers each kind of thing, the page and the API refuse bad input in sentences. */
describe('web application: admin forms for the registers', () => {
  const world = serverAndBrowser(launchBrowser);
  let page: Page;
  beforeAll(() => (page = world.page));

  it('a reviewer sees the registers without any admin form', async () => {
    await signInAs(page, world.server.baseUrl, 'bjorn');
    await page.getByRole('link', { name: 'Register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
    await page.locator('[data-term]').first().waitFor();
    expect(await page.locator('.admin-panel').count()).toBe(0);
    await signOut(page);
  });

  it('checks the API’s field rules before sending, in sentences; the API’s own refusal is said as a sentence too', async () => {
    await signInAs(page, world.server.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Register' }).click();
    const panel = await open(page, 'admin-organisations');
    const form = panel.getByTestId('register-stakeholder');
    await fill(form, { id: 'Kulturn', name: '  ' });
    await form.getByRole('button', { name: 'Registrera' }).click();
    const problems = form.getByTestId('register-stakeholder-problems');
    await expect(problems.textContent()).resolves.toContain('Id (kortnamn) får bara innehålla små bokstäver a–z, siffror och bindestreck');
    await expect(problems.textContent()).resolves.toContain('Namn måste fyllas i.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('register-stakeholder-problems');
    await expect(form.locator('#register-stakeholder-id').getAttribute('aria-invalid')).resolves.toBe('true');

    // Nothing the page can check: the id is taken. The API says so, and the page says it in Swedish.
    await fill(form, { id: 'ksn', name: 'Kommunstyrelsen igen' });
    await form.getByRole('button', { name: 'Registrera' }).click();
    const refusal = form.locator('.error[data-code="ALREADY_EXISTS"]');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('Det finns redan en post med det id:t.');
    await screenshot(page, 'registers-admin-refused');
    // … and in English.
    await useLanguage(page, 'en');
    await expect(refusal.textContent()).resolves.toContain('Something with that id already exists.');
    await form.getByRole('button', { name: 'Register' }).click();
    await eventually(() => form.locator('.error[data-code="ALREADY_EXISTS"]').count()).toBe(1);
    await fill(form, { id: 'kultur nämnd' });
    await form.getByRole('button', { name: 'Register' }).click();
    await expect(form.getByTestId('register-stakeholder-problems').textContent()).resolves.toContain('Id (short name) may only contain letters a–z and A–Z, digits, full stop, underscore and hyphen');
    await useLanguage(page, 'sv');
  });

  it('registers an organisation, a body with members, a term and a system; each is listed', async () => {
    const orgs = await open(page, 'admin-organisations');
    const register = orgs.getByTestId('register-stakeholder');
    await fill(register, { id: 'kulturn', name: 'Kulturnämnden', kind: 'committee' });
    await register.getByRole('button', { name: 'Registrera' }).click();
    await register.getByRole('status').filter({ hasText: 'Registrerat: Kulturnämnden.' }).waitFor();
    await eventually(() => page.locator('section[aria-labelledby="orgs-heading"] table').textContent()).toContain('Kulturnämnden');

    const bodies = await open(page, 'admin-bodies');
    const establish = bodies.getByTestId('establish-body');
    // The level decides the parents offered: an object body goes under an administration body.
    await fill(establish, { level: 'portfolio' });
    expect(await establish.locator('[name="parent"]').count()).toBe(0);
    await fill(establish, { id: 'objekt-kultur', name: 'Objektstyrgrupp kulturlokaler', level: 'object', parent: 'forvaltning-lokal', members: 'sara\njohan' });
    await establish.getByRole('button', { name: 'Inrätta' }).click();
    await establish.getByRole('status').filter({ hasText: 'Objektstyrgrupp kulturlokaler' }).waitFor();
    const placed = page.locator('li[data-body="forvaltning-lokal"] li[data-body="objekt-kultur"]');
    await eventually(() => placed.textContent()).toContain('sara, johan');

    const members = bodies.getByTestId('set-body-members');
    await fill(members, { body: 'objekt-kultur' });
    await expect(members.locator('[name="members"]').inputValue()).resolves.toBe('sara\njohan');
    await fill(members, { members: 'sara, erik' });
    await members.getByRole('button', { name: 'Spara ledamöterna' }).click();
    await eventually(() => placed.textContent()).toContain('sara, erik');

    const terms = await open(page, 'admin-terms');
    const define = terms.getByTestId('define-term');
    await fill(define, { id: 'kulturlokal', label: 'Kulturlokal', definition: 'Lokal för kulturverksamhet, t.ex. bibliotek eller teater.' });
    await define.getByRole('button', { name: 'Definiera' }).click();
    await eventually(() => page.locator('tr[data-term="kulturlokal"]').textContent()).toContain('Lokal för kulturverksamhet');

    const systems = await open(page, 'admin-systems');
    const system = systems.getByTestId('register-system');
    await fill(system, { id: 'biljettsystem', name: 'Biljettsystemet', ownerStakeholder: 'kulturn', governingBody: 'objekt-kultur' });
    await system.getByRole('button', { name: 'Registrera' }).click();
    const row = page.locator('section[aria-labelledby="systems-heading"] tr', { hasText: 'Biljettsystemet' });
    await eventually(() => row.textContent()).toContain('Kulturnämnden');
    await expect(row.textContent()).resolves.toContain('Objektstyrgrupp kulturlokaler');
  });

  it('renames, revises, deprecates and retires; the registers show it', async () => {
    const rename = page.getByTestId('rename-stakeholder');
    await fill(rename, { stakeholder: 'kulturn', name: 'Kultur- och fritidsnämnden' });
    await rename.getByRole('button', { name: 'Byt namn' }).click();
    await eventually(() => page.locator('section[aria-labelledby="orgs-heading"] table').textContent()).toContain('Kultur- och fritidsnämnden');

    const revise = page.getByTestId('revise-term');
    await fill(revise, { term: 'kulturlokal' });
    await expect(revise.locator('[name="label"]').inputValue()).resolves.toBe('Kulturlokal');
    await fill(revise, { definition: 'Lokal för kultur: bibliotek, teater, konsthall.' });
    await revise.getByRole('button', { name: 'Spara revideringen' }).click();
    await eventually(() => page.locator('tr[data-term="kulturlokal"]').textContent()).toContain('konsthall');

    const deprecate = page.getByTestId('deprecate-term');
    await fill(deprecate, { term: 'kulturlokal', reason: 'Ingår i begreppet lokal.', replacedBy: 'lokal' });
    await deprecate.getByRole('button', { name: 'Fasa ut' }).click();
    await eventually(() => page.locator('tr[data-term="kulturlokal"]').textContent()).toContain('utfasat');

    const retire = page.getByTestId('retire-system');
    await fill(retire, { system: 'biljettsystem', reason: 'Upphandlas på nytt.' });
    await retire.getByRole('button', { name: 'Avveckla' }).click();
    await eventually(() => page.locator('section[aria-labelledby="systems-heading"] tr', { hasText: 'Biljettsystemet' }).textContent()).toContain('avvecklad');

    for (const panel of ['admin-organisations', 'admin-bodies', 'admin-terms', 'admin-systems']) await open(page, panel);
    await screenshot(page, 'registers-admin');
    expect(await axeInBothLanguages(page)).toEqual([]);
  });
});
