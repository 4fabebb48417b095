/**
 * Workloads 4-6 alone, on a history file kept from an earlier run (a script, not a test):
 *   npm run build && node -r ./bin/register-aliases.js dist/test/bench/server-probe.js <history.sqlite> [events] [--http]
 * The history must be the bench's (test/bench/support/history.ts, 40 municipalities); memory-probe
 * writes one. Prints the server child's measurements and peak RSS as JSON.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stakeholdersOf } from './support/history';
import { runServer } from './workloads/server';

async function main() {
  const [original, events = '1000000'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const http = process.argv.includes('--http');
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-server-probe-'));
  const processes = Array.from({ length: 440 }, (_, i) => `M${Math.floor(i / 11)}-P${i % 11}`);
  // The server writes proposals for the HTTP run: work on a copy, so the history can be reused.
  const eventsPath = join(dir, 'history.sqlite');
  copyFileSync(original, eventsPath);
  try {
    const run = await runServer(
      { eventsPath, dir, label: events, seed: 20_240_205, samples: 100, budgetMs: 15_000, stakeholder: stakeholdersOf(0)[0], processes, httpReviewProposals: http ? 2_000 : 0 },
      http ? { connections: 10, seconds: 5 } : null,
    );
    process.stdout.write(JSON.stringify(run, null, 1) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
