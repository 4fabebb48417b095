/// <reference lib="dom" />
import { verifyWebhookSignature } from '../../apps/api/src/modules/webhooks/delivery/webhook-signature';
import { DEFAULT_WEBHOOK_SETTINGS } from '../../apps/api/src/modules/webhooks/webhook-settings';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { launchBrowser, screenshot, type Browser } from './support/browser';
import { startBrowserServer, type BrowserServer } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages, signInAs, useLanguage } from './support/pages';

jest.setTimeout(180_000);

/** Issue 14's webhooks in the web application: an admin's screen, with a real receiver on loopback. */
describe('web application: webhooks', () => {
  let server: BrowserServer;
  let browser: Browser;
  let receiver: WebhookReceiver;
  let moved: WebhookReceiver;

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    moved = await startWebhookReceiver();
    server = await startBrowserServer({
      webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, allowPrivateAddresses: true, timeoutMs: 2000, retryInitialMs: 50, retryMaxMs: 200, pauseAfterFailures: 3 },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await receiver?.close();
    await moved?.close();
  });

  let firstSecret = '';
  const signedWith = (secret: string, r: { headers: Record<string, unknown>; body: string }) => {
    const h = r.headers as Record<string, string>;
    return verifyWebhookSignature(secret, { deliveryId: h['samsyn-delivery-id'], timestamp: h['samsyn-timestamp'], signature: h['samsyn-signature'] }, r.body, Math.floor(Date.now() / 1000));
  };

  const addSynonym = async (label: string) => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Register' }).click();
    await page.locator('#synonym-term').selectOption('hyresavtal');
    await page.locator('#synonym-org').selectOption('ksn');
    await page.locator('#synonym-label').fill(label);
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await eventually(() => page.locator('tr[data-term="hyresavtal"]').textContent()).toContain(label);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
  };

  it('is an admin screen: others have no link to it, and the API refuses them', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'anna');
    await expect(page.locator('nav.main-nav').textContent()).resolves.not.toContain('Webhooks');
    await page.goto(`${server.baseUrl}/app/webhooks`);
    await expect(page.locator('[role="alert"]').first().getAttribute('data-code')).resolves.toBe('FORBIDDEN');
  });

  it('lists the demo subscription, paused and why; registers one and shows its secret once', async () => {
    const { page } = browser;
    await signInAs(page, server.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Webhooks' }).click();
    const demo = page.locator('tr[data-webhook="e-arkivet"]');
    await expect(demo.textContent()).resolves.toContain('Pausad');
    await expect(demo.textContent()).resolves.toContain('Ingen mottagare i demon');
    expect(await axeInBothLanguages(page)).toEqual([]);

    await page.getByRole('button', { name: 'Registrera' }).click();
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('Ange mottagarens adress.');
    await page.locator('#webhook-id').fill('bi-portalen');
    await page.locator('#webhook-url').fill(receiver.url);
    await page.locator('#webhook-eventTypes').fill('LocalSynonymMapped');
    await page.locator('#webhook-description').fill('BI-portalen');
    await page.getByRole('button', { name: 'Registrera' }).click();
    await expect(page.getByTestId('webhook-secret').textContent()).resolves.toMatch(/whsec_[A-Za-z0-9_-]{43}/);
    firstSecret = /whsec_[A-Za-z0-9_-]{43}/.exec((await page.getByTestId('webhook-secret').textContent()) ?? '')![0];
    await eventually(() => page.locator('tr[data-webhook="bi-portalen"]').textContent()).toContain('Aktiv');
  });

  it('a delivery shows in the log; a receiver that keeps failing pauses it, and resuming delivers in order', async () => {
    const { page } = browser;
    await addSynonym('Lokalavtal');
    await eventually(() => receiver.accepted().length).toBe(1);
    const row = page.locator('tr[data-webhook="bi-portalen"]');
    await eventually(() => row.textContent()).toContain('Senast levererad');
    await page.getByRole('button', { name: 'Leveranslogg för bi-portalen' }).click();
    await eventually(() => page.getByTestId('webhook-deliveries').textContent()).toContain('Levererad');

    receiver.failNext(1000);
    await addSynonym('Hyreskontrakt');
    await eventually(() => row.textContent(), 20_000).toContain('Pausad efter 3 misslyckade försök: HTTP 503');
    await useLanguage(page, 'en');
    await eventually(() => row.textContent()).toContain('Paused after 3 failed attempts');
    await useLanguage(page, 'sv');
    await screenshot(page, 'webhooks');

    receiver.failNext(0);
    await page.getByRole('button', { name: 'Återuppta bi-portalen' }).click();
    await eventually(() => receiver.accepted().length).toBe(2);
    expect(receiver.accepted().map((r) => JSON.parse(r.body).event.data.label)).toEqual(['Lokalavtal', 'Hyreskontrakt']);
    await eventually(() => row.textContent()).toContain('Aktiv');
    expect(await axeInBothLanguages(page)).toEqual([]);
  });

  it("changes the URL and filter (a missing URL and an unknown event type are said in words), and the next delivery goes to the new receiver", async () => {
    const { page } = browser;
    const row = page.locator('tr[data-webhook="bi-portalen"]');
    await page.getByRole('button', { name: 'Ändra bi-portalen' }).click();
    const edit = page.getByTestId('edit-webhook');
    await expect(page.locator('#edit-webhook-url').inputValue()).resolves.toBe(receiver.url);
    await expect(page.locator('#edit-webhook-eventTypes').inputValue()).resolves.toBe('LocalSynonymMapped');
    await page.locator('#edit-webhook-url').fill('');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(edit.locator('[role="alert"]').textContent()).resolves.toContain('Ange mottagarens adress.');
    await page.locator('#edit-webhook-url').fill(moved.url);
    await page.locator('#edit-webhook-eventTypes').fill('LocalSynonymMapped, NoSuchEvent');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await eventually(() => edit.locator('[role="alert"]').getAttribute('data-code')).toBe('INVALID_INPUT');
    await expect(edit.locator('[role="alert"]').textContent()).resolves.toContain('Något gick fel');
    await expect(row.textContent()).resolves.toContain(receiver.url); // refused: nothing changed
    expect(await axeInBothLanguages(page)).toEqual([]);

    await page.locator('#edit-webhook-eventTypes').fill('LocalSynonymMapped');
    await page.locator('#edit-webhook-streamPrefixes').fill('term-');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await eventually(() => edit.locator('[role="status"]').textContent()).toContain('Ändringarna för bi-portalen är sparade.');
    await eventually(() => row.textContent()).toContain(moved.url);
    await expect(row.textContent()).resolves.toContain('LocalSynonymMapped, term-…');
    await page.getByRole('button', { name: 'Stäng' }).click();
    await expect(edit.count()).resolves.toBe(0);

    await addSynonym('Nyttjanderättsavtal');
    await eventually(() => moved.accepted().length).toBe(1);
    expect(JSON.parse(moved.accepted()[0].body).event.data.label).toBe('Nyttjanderättsavtal');
    expect(receiver.accepted()).toHaveLength(2);
    expect(signedWith(firstSecret, moved.accepted()[0])).toBe(true);
  });

  it('rotates the secret after asking, shows the new one once, and signs the next delivery with it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Ny hemlighet för bi-portalen' }).click();
    const confirm = page.getByTestId('confirm-rotate');
    await expect(confirm.textContent()).resolves.toContain('glömmer den gamla');
    expect(await axeInBothLanguages(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(confirm.count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Ny hemlighet för bi-portalen' }).click();
    await page.getByRole('button', { name: 'Ja, skapa en ny hemlighet för bi-portalen' }).click();
    const shown = page.getByTestId('webhook-new-secret');
    await eventually(() => shown.textContent()).toMatch(/whsec_[A-Za-z0-9_-]{43}/);
    const secret = /whsec_[A-Za-z0-9_-]{43}/.exec((await shown.textContent()) ?? '')![0];
    expect(secret).not.toBe(firstSecret);
    await page.getByRole('button', { name: 'Stäng' }).click();
    await expect(shown.count()).resolves.toBe(0); // once: closed, it is gone

    await addSynonym('Arrendeavtal');
    await eventually(() => moved.accepted().length).toBe(2);
    expect(signedWith(secret, moved.accepted()[1])).toBe(true);
    expect(signedWith(firstSecret, moved.accepted()[1])).toBe(false);
  });

  it('removes a subscription only when confirmed: it stays listed as removed, with its log and no other action', async () => {
    const { page } = browser;
    const row = page.locator('tr[data-webhook="bi-portalen"]');
    await page.getByRole('button', { name: 'Ta bort bi-portalen' }).click();
    await expect(page.getByTestId('confirm-remove').textContent()).resolves.toContain('Det går inte att ångra.');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(row.textContent()).resolves.toContain('Aktiv');

    await page.getByRole('button', { name: 'Ta bort bi-portalen' }).click();
    await useLanguage(page, 'en');
    await expect(page.getByTestId('confirm-remove').textContent()).resolves.toContain('This cannot be undone.');
    await useLanguage(page, 'sv');
    await page.getByRole('button', { name: 'Ja, ta bort bi-portalen' }).click();
    await eventually(() => page.getByTestId('confirm-remove').locator('[role="status"]').textContent()).toContain('bi-portalen är borttagen.');
    await eventually(() => row.textContent()).toContain('Borttagen');
    await expect(row.getByRole('button').allTextContents()).resolves.toEqual(['Leveranslogg för bi-portalen']);
    expect(await axeInBothLanguages(page)).toEqual([]);
    await screenshot(page, 'webhooks-removed');
    await page.getByRole('button', { name: 'Leveranslogg för bi-portalen' }).click();
    await eventually(() => page.getByTestId('webhook-deliveries').textContent()).toContain('Levererad');
  });
});
