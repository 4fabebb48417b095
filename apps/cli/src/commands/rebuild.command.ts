import { allProjections, ProjectionRunner } from '@samsyn/projections';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { CliError, progress } from '../cli-io';
import { openProjectionStates, openStore, storeSettings } from '../store-options';

export const registerRebuild: CommandRegistrar = (program, io) => {
  program
    .command('rebuild [projection]')
    .description(`drop read models and replay them from the events (${allProjections().map((p) => p.name).join(', ')})`)
    .option('--snapshot-every <n>', 'keep a time-travel snapshot every n events', '10000')
    .action(async (name: string | undefined, opts: { snapshotEvery: string }, cmd) => {
      const names = allProjections().map((p) => p.name);
      if (name !== undefined && !names.includes(name)) throw new CliError(`unknown projection "${name}" (${names.join(', ')})`);
      const snapshotEvery = Number(opts.snapshotEvery);
      if (!Number.isInteger(snapshotEvery) || snapshotEvery < 0) throw new CliError(`--snapshot-every: not a non-negative integer: "${opts.snapshotEvery}"`);
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, true);
      const states = openProjectionStates(settings);
      try {
        const head = (await store.headPosition()) ?? 0n;
        const bar = progress(io, 'rebuild', Number(head));
        const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery, persistEvery: 50_000 });
        const started = performance.now();
        await runner.rebuild(name, (p) => {
          if (p % 1000n === 0n) bar.update(Number(p));
        });
        bar.update(Number(head));
        bar.stop();
        const seconds = (performance.now() - started) / 1000;
        io.stdout.write(`rebuilt ${name ?? names.join(', ')} up to position ${head} in ${seconds.toFixed(2)} s (${Math.round(Number(head) / Math.max(seconds, 1e-6))} events/s)\n`);
      } finally {
        states.close();
        await store.close();
      }
    });
};
