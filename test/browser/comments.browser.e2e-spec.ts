/// <reference lib="dom" />
import { launchBrowser, screenshot } from './support/browser';
import { serverAndBrowser } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs } from './support/pages';

jest.setTimeout(180_000);

/** Issue 14's comments in the web application: threads on a process, its steps and a proposal, with @mentions. */
describe('web application: comments', () => {
  const world = serverAndBrowser(launchBrowser);

  it('the mentioned person finds the mention on My work and follows it to the thread on the step, edited, with its earlier text', async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'david');
    const mentions = page.getByTestId('mentions');
    await eventually(() => mentions.locator('li[data-task]').count()).toBe(1);
    await expect(mentions.textContent()).resolves.toContain('bjorn nämnde dig i en kommentar.');
    await mentions.locator('li[data-task] a').click();
    const thread = page.locator('[data-thread="lf01-sammanstall"]');
    await thread.waitFor();
    await expect(page.locator('[data-comments-on="sammanstall"] h3').textContent()).resolves.toBe('Om steget Sammanställa och förankra lokalförsörjningsplan'); // its name at the head revision
    const first = thread.locator('li[data-comment="1"]');
    await expect(first.textContent()).resolves.toContain('redigerad');
    await first.getByText('Tidigare version').click();
    await expect(first.textContent()).resolves.toContain('@david, ska idrottens lokalbehov in i samma plan?');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await screenshot(page, 'comments-process');
  });

  it('a reviewer starts a thread with an @mention from the autocomplete, edits it, resolves and reopens it', async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'bjorn');
    await page.goto(`${server.baseUrl}/app/processes/LF-01`);
    const form = page.getByTestId('new-thread');
    await form.locator('textarea').fill('Fråga @ce');
    await form.getByRole('button', { name: '@cecilia' }).click();
    await expect(form.locator('textarea').inputValue()).resolves.toBe('Fråga @cecilia ');
    await form.locator('textarea').fill('Gäller syftet även förskolan, @cecilia?');
    await form.getByRole('button', { name: 'Skicka' }).click();
    const onProcess = page.locator('[data-comments-on="process"]');
    await eventually(() => onProcess.textContent()).toContain('Gäller syftet även förskolan, @cecilia?');
    const thread = onProcess.locator('[data-thread]').first();
    await thread.getByRole('button', { name: 'Ändra' }).click();
    await thread.getByTestId('edit-comment').locator('textarea').fill('Gäller syftet även förskoleklassen, @cecilia?');
    await thread.getByRole('button', { name: 'Spara' }).click();
    await eventually(() => thread.textContent()).toContain('redigerad');
    await thread.getByRole('button', { name: 'Markera som löst' }).click();
    await eventually(() => thread.locator('.badge').textContent()).toBe('Löst');
    await expect(thread.getByTestId('reply').count()).resolves.toBe(0);
    await thread.getByRole('button', { name: 'Öppna igen' }).click();
    await eventually(() => thread.locator('.badge').textContent()).toBe('Öppen');
    await thread.getByTestId('reply').locator('textarea').fill('Och fritidshemmen?');
    await thread.getByTestId('reply').getByRole('button', { name: 'Svara' }).click();
    await eventually(() => thread.locator('li[data-comment]').count()).toBe(2);
  });

  it('on a proposal: a thread posted and shown; an auditor reads without forms, in both languages', async () => {
    const { page, server } = world;
    await signInAs(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/app/proposals/P-001`);
    await page.getByTestId('new-thread').locator('textarea').fill('Stämmer 24 timmar med avtalet?');
    await page.getByTestId('new-thread').getByRole('button', { name: 'Skicka' }).click();
    await eventually(() => page.locator('[data-comments-on="proposal"]').textContent()).toContain('Stämmer 24 timmar med avtalet?');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await signInAs(page, server.baseUrl, 'revisor');
    await page.goto(`${server.baseUrl}/app/proposals/P-001`);
    await eventually(() => page.locator('[data-comments-on="proposal"]').textContent()).toContain('Stämmer 24 timmar med avtalet?');
    await expect(page.getByTestId('new-thread').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Markera som löst' }).count()).resolves.toBe(0);
    expect(await axeInBothLanguages(page)).toEqual([]);
  });
});
