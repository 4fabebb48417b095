import { seedDemo, systemClock } from '@samsyn/application';
import { samsynApplication } from '../../../api/src/bootstrap/samsyn-application';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { CliError, progress } from '../cli-io';
import { seedDemoWebhook } from '../../../api/src/modules/webhooks/demo/seed-demo-webhook';
import { seedDemoComments } from '../../../api/src/modules/comments/demo/seed-demo-comments';
import { seedDemoManagement } from '../../../api/src/modules/management/demo/seed-demo-management';
import { seedDemoGovernance } from '../../../api/src/modules/process-reviews/demo/seed-demo-governance';
import { openStore, storeSettings } from '../store-options';

/** Loads the Uppsala demo through the real command path: every rule checked, every event chained. */
export const registerSeed: CommandRegistrar = (program, io) => {
  program
    .command('seed')
    .description('load the demo (Uppsala) into an empty store through the real commands')
    .option('--demo', 'the Uppsala demo of docs/product.md')
    .action(async (opts: { demo?: boolean }, cmd) => {
      if (!opts.demo) throw new CliError('say what to seed: --demo');
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, false);
      try {
        if ((await store.headPosition()) !== null) throw new CliError('the store is not empty: the demo loads only into an empty store');
        const bar = progress(io, 'seed', 0);
        const { commands } = await seedDemo(samsynApplication(store), (done, total) => bar.update(done, total));
        await seedDemoWebhook(store, settings.dataDir, systemClock);
        await seedDemoComments(store, systemClock);
        await seedDemoManagement(store, systemClock);
        await seedDemoGovernance(store, systemClock);
        bar.stop();
        io.stdout.write(`seeded the demo: ${commands} commands, ${(await store.headPosition()) ?? 0n} events\n`);
      } finally {
        await store.close();
      }
    });
};
