/**
 * The Merkle workload alone (not a test): `node -r ./bin/register-aliases.js dist/test/bench/merkle-cost.js [events] [appends]`
 * after `npm run build`. Writes a history of `events` (default 100,000) with the bench's generator,
 * then runs test/bench/workloads/merkle.ts and prints its figures as JSON.
 */
import { rmSync } from 'node:fs';
import { benchDir, writeHistoryFile } from './support/open-history';
import { merkleWorkload } from './workloads/merkle';

async function main() {
  const events = Number(process.argv[2] ?? 100_000);
  const appends = Number(process.argv[3] ?? 2_000);
  const dir = benchDir();
  try {
    const h = await writeHistoryFile(dir, `history-${events}`, { seed: 20_240_205, events, municipalities: 40 });
    const results = await merkleWorkload(dir, appends, { path: h.path, head: Number(h.shape.head) });
    process.stdout.write(JSON.stringify({ history: { events: Number(h.shape.head), generationSeconds: Math.round(h.seconds * 10) / 10 }, ...results }, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`merkle bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
