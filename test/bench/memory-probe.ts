/**
 * Where the server's memory goes at a given history size (a script, not a test):
 *   npm run build && node --expose-gc -r ./bin/register-aliases.js dist/test/bench/memory-probe.js [events] [dir]
 * Generates the bench's history once (kept in [dir] for the next run), opens the runtime the way
 * the server does, and prints RSS, heap and the JSON size of every read model's state.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { isVersionedRowsState } from '@samsyn/projections/versioned-rows/versioned-state';
import { openRuntime } from '../../apps/api/src/bootstrap/samsyn-runtime';
import { writeHistoryFile } from './support/open-history';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const DIR = process.argv[3] ?? '/tmp/samsyn-memory-probe';
const mb = (b: number) => `${Math.round(b / 1048576)} MB`;

async function main() {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `history-${EVENTS}.sqlite`);
  if (!existsSync(path)) {
    const h = await writeHistoryFile(DIR, `history-${EVENTS}`, { seed: 20_240_205, events: EVENTS, municipalities: 40 });
    process.stderr.write(`generated ${h.shape.head} events in ${h.seconds.toFixed(1)} s\n`);
  }
  const store = sqliteEventStore({ path });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  // SAMSYN_READ_MODEL_ROWS=proposals: those read models as rows in the projections' file (docs/read-model-storage.md).
  const readModelRows = (process.env.SAMSYN_READ_MODEL_ROWS ?? '').split(',').filter((n) => n !== '');
  const runtime = await openRuntime({ store, clock: { now: () => new Date().toISOString() }, projectionsPath: join(DIR, `projections-${process.pid}.sqlite`), readModelRows });
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  const before = process.memoryUsage();
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  process.stdout.write(`rebuild ${seconds.toFixed(2)} s; peak RSS ${mb(peak)}; RSS ${mb(before.rss)} (after gc ${mb(after.rss)}); heap used ${mb(after.heapUsed)} of ${mb(after.heapTotal)}; external ${mb(after.external)}\n`);
  for (const p of runtime.runner.projections) {
    const state = runtime.runner.state(p.name);
    if (isVersionedRowsState(state)) {
      process.stdout.write(`  ${p.name}: rows in the projections' file (${state.versions.length + state.entries.length} pending)\n`);
      continue;
    }
    process.stdout.write(`  ${p.name}: ${mb(JSON.stringify(state).length)} of JSON\n`);
  }
  await runtime.close();
}
main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
