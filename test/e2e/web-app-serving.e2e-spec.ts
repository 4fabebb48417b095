import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startE2eApp, type E2eApp } from './support/e2e-app';

const APP_MARKER = '<div id="root"></div>';

/** Every route the API registered, from Express's router (so a new route is covered without editing this test). */
const apiRoutes = (e2e: E2eApp): { method: string; path: string }[] => {
  const express = e2e.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  const routes = express.router.stack.filter((l) => l.route).flatMap((l) => Object.keys(l.route!.methods).filter((m) => m !== '_all').map((m) => ({ method: m.toUpperCase(), path: l.route!.path })));
  return routes.map((r) => ({ ...r, path: r.path.replace(/:[A-Za-z]+/g, 'EK-01').replace(/\{[^}]*\}/g, '') || '/' }));
};

const fakeBuild = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-web-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><body>${APP_MARKER}<script type="module" src="/app/assets/index-abc.js"></script></body></html>`);
  fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log("app")');
  return dir;
};

jest.setTimeout(60_000);

describe('the web application is served under /app/ and never shadows the API', () => {
  let e2e: E2eApp;
  let dist: string;
  let bearer: string;

  beforeAll(async () => {
    dist = fakeBuild();
    e2e = await startE2eApp({ webAppDir: dist });
    bearer = await e2e.bearer('admin', [{ role: 'admin' }, { role: 'auditor' }]);
  });
  afterAll(async () => {
    await e2e.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('a browser asking for / is redirected to /app/; an API client asking for / still gets JSON', async () => {
    const browser = await e2e.http().get('/').set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(browser.status).toBe(302);
    expect(browser.headers.location).toBe('/app/');
    const client = await e2e.http().get('/').set('Accept', 'application/json');
    expect(client.headers['content-type']).toMatch(/application\/json/);
    expect(client.body.code).toBe('NOT_FOUND');
  });

  it('pages under /app/ get index.html (history fallback), assets are files with long caching', async () => {
    const bare = await e2e.http().get('/app').set('Accept', 'text/html');
    expect([bare.status, bare.headers.location]).toEqual([301, '/app/']);
    for (const page of ['/app/', '/app/catalogue', '/app/processes/EK-01', '/app/proposals/P-001']) {
      const res = await e2e.http().get(page).set('Accept', 'text/html');
      expect([page, res.status, res.headers['content-type']]).toEqual([page, 200, expect.stringMatching(/text\/html/)]);
      expect(res.text).toContain(APP_MARKER);
    }
    const asset = await e2e.http().get('/app/assets/index-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    expect((await e2e.http().get('/app/assets/missing.js')).status).toBe(404);
  });

  it('every API route answers JSON (or its own type) to API clients, with or without a token, and never the app', async () => {
    const routes = apiRoutes(e2e);
    expect(routes.length).toBeGreaterThan(30);
    expect(routes).toEqual(expect.arrayContaining([{ method: 'GET', path: '/catalogue' }, { method: 'GET', path: '/auth/config' }]));
    // The OpenAPI UI (/docs…: its page and scripts), Prometheus text and BPMN answer their own types; all the rest JSON.
    const ownTypes: Record<string, RegExp> = { '/metrics': /text\/plain/, '/processes/EK-01/bpmn': /bpmn|json/ };
    const ownType = (p: string): RegExp | undefined => (p.startsWith('/docs') ? /./ : ownTypes[p]);
    for (const r of routes) {
      if (r.path === '/events/live') continue; // an endless stream: checked below
      for (const accept of ['application/json', 'text/html', '*/*']) {
        for (const auth of [undefined, bearer]) {
          let req = r.method === 'GET' ? e2e.http().get(r.path) : r.method === 'POST' ? e2e.http().post(r.path) : r.method === 'PUT' ? e2e.http().put(r.path) : r.method === 'PATCH' ? e2e.http().patch(r.path) : e2e.http().delete(r.path);
          req = req.set('Accept', accept);
          if (auth) req = req.set('Authorization', auth);
          // Writes get an empty JSON body: refused as invalid, nothing is written.
          const res = r.method === 'GET' ? await req : await req.set('Content-Type', 'application/json').send('{}');
          const type = String(res.headers['content-type'] ?? '');
          const label = `${r.method} ${r.path} Accept: ${accept}${auth ? ' (token)' : ''} → ${res.status} ${type}`;
          expect([label, res.text?.includes(APP_MARKER) ?? false]).toEqual([label, false]);
          expect([label, res.status < 500]).toEqual([label, true]);
          const own = ownType(r.path);
          expect([label, own && res.status < 400 ? own.test(type) : /application\/(problem\+)?json/.test(type)]).toEqual([label, true]);
        }
      }
    }
  });

  it('the live stream refuses a browser without a token with JSON, not the app', async () => {
    const res = await e2e.http().get('/events/live').set('Accept', 'text/html');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/json/);
  });

  it('without a build the API still runs and /app/ says why in JSON', async () => {
    const bare = await startE2eApp({ webAppDir: path.join(dist, 'nowhere') });
    try {
      const res = await bare.http().get('/app/catalogue').set('Accept', 'text/html');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('WEB_APP_NOT_BUILT');
      expect((await bare.http().get('/health')).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
