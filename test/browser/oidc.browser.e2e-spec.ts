/// <reference lib="dom" />
// page.evaluate callbacks run in the page: they see the DOM.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import pino from 'pino';
import { configuredVerifier } from '../../apps/api/src/infrastructure/auth/configured-verifier';
import { configFromEnv } from '../../apps/api/src/infrastructure/config/api-config';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider';
import { launchBrowser, screenshot, type Browser } from './support/browser';
import { BROWSER_TEST_SECRET, freePort, startBrowserServer, type BrowserServer } from './support/browser-server';
import { eventually } from './support/eventually';
import { axeInBothLanguages } from './support/pages';

jest.setTimeout(180_000);

/**
 * Issue 11 "Signing in" in a real browser: the web application's OpenID Connect sign-in
 * (authorization code flow with PKCE, oidc-client-ts) against a real provider the test starts
 * (oidc-provider on loopback): the browser is sent to the provider, fills in its login and
 * consent forms, comes back with a code, and the API maps the person's group to a reviewer role.
 */
const GROUP = 'uppsala-utbn-granskare';
const MAPPING = { groups: { [GROUP]: [{ role: 'reviewer', stakeholder: 'utbn' }] } };
const ACCOUNTS = { olivia: { claims: { name: 'Olivia Ström', groups: [GROUP, 'alla-anstallda'] } } };
const PROVIDER_NAME = 'Uppsala kommun (test)';

describe('web application: OpenID Connect sign-in with role mapping', () => {
  let op: TestOidcProvider;
  let server: BrowserServer;
  let browser: Browser;
  let dir: string;
  let app: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-oidc-browser-'));
    fs.writeFileSync(path.join(dir, 'roles.json'), JSON.stringify(MAPPING));
    // The provider must know where it may send the browser back (post-logout exactly, port included).
    const port = await freePort();
    app = `http://127.0.0.1:${port}`;
    op = await startOidcProvider({ accounts: ACCOUNTS, clientId: 'samsyn-web', redirectUris: [`${app}/app/auth/callback`], postLogoutRedirectUris: [`${app}/app/sign-in`] });
    // The demo stays on beside the provider (SAMSYN_JWT_SECRET: its tokens are accepted too).
    const config = configFromEnv({
      SAMSYN_DATA_DIR: dir,
      SAMSYN_OIDC_ISSUER: op.issuer,
      SAMSYN_OIDC_CLIENT_ID: 'samsyn-web',
      SAMSYN_OIDC_NAME: PROVIDER_NAME,
      SAMSYN_ROLE_MAPPING: path.join(dir, 'roles.json'),
      SAMSYN_JWT_SECRET: BROWSER_TEST_SECRET,
    });
    const auth = configuredVerifier(config);
    await auth.start(pino({ level: 'silent' }));
    server = await startBrowserServer({ auth: config.auth, oidcIssuer: config.oidcIssuer, oidcClientId: config.oidcClientId, oidcName: config.oidcName }, { verifier: auth.verifier, port });

    // Anna (the demo's process owner for KSN) proposes a change touching UTBN's and Skolfastigheter's steps.
    const anna = await (await fetch(`${app}/auth/demo-sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: 'anna' }) })).json();
    const submitted = await fetch(`${app}/processes/LF-05/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${anna.token}` },
      body: JSON.stringify({
        id: 'P-OIDC',
        baseRevision: 1,
        rationale: 'Tydligare namn på samrådet och uppsägningen.',
        changes: [
          { op: 'replace', path: '/steps/samrad/name', value: 'Samråda med berörd verksamhet' },
          { op: 'replace', path: '/steps/saga-upp/name', value: 'Säga upp hyresavtalet skriftligt' },
        ],
      }),
    });
    expect(submitted.status).toBe(201);
    const proposal = await (await fetch(`${app}/proposals/P-OIDC`, { headers: { authorization: `Bearer ${anna.token}` } })).json();
    expect(proposal.awaitingReviewFrom).toEqual(expect.arrayContaining(['utbn', 'skolfastigheter']));

    browser = await launchBrowser();
    // The page's clock, so that the token's expiry can be reached without waiting ten minutes.
    await browser.context.clock.install();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await op?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the sign-in page offers the organisation’s provider beside the demo people; axe passes in Swedish and English', async () => {
    const { page } = browser;
    await page.goto(`${app}/app/sign-in`);
    await page.getByRole('button', { name: `Logga in med ${PROVIDER_NAME}` }).waitFor();
    await page.locator('button[data-person="anna"]').waitFor();
    await screenshot(page, 'sign-in-oidc');
    expect(await axeInBothLanguages(page)).toEqual([]);
  });

  it('signs in at the provider itself (login and consent), comes back to My work with the role the mapping gives', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: `Logga in med ${PROVIDER_NAME}` }).click();
    // Really at the provider: its own origin, its own login form.
    await page.waitForURL((url) => url.origin === op.issuer);
    expect(new URL(page.url()).searchParams.get('code_challenge_method') ?? 'S256').toBe('S256');
    await page.locator('input[name="login"]').fill('olivia');
    await page.locator('input[name="password"]').fill('vilket-som-helst');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]', { hasText: 'Continue' }).click(); // the consent page
    await page.waitForURL(new RegExp(`^${app}/app/?$`));
    await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    await expect(page.locator('.who').textContent()).resolves.toContain('Olivia Ström');
    // The group became "reviewer of UTBN": the proposal awaiting UTBN is hers to review, the one awaiting only others is not.
    const toReview = page.getByTestId('to-review');
    await eventually(() => toReview.textContent()).toContain('P-OIDC');
    await expect(toReview.textContent()).resolves.toContain('Utbildningsnämnden');
    await expect(toReview.textContent()).resolves.not.toContain('Skolfastigheter');
    // The navigation counts what the page lists (GET /me/tasks' total).
    const listed = await page.locator('li[data-task]').count();
    await eventually(() => page.locator('nav.main-nav').textContent()).toMatch(new RegExp(`Mitt arbete\\s*${listed}(?!\\d)`));
    await screenshot(page, 'my-work-oidc');

    // The tokens are in sessionStorage only: nothing of the sign-in in localStorage.
    const storage = await page.evaluate(() => ({ local: JSON.stringify(localStorage), session: JSON.parse(sessionStorage.getItem('samsyn.session') ?? 'null'), keys: Object.keys(sessionStorage) }));
    expect(storage.session).toMatchObject({ method: 'oidc', sub: 'olivia', roles: [{ role: 'reviewer', stakeholder: 'utbn' }] });
    expect(storage.keys.some((k) => k.startsWith('samsyn.oidc.user:'))).toBe(true);
    expect(storage.local).not.toContain(storage.session.token);
    expect(storage.local).not.toMatch(/ey[A-Za-z0-9_-]{10,}\.|oidc/);
  });

  it('the mapped role works: she reviews for UTBN through the page; the API refuses her token for Skolfastigheter', async () => {
    const { page } = browser;
    await page.getByTestId('to-review').getByRole('link', { name: /P-OIDC/ }).click();
    await page.waitForURL(/\/app\/proposals\/P-OIDC$/);
    const form = page.getByTestId('review-form');
    await form.waitFor();
    // She is offered UTBN only: no choice of organisation, and Skolfastigheter nowhere in the form.
    await expect(form.textContent()).resolves.toContain('Du granskar för Utbildningsnämnden.');
    expect(await form.locator('select').count()).toBe(0);
    await form.getByLabel('Tillstyrk').check();
    await form.getByLabel(/Kommentar/).fill('Bra för oss.');
    await form.getByRole('button', { name: 'Skicka granskningen' }).click();
    await eventually(() => page.getByTestId('reviews').textContent()).toContain('Bra för oss.');

    const refused = await page.evaluate(async () => {
      const { token } = JSON.parse(sessionStorage.getItem('samsyn.session')!) as { token: string };
      const res = await fetch('/proposals/P-OIDC/reviews', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ stakeholder: 'skolfastigheter', verdict: 'accept', comment: 'inte min' }) });
      return { status: res.status, code: ((await res.json()) as { code: string }).code };
    });
    expect(refused).toEqual({ status: 403, code: 'NOT_ALLOWED' });
  });

  it('when the token runs out the tab is signed out, says why, and keeps no token', async () => {
    const { page } = browser;
    await page.goto(`${app}/app/`);
    await page.getByRole('heading', { level: 1, name: 'Mitt arbete' }).waitFor();
    await browser.context.clock.fastForward('11:00'); // the provider's access tokens live 10 minutes
    await page.getByTestId('sign-out-notice').waitFor();
    await expect(page.getByTestId('sign-out-notice').textContent()).resolves.toContain('gått ut');
    expect(new URL(page.url()).pathname).toBe('/app/sign-in');
    const keys = await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k === 'samsyn.session' || k.startsWith('samsyn.oidc.user:')));
    expect(keys).toEqual([]);
    expect(await axeInBothLanguages(page)).toEqual([]);
  });

  it('signing in again and out again ends the session at the provider as well', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: `Logga in med ${PROVIDER_NAME}` }).click();
    await page.waitForURL((url) => url.origin === op.issuer || url.href.startsWith(`${app}/app/`));
    if (new URL(page.url()).origin === op.issuer) {
      // The provider remembers her for its session's hour: at most a consent again, no password.
      await page.locator('button[type="submit"]').first().click();
    }
    await page.waitForURL(new RegExp(`^${app}/app/?$`));
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.waitForURL((url) => url.origin === op.issuer);
    await page.getByRole('button', { name: /Yes, sign me out/ }).click();
    await page.waitForURL(`${app}/app/sign-in`);
    await page.getByRole('button', { name: `Logga in med ${PROVIDER_NAME}` }).waitFor();
    // The provider forgot her too: signing in asks for the login form again.
    await page.getByRole('button', { name: `Logga in med ${PROVIDER_NAME}` }).click();
    await page.locator('input[name="login"]').waitFor();
  });
});
