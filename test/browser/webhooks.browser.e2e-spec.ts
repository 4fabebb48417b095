/// <reference lib="dom" />
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

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    server = await startBrowserServer({
      webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, allowPrivateAddresses: true, timeoutMs: 2000, retryInitialMs: 50, retryMaxMs: 200, pauseAfterFailures: 3 },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await receiver?.close();
  });

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
});
