/**
 * `npm run bench` (full: a one-million-event history) and `npm run bench -- --quick` (a smoke run).
 * Every workload runs next to its baseline in the same run; figures go to test/bench/results/ as
 * JSON and a Markdown table, and the table is printed. Timings are reported, never asserted.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchDir, writeHistoryFile } from './support/open-history';
import { appendWorkload } from './workloads/append';
import { commandsWorkload } from './workloads/commands';
import { rebuildWorkload } from './workloads/rebuild';
import { runServer, type ServerRun } from './workloads/server';
import { markdown } from './support/report';
import { merkleWorkload } from './workloads/merkle';

const quick = process.argv.includes('--quick');
const SEED = 20_240_205;
const SCALE = quick
  ? { appends: 300, commandSeconds: 1, sizes: [2_000, 10_000, 20_000], municipalities: 10, samples: 20, budgetMs: 2_000, httpSeconds: 1, reviewProposals: 150 }
  : { appends: 3_000, commandSeconds: 5, sizes: [10_000, 100_000, 1_000_000], municipalities: 40, samples: 100, budgetMs: 15_000, httpSeconds: 5, reviewProposals: 2_000 };

const round2 = (x: number) => Math.round(x * 100) / 100;
const log = (s: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${s}\n`);
const started = performance.now();

async function main() {
  const loadAtStart = loadavg()[0];
  const dir = benchDir();
  try {
    log(`workload 1: ${SCALE.appends} appends, port vs raw better-sqlite3 vs Emmett`);
    const append = await appendWorkload(dir, SCALE.appends);
    log(`workload 2: commands at concurrency 1, 8, 64 for ${SCALE.commandSeconds}s each`);
    const commands = await commandsWorkload(dir, [1, 8, 64], SCALE.commandSeconds);

    const histories = [];
    for (const events of SCALE.sizes) {
      log(`history of ${events} events (seed ${SEED})`);
      const h = await writeHistoryFile(dir, `history-${events}`, { seed: SEED, events, municipalities: SCALE.municipalities });
      histories.push({ events, ...h });
    }
    const largest = histories[histories.length - 1];
    log(`workload 3: rebuild from ${largest.shape.head} events vs read + JSON.parse`);
    const rebuild = await rebuildWorkload(largest.path, Number(largest.shape.head));
    log(`Merkle tree: ${SCALE.appends} durable appends with and without it; consistency 1 → ${largest.shape.head}`);
    const merkle = await merkleWorkload(dir, SCALE.appends, { path: largest.path, head: Number(largest.shape.head) });

    const servers: ServerRun[] = [];
    for (const h of histories) {
      const serveHttp = h === largest;
      log(`workloads 4-6: server on ${h.shape.head} events${serveHttp ? ', then HTTP under autocannon' : ''}`);
      servers.push(
        await runServer(
          {
            eventsPath: h.path,
            dir,
            label: String(h.events),
            seed: SEED,
            samples: SCALE.samples,
            budgetMs: SCALE.budgetMs,
            stakeholder: h.shape.stakeholders[0],
            processes: h.shape.processes,
            httpReviewProposals: serveHttp ? SCALE.reviewProposals : 0,
          },
          serveHttp ? { connections: 10, seconds: SCALE.httpSeconds } : null,
        ),
      );
    }

    const results = {
      mode: quick ? 'quick' : 'full',
      date: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, loadAverage: { atStart: round2(loadAtStart), atEnd: round2(loadavg()[0]) } },
      seed: SEED,
      histories: histories.map((h) => ({ events: Number(h.shape.head), proposals: h.shape.proposals, municipalities: SCALE.municipalities, stakeholders: h.shape.stakeholders.length, processes: h.shape.processes.length, generationSeconds: Math.round(h.seconds * 10) / 10, headHash: h.shape.headHash })),
      append,
      commands,
      rebuild,
      merkle,
      servers,
      totalSeconds: Math.round((performance.now() - started) / 1000),
    };
    const out = join(__dirname, '..', '..', '..', 'test', 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const name = quick ? 'latest-quick' : 'latest';
    const json = JSON.stringify(results, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2);
    const md = markdown(results);
    writeFileSync(join(out, `${name}.json`), json + '\n');
    writeFileSync(join(out, `${name}.md`), md);
    process.stdout.write('\n' + md + `\nwritten to test/bench/results/${name}.{json,md}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 1;
});
