import { ProjectionQueries, type AsOf } from '@samsyn/projections';
import { parseAsOf } from '../as-of';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { CliError } from '../cli-io';
import { openSink, toJson } from '../output';
import { openProjectionStates, openStore, storeSettings } from '../store-options';

type Model = (q: ProjectionQueries, asOf: AsOf, id: string | undefined) => Promise<unknown>;
const needId = (id: string | undefined, model: string): string => {
  if (!id) throw new CliError(`--model ${model} needs --id`);
  return id;
};

/** The read models `replay` can print, as the HTTP API would have answered then. */
export const MODELS: Record<string, Model> = {
  catalogue: (q, a) => q.catalogue(a),
  process: (q, a, id) => q.process(needId(id, 'process'), a),
  revisions: (q, a, id) => q.revisions(needId(id, 'revisions'), a),
  proposals: (q, a) => q.proposals({}, a),
  stakeholders: (q, a) => q.stakeholders(a),
  'stakeholder-history': (q, a, id) => q.stakeholderHistory(needId(id, 'stakeholder-history'), a),
  bodies: (q, a) => q.bodies(a),
  terms: (q, a) => q.terms(a),
  systems: (q, a) => q.systems(a),
  harmonization: (q, a) => q.harmonizationReport(a),
  'adoption-lag': (q, a) => q.adoptionLagReport(a),
  governance: (q, a) => q.governanceReport(a),
  nomenclature: (q, a) => q.nomenclatureReport(a),
};

export const registerReplay: CommandRegistrar = (program, io) => {
  program
    .command('replay')
    .description('print a read model as it was at an instant or a global position')
    .requiredOption('--as-of <instant|position>', 'ISO-8601 instant, or a global position')
    .option('--model <name>', `one of: ${Object.keys(MODELS).join(', ')}`, 'catalogue')
    .option('--id <id>', 'the process or stakeholder, for models about one')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: { asOf: string; model: string; id?: string; out?: string }, cmd) => {
      const model = MODELS[opts.model];
      if (!model) throw new CliError(`unknown model "${opts.model}" (${Object.keys(MODELS).join(', ')})`);
      const asOf = parseAsOf(opts.asOf);
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, true);
      const snapshots = openProjectionStates(settings);
      try {
        const answer = await model(new ProjectionQueries({ store, snapshots }), asOf, opts.id);
        if (answer === null) throw new CliError(`${opts.model} "${opts.id}" did not exist then`);
        const sink = await openSink(io, opts.out);
        await sink.write(toJson(answer) + '\n');
        await sink.close();
      } finally {
        snapshots.close();
        await store.close();
      }
    });
};
