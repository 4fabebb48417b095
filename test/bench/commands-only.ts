/**
 * Workload 2 alone, for profiling and side-by-side comparisons:
 *   node -r ./bin/register-aliases.js dist/test/bench/commands-only.js [seconds] [levels, e.g. 1,8,64]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandsWorkload } from './workloads/commands';

async function main() {
  const seconds = Number(process.argv[2] ?? 5);
  const levels = (process.argv[3] ?? '1,8,64').split(',').map(Number);
  const dir = mkdtempSync(join(process.env.SAMSYN_BENCH_DIR ?? tmpdir(), 'samsyn-commands-'));
  const load = loadavg()[0];
  try {
    const out = await commandsWorkload(dir, levels, seconds);
    for (const l of out) console.log(`concurrency ${l.concurrency}: ${l.commandsPerSecond} commands/s (${l.commands} in ${l.seconds} s, ${l.cpuMicrosPerCommand} µs CPU per command)`);
    console.log(`load average ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
