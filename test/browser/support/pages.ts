/// <reference lib="dom" />
// page.evaluate callbacks run in the page: they see the DOM.
import type { Page } from 'playwright-core';
import { seriousViolations } from './browser';

/** Signs in on the demo page as a demo person (by id) and waits for the shell. */
export const signInAs = async (page: Page, baseUrl: string, person: string): Promise<void> => {
  await page.goto(`${baseUrl}/app/sign-in`);
  // Whoever was signed in before (a test that failed half-way) is signed out first.
  if (await page.evaluate(() => sessionStorage.getItem('samsyn.session') !== null)) {
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
  }
  await page.locator(`button[data-person="${person}"]`).click();
  await page.locator('nav.main-nav').waitFor(); // pages may have navigation landmarks of their own
  // Signing in returns to the page that asked for it; the tests start from My work.
  if (new URL(page.url()).pathname !== '/app/') await page.goto(`${baseUrl}/app/`);
  await page.locator('h1', { hasText: /Mitt arbete|My work/ }).waitFor();
};

export const signOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /Logga ut|Sign out/ }).click();
  await page.locator('button[data-person]').first().waitFor();
};

/** Switches the language with the header's buttons. */
export const useLanguage = async (page: Page, lang: 'sv' | 'en'): Promise<void> => {
  await page.locator(`.language-switch button[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
};

/** axe on the current page in Swedish and in English; every serious or critical violation, with where. */
export const axeInBothLanguages = async (page: Page): Promise<string[]> => {
  const found: string[] = [];
  for (const lang of ['sv', 'en'] as const) {
    await useLanguage(page, lang);
    for (const v of await seriousViolations(page)) found.push(`${lang} ${new URL(page.url()).pathname}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  await useLanguage(page, 'sv');
  return found;
};
