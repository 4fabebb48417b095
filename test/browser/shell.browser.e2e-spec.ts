/// <reference lib="dom" />
// page.evaluate callbacks run in the page: they see the DOM.
import { launchBrowser, screenshot, type Browser } from './support/browser';
import { startBrowserServer, type BrowserServer } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, signOut, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/** The web application in a real browser: sign-in, the shell, the catalogue, language, time travel. */
describe('web application: sign-in and shell', () => {
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

  it('a browser opening / is sent to the application, which asks who you are', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/app\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    const people = await page.locator('button[data-person]').allTextContents();
    expect(people).toEqual(expect.arrayContaining(['Logga in som Anna Lind', 'Logga in som Björn Ek', 'Logga in som Revisor']));
    await expect(page.locator('li', { has: page.locator('[data-person="bjorn"]') }).textContent()).resolves.toContain('granskare för Kommunstyrelsen');
    await expect(page.locator('li', { has: page.locator('[data-person="sara"]') }).textContent()).resolves.toContain('ledamot i Objektstyrgrupp lokalförsörjning');
    await screenshot(page, 'sign-in');
    expect(await axeInBothLanguages(page)).toEqual([]);
  });

  it('signs in as a demo person; the token is in sessionStorage, never localStorage', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'anna');
    await expect(page.locator('.who').textContent()).resolves.toContain('Anna Lind');
    const storage = await page.evaluate(() => ({ local: JSON.stringify(localStorage), session: JSON.parse(sessionStorage.getItem('samsyn.session') ?? 'null') as { token: string; method: string } }));
    expect(storage.session).toMatchObject({ token: expect.stringMatching(/^ey/), method: 'demo' });
    expect(storage.local).not.toContain(storage.session.token);
    expect(storage.local).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./);
  });

  it('the catalogue shows processes × organisations with words, filters and search', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: /Processkatalog/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Processkatalog' }).waitFor();
    const row = page.locator('tr', { has: page.getByRole('link', { name: /EK-01/ }) });
    await expect(row.locator('td[data-stakeholder="ksn"]').textContent()).resolves.toContain('Harmoniserad');
    await expect(row.locator('td[data-stakeholder="utbn"]').textContent()).resolves.toContain('Efter');
    await expect(row.locator('td[data-stakeholder="skolfastigheter"]').textContent()).resolves.toContain('deltar ej');
    const all = await page.locator('table.matrix tbody tr').count();
    expect(all).toBe(11);
    await page.locator('#filter-search').fill('hyres');
    await eventually(() => page.locator('table.matrix tbody tr').count()).toBeLessThan(all);
    await expect(page.locator('table.matrix tbody').textContent()).resolves.toContain('Hyresdebitering');
    await page.locator('#filter-search').fill('');
    await page.locator('#filter-status').selectOption('deviating');
    await page.locator('#filter-stakeholder').selectOption('uppsalahem');
    await eventually(() => page.locator('table.matrix tbody tr').count()).toBeLessThan(all);
    for (const text of await page.locator('table.matrix tbody td[data-stakeholder="uppsalahem"]').allTextContents()) expect(text).toContain('Avvikande');
    await page.locator('#filter-status').selectOption('');
    await page.locator('#filter-stakeholder').selectOption('');
    await screenshot(page, 'catalogue');
    expect(await axeInBothLanguages(page)).toEqual([]);
  });

  it('switches language: every heading and status is English', async () => {
    const { page } = browser;
    await useLanguage(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Process catalogue' }).waitFor();
    const row = page.locator('tr', { has: page.getByRole('link', { name: /EK-01/ }) });
    await expect(row.locator('td[data-stakeholder="ksn"]').textContent()).resolves.toContain('Harmonized');
    await expect(page.locator('nav').textContent()).resolves.toContain('Process catalogue');
    await useLanguage(page, 'sv');
  });

  it('time travel: before the demo\'s first process every read is empty, and a banner says it is the past', async () => {
    const { page } = browser;
    await page.locator('#as-of-mode').selectOption('position');
    await page.getByLabel('Global position').fill('1');
    await page.getByRole('button', { name: 'Visa historiken' }).click();
    await page.getByTestId('past-banner').waitFor();
    await expect(page.getByTestId('past-banner').textContent()).resolves.toContain('efter händelse nr 1');
    await eventually(() => page.locator('table.matrix tbody tr').count()).toBe(0);
    await expect(page.getByTestId('live-state').textContent()).resolves.toContain('pausad');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await page.getByTestId('past-banner').getByRole('button', { name: 'Tillbaka till nuläget' }).click();
    await eventually(() => page.locator('table.matrix tbody tr').count()).toBe(11);
    await eventually(() => page.getByTestId('past-banner').count()).toBe(0);
  });

  it('live: a change someone else makes appears on the page without a reload', async () => {
    const { page } = browser;
    await eventually(() => page.getByTestId('live-state').textContent()).toContain('Uppdateras direkt');
    const row = page.locator('tr', { has: page.getByRole('link', { name: /EK-01/ }) });
    await expect(row.locator('td[data-stakeholder="uppsalahem"]').textContent()).resolves.toContain('Efter');
    const { token } = (await (await fetch(`${server.baseUrl}/auth/demo-sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: 'eva' }) })).json()) as { token: string };
    const res = await fetch(`${server.baseUrl}/processes/EK-01/adoptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ stakeholder: 'uppsalahem', revision: 2, adoptedOn: '2026-11-30' }),
    });
    expect(res.status).toBe(201);
    await eventually(() => row.locator('td[data-stakeholder="uppsalahem"]').textContent()).toContain('Harmoniserad');
  });

  it('registers: bodies as a tree, the nomenclature with synonyms; a reviewer adds their organisation\'s own name', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'cecilia');
    await page.getByRole('link', { name: 'Register' }).click();
    await expect(page.locator('li[data-body="portfolj-va"] li[data-body="forvaltning-lokal"] li[data-body="objekt-lokal"]').textContent()).resolves.toContain('sara');
    await page.locator('#synonym-term').selectOption('hyresavtal');
    await expect(page.locator('#synonym-org option').allTextContents()).resolves.toEqual(['Utbildningsnämnden']);
    await page.locator('#synonym-label').fill('Skolhyresavtal');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await eventually(() => page.locator('tr[data-term="hyresavtal"]').textContent()).toContain('Utbildningsnämnden: Skolhyresavtal');
    await screenshot(page, 'registers');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await signInAs(page, server.baseUrl, 'anna');
    await page.getByRole('link', { name: /Processkatalog/ }).click();
  });

  it('the skip link is the first thing the keyboard reaches and moves focus to the content', async () => {
    const { page } = browser;
    await page.goto('about:blank');
    await page.goto(`${server.baseUrl}/app/catalogue`);
    await page.locator('table.matrix').waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id || document.activeElement?.closest('main')?.id)).resolves.toBe('main');
  });

  it('My work: decided and escalated own proposals stay until marked seen; the navigation counts what the page lists', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'anna');
    const mine = page.getByTestId('mine');
    await eventually(() => mine.locator('li[data-task]').count()).toBe(4);
    await expect(mine.textContent()).resolves.toContain('ditt förslag har fått sitt beslut');
    await expect(mine.textContent()).resolves.toContain('ditt förslag har eskalerats');
    // A proposal is called by its number and its rationale's first line (GET /me/tasks' `summary`); a UUID is not shown.
    await expect(mine.locator('li[data-task^="own-proposal:P-003:"] a').textContent()).resolves.toMatch(/^P-003 ”Attesten ska använda det gemensamma begreppet hyresgäst\.” om /);
    await eventually(() => page.locator('nav.main-nav').textContent()).toMatch(/Mitt arbete\s*4(?!\d)/);
    await mine.getByRole('button', { name: /Markera de 4 beslutade eller eskalerade förslagen som sedda/ }).click();
    await eventually(() => mine.locator('li[data-task]').count()).toBe(0);
    await eventually(() => page.locator('nav.main-nav').textContent()).toMatch(/Mitt arbete\s*0(?!\d)/);
    // The marker outlives the tab's session (it is a position, kept per person), the token does not.
    await signOut(page);
    await signInAs(page, server.baseUrl, 'anna');
    await eventually(() => page.getByTestId('mine').textContent()).toContain('Inget just nu.');
    await expect(page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('samsyn.seenUpTo.')))).resolves.toEqual(['samsyn.seenUpTo.anna']);
  });

  it('signing out forgets the token', async () => {
    const { page } = browser;
    await signOut(page);
    await expect(page.evaluate(() => sessionStorage.getItem('samsyn.session'))).resolves.toBeNull();
  });
});
