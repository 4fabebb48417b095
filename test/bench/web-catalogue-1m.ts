/// <reference lib="dom" />
/**
 * The web application on the bench's one-million-event history (a script, not a test; issue 11:
 * "the time until the catalogue of the 1M-event bench history is usable in the browser").
 *
 *   npm run build && node --max-semi-space-size=32 --heap-growing-percent=50 \
 *     -r ./bin/register-aliases.js dist/test/bench/web-catalogue-1m.js [events] [runs]
 *
 * Writes the history `npm run bench` measures (test/bench/support/history.ts, same seed and 40
 * municipalities: 440 processes, 200 organisations) into the temp directory once and reuses it,
 * builds the read models, serves the real API with the built web application, and then:
 * - the bundle: every file vite wrote, raw and gzipped (level 9);
 * - the server: GET /catalogue's time and bytes (the first answer, then the read cache's), and the
 *   bytes on the wire as the server sends them with Accept-Encoding identity, gzip and br;
 * - the browser (Debian's Chromium, headless, a new context per run: no cache, no storage, signed
 *   in through sessionStorage as the page keeps it): from navigation to /app/catalogue until the
 *   whole matrix (a status cell per process and organisation) is in the DOM, then until the frame
 *   that shows it is drawn and a task can run again (usable: seen and answering input); the
 *   catalogue request's own timing; main-thread long tasks until then; and one keystroke into
 *   the search until the frame with the filtered matrix. Timings are reported, never asserted.
 *   Chromium and the server share the machine: run it on a quiet one.
 */
import { get } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pino from 'pino';
import { chromium, type Browser } from 'playwright-core';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { openRuntime } from '../../apps/api/src/bootstrap/samsyn-runtime';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { hs256Verifier, signHs256Token } from '../../apps/api/src/infrastructure/auth/token-verifier';
import { configFromEnv } from '../../apps/api/src/infrastructure/config/api-config';
import { createMetrics } from '../../apps/api/src/infrastructure/metrics/metrics';
import { writeHistoryFile } from './support/open-history';
import { summarize } from './support/stats';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 5);
const SEED = 20_240_205; // run.ts's
const MUNICIPALITIES = 40;
const SECRET = 'web-bench-secret-web-bench-secret-web-bench';
const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'dist', 'apps', 'web');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const log = (s: string) => process.stderr.write(`[web-bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${s}\n`);
const started = performance.now();
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

const bundle = () => {
  const files = readdirSync(join(WEB, 'assets')).map((f) => {
    const bytes = readFileSync(join(WEB, 'assets', f));
    return { file: f, kb: kb(bytes.length), gzipKb: kb(gzipSync(bytes, { level: 9 }).length) };
  });
  const index = readFileSync(join(WEB, 'index.html'), 'utf8');
  const initial = files.filter((f) => index.includes(f.file));
  const sum = (list: typeof files, key: 'kb' | 'gzipKb') => Math.round(list.reduce((s, f) => s + f[key], 0) * 10) / 10;
  return { files, initial: { files: initial.map((f) => f.file), kb: sum(initial, 'kb'), gzipKb: sum(initial, 'gzipKb') }, all: { kb: sum(files, 'kb'), gzipKb: sum(files, 'gzipKb') } };
};

/** What the server sends for one GET with this Accept-Encoding: the bytes on the wire, not decoded. */
const wireBytes = (url: string, token: string, encoding: string): Promise<{ encoding: string; bytes: number }> =>
  new Promise((resolve, reject) => {
    get(url, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding }, agent: false }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ encoding: String(res.headers['content-encoding'] ?? 'identity'), bytes }));
    }).on('error', reject);
  });

const history = async (): Promise<{ path: string; dir: string }> => {
  const dir = join(tmpdir(), 'samsyn-web-bench');
  mkdirSync(dir, { recursive: true });
  const name = `history-${EVENTS}-${SEED}`;
  const path = join(dir, `${name}.sqlite`);
  if (existsSync(path) && statSync(path).size > 0) {
    log(`reusing ${path}`);
  } else {
    log(`writing a history of ${EVENTS} events (seed ${SEED}, ${MUNICIPALITIES} municipalities)`);
    const h = await writeHistoryFile(dir, name, { seed: SEED, events: EVENTS, municipalities: MUNICIPALITIES });
    log(`written in ${h.seconds.toFixed(1)} s: ${h.shape.head} events, ${h.shape.processes.length} processes, ${h.shape.stakeholders.length} organisations`);
  }
  return { path, dir };
};

interface PageRun {
  inDomMs: number;
  usableMs: number;
  rows: number;
  cells: number;
  catalogueRequest: { startMs: number; durationMs: number; transferKb: number; bodyKb: number };
  longTasks: { count: number; totalMs: number; longestMs: number };
  searchMs: number;
}

/** One page load: navigation → every row of the matrix in the page, then a search typed into the filter. */
const loadCatalogue = async (browser: Browser, base: string, session: string, expectedCells: number): Promise<PageRun> => {
  // A new context: no cached assets, no storage — a first visit.
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'sv-SE' });
  await ctx.addInitScript((s) => {
    sessionStorage.setItem('samsyn.session', s);
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  }, session);
  const page = await ctx.newPage();
  page.setDefaultTimeout(300_000);
  await page.goto(`${base}/app/catalogue`, { waitUntil: 'commit' });
  // The whole matrix in the DOM: a row per process and a cell per organisation in each (the
  // columns come with the organisations' read, which may land after the catalogue's).
  const inDomMs = (await (
    await page.waitForFunction((n) => (document.querySelectorAll('table.matrix tbody td[data-stakeholder]').length >= n ? performance.now() : false), expectedCells, { polling: 'raf' })
  ).jsonValue()) as number;
  // In the DOM is not yet on the screen, nor ready for input: the next frame's style, layout and
  // paint of every cell come first, and whatever the page still has to do. A task queued after
  // that frame runs when the matrix is seen and the page can answer a keystroke.
  const usableMs = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now();
  });
  const cells = await page.evaluate(() => document.querySelectorAll('table.matrix tbody td[data-stakeholder]').length);
  const rows = await page.locator('table.matrix tbody tr').count();
  const catalogueRequest = await page.evaluate(() => {
    const e = performance.getEntriesByType('resource').find((r) => /\/catalogue(\?|$)/.test(r.name)) as PerformanceResourceTiming | undefined;
    return e ? { startMs: e.startTime, durationMs: e.duration, transferKb: e.transferSize / 1024, bodyKb: e.decodedBodySize / 1024 } : { startMs: -1, durationMs: -1, transferKb: -1, bodyKb: -1 };
  });
  // Main-thread tasks over 50 ms until the matrix was usable (what kept the page from answering).
  // WEB_BENCH_TIMELINE=1: each load's long tasks, to see where the time goes (render, then style/layout/paint).
  if (process.env.WEB_BENCH_TIMELINE) process.stderr.write(`long tasks [start, ms]: ${JSON.stringify(await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks.map(([a, b]) => [Math.round(a), Math.round(b)])))}; in DOM ${Math.round(inDomMs)}, on screen ${Math.round(usableMs)}\n`);
  const tasks = (await page.evaluate(() => (window as unknown as { __longTasks: [number, number][] }).__longTasks)).filter(([start]) => start < usableMs).map(([, d]) => d);
  // "Usable": typing into the search filters the matrix.
  const searchMs = (await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('#filter-search')!;
    const before = document.querySelectorAll('table.matrix tbody tr').length;
    const t = performance.now();
    // What one keystroke costs: the input event, the filtered render, and the frame that shows it.
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, 'M3-P1');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (document.querySelectorAll('table.matrix tbody tr').length === before) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t;
  })) as number;
  await ctx.close();
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    inDomMs: r(inDomMs),
    usableMs: r(usableMs),
    rows,
    cells,
    catalogueRequest: { startMs: r(catalogueRequest.startMs), durationMs: r(catalogueRequest.durationMs), transferKb: r(catalogueRequest.transferKb), bodyKb: r(catalogueRequest.bodyKb) },
    longTasks: { count: tasks.length, totalMs: r(tasks.reduce((s, x) => s + x, 0)), longestMs: r(Math.max(0, ...tasks)) },
    searchMs: r(searchMs),
  };
};

async function main() {
  if (!existsSync(join(WEB, 'index.html'))) throw new Error('the web application is not built: npm run build');
  const sizes = bundle();
  const { path, dir } = await history();
  const store = sqliteEventStore({ path });
  let t = performance.now();
  const runtime = await openRuntime({ store, clock: { now: () => new Date().toISOString() }, projectionsPath: join(dir, `projections-${EVENTS}.sqlite`) });
  const rebuildSeconds = (performance.now() - t) / 1000;
  log(`read models ready in ${rebuildSeconds.toFixed(1)} s`);
  const config = { ...configFromEnv({ SAMSYN_DATA_DIR: dir, SAMSYN_DEMO: '0' }), webAppDir: WEB, overdueSweepIntervalMs: 0 };
  const app = await createApiApp({ config, application: runtime.application, queries: runtime.queries, store, progress: { position: () => runtime.runner.position() }, verifier: hs256Verifier(SECRET), clock: { now: () => new Date().toISOString() }, logger: pino({ level: 'silent' }), metrics: createMetrics(async () => 0) });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const token = await signHs256Token({ sub: 'm0-reader', name: 'Läsare', roles: [{ role: 'reviewer', stakeholder: 'm0-ksn' }] }, SECRET, '1h');
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number };
  const session = JSON.stringify({ token, sub: 'm0-reader', name: 'Läsare', roles: [{ role: 'reviewer', stakeholder: 'm0-ksn' }], exp: payload.exp, method: 'demo' });

  // The server's side: the first answer builds the body, the next ones come from the read cache.
  const server: { ms: number; bytes: number }[] = [];
  for (let i = 0; i < 10; i++) {
    t = performance.now();
    const res = await fetch(`${base}/catalogue`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    server.push({ ms: performance.now() - t, bytes: body.length });
    if (i === 0) log(`GET /catalogue: ${res.status}, ${body.length} bytes (${kb(gzipSync(body).length)} KB gzipped), ${(JSON.parse(body.toString()) as unknown[]).length} processes`);
  }
  const first = await (await fetch(`${base}/catalogue`, { headers: { authorization: `Bearer ${token}` } })).text();
  const processes = (JSON.parse(first) as unknown[]).length;
  const organisations = ((await (await fetch(`${base}/stakeholders`, { headers: { authorization: `Bearer ${token}` } })).json()) as unknown[]).length;

  const wire = { identity: await wireBytes(`${base}/catalogue`, token, 'identity'), gzip: await wireBytes(`${base}/catalogue`, token, 'gzip'), br: await wireBytes(`${base}/catalogue`, token, 'br') };
  log(`GET /catalogue on the wire: ${JSON.stringify(wire)}`);

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const cold: PageRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    cold.push(await loadCatalogue(browser, base, session, processes * organisations));
    log(`cold load ${i + 1}: matrix in the DOM after ${cold[i].inDomMs} ms, on screen after ${cold[i].usableMs} ms (${cold[i].rows} rows, ${cold[i].cells} status cells), search ${cold[i].searchMs} ms`);
  }
  await browser.close();
  await app.close();
  await runtime.close();

  const s = (f: (r: PageRun) => number) => summarize(cold.map(f));
  const result = {
    events: EVENTS,
    processes,
    organisations,
    cells: processes * organisations,
    readModelsReadySeconds: Math.round(rebuildSeconds * 10) / 10,
    bundle: sizes,
    server: { firstMs: Math.round(server[0].ms * 10) / 10, cached: summarize(server.slice(1).map((x) => x.ms)), bytes: server[0].bytes, kb: kb(server[0].bytes), gzipKb: kb(gzipSync(Buffer.from(first)).length), wire },
    machine: { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) },
    browser: { runs: cold, inDomMs: s((r) => r.inDomMs), usableMs: s((r) => r.usableMs), catalogueRequestMs: s((r) => r.catalogueRequest.durationMs), longTaskTotalMs: s((r) => r.longTasks.totalMs), longestTaskMs: s((r) => r.longTasks.longestMs), searchMs: s((r) => r.searchMs) },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
