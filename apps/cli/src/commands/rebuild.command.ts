import { allProjections, compareWithRebuild, ProjectionRunner, type AnyProjection } from '@samsyn/projections';
import type { EventStore } from '@samsyn/event-store';
import { globalFlags, type CliContext, type CommandRegistrar } from '../command-context';
import { CliError, progress } from '../cli-io';
import { openProjectionStates, openStore, storeSettings } from '../store-options';

export const registerRebuild: CommandRegistrar = (program, io) => {
  program
    .command('rebuild [projection]')
    .description(`drop read models and replay them from the first event into fresh state (${allProjections().map((p) => p.name).join(', ')})`)
    .option('--snapshot-every <n>', 'keep a time-travel snapshot every n events', '10000')
    .option('--check', 'rebuild aside and compare with the saved live state; change nothing; exit 1 naming each read model that differs')
    .action(async (name: string | undefined, opts: { snapshotEvery: string; check?: boolean }, cmd) => {
      const names = allProjections().map((p) => p.name);
      if (name !== undefined && !names.includes(name)) throw new CliError(`unknown projection "${name}" (${names.join(', ')})`);
      const snapshotEvery = Number(opts.snapshotEvery);
      if (!Number.isInteger(snapshotEvery) || snapshotEvery < 0) throw new CliError(`--snapshot-every: not a non-negative integer: "${opts.snapshotEvery}"`);
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, true);
      const states = openProjectionStates(settings);
      try {
        if (opts.check) {
          const targets = allProjections().filter((p) => name === undefined || p.name === name);
          await check(io, store, states, targets);
          return;
        }
        const head = (await store.headPosition()) ?? 0n;
        const bar = progress(io, 'rebuild', Number(head));
        const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery, persistEvery: 50_000 });
        const started = performance.now();
        // Every target starts from its initial state and the first event, whatever was saved; the
        // result replaces the saved state even when that stood at the same position.
        await runner.rebuild(name, (p) => {
          if (p % 1000n === 0n) bar.update(Number(p));
        });
        bar.update(Number(head));
        bar.stop();
        const seconds = (performance.now() - started) / 1000;
        io.stdout.write(`rebuilt ${name ?? names.join(', ')} up to position ${head} in ${seconds.toFixed(2)} s (${Math.round(Number(head) / Math.max(seconds, 1e-6))} events/s)\n`);
        for (const f of runner.failures()) {
          io.stderr.write(`samsyn: ${f.projection} stopped at event ${f.position} (${f.type} in ${f.streamId}): ${f.error}\n`);
          io.exitCode = 1;
        }
      } finally {
        states.close();
        await store.close();
      }
    });
};

/** `rebuild --check`: one line per read model; exit 1 when any differs from its rebuild. */
const check = async (io: CliContext, store: EventStore, states: Parameters<typeof compareWithRebuild>[1]['stateStore'], targets: AnyProjection[]): Promise<void> => {
  for (const p of targets) {
    const r = await compareWithRebuild(p, { store, stateStore: states });
    if (r.equal) io.stdout.write(`${r.projection}: equal to its rebuild at position ${r.position}\n`);
    else {
      io.stdout.write(`${r.projection}: DIFFERS from its rebuild${r.position === null ? '' : ` at position ${r.position}`}, first at ${r.firstDifference}\n`);
      io.exitCode = 1;
    }
  }
};
