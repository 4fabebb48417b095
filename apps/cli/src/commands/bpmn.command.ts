import type { Command } from 'commander';
import { fromBpmnXml, toBpmnXml } from '@samsyn/bpmn';
import { ProjectionQueries } from '@samsyn/projections';
import { parseAsOf } from '../as-of';
import { globalFlags, type CliContext, type CommandRegistrar } from '../command-context';
import { CliError } from '../cli-io';
import { openSink, toJson } from '../output';
import { openProjectionStates, openStore, storeSettings } from '../store-options';
import { bpmnCliError, printWarnings, readBpmnFile, registerBpmnPropose } from './bpmn-propose.command';

const revisionNumber = (value: string): number => {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new CliError(`--revision: not a revision number: "${value}"`);
  return Number(value);
};

const registerBpmnExport = (bpmn: Command, io: CliContext) =>
  bpmn
    .command('export <processId>')
    .description("write a process revision as BPMN 2.0 XML (default: the head revision)")
    .option('--revision <n>', 'the revision to export')
    .option('--as-of <instant|position>', 'as the process was at an ISO-8601 instant or a global position')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (processId: string, opts: { revision?: string; asOf?: string; out?: string }, cmd: Command) => {
      const wanted = opts.revision === undefined ? undefined : revisionNumber(opts.revision);
      const asOf = opts.asOf === undefined ? undefined : parseAsOf(opts.asOf);
      const then = asOf ? ' then' : '';
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, true);
      const snapshots = openProjectionStates(settings);
      try {
        const queries = new ProjectionQueries({ store, snapshots });
        const process = await queries.process(processId, asOf);
        if (!process) throw new CliError(`process "${processId}" did not exist${then}`, 1);
        const revision = wanted ?? process.headRevision;
        const found = await queries.revision(processId, revision, asOf);
        if (!found) throw new CliError(`process "${processId}" had no revision ${revision}${then} (head: ${process.headRevision})`, 1);
        const stakeholderNames = Object.fromEntries((await queries.stakeholders(asOf)).map((s) => [s.id, s.name]));
        const xml = await toBpmnXml({ id: processId, name: process.name, revision, stakeholderNames }, found.definition);
        const sink = await openSink(io, opts.out);
        await sink.write(xml + '\n');
        await sink.close();
      } finally {
        snapshots.close();
        await store.close();
      }
    });

const registerBpmnImport = (bpmn: Command, io: CliContext) =>
  bpmn
    .command('import <file>')
    .description('read a BPMN 2.0 file into a process definition (JSON, as POST /processes takes it); warnings go to stderr')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (file: string, opts: { out?: string }) => {
      const imported = await fromBpmnXml(await readBpmnFile(io, file)).catch((e: unknown) => {
        throw bpmnCliError(file, e);
      });
      printWarnings(io, imported.warnings);
      const sink = await openSink(io, opts.out);
      await sink.write(toJson(imported.definition) + '\n');
      await sink.close();
    });

/** `samsyn bpmn export|import|propose`: process owners keep their modelling tools (docs/product.md "Exchange formats"). */
export const registerBpmn: CommandRegistrar = (program, io) => {
  const bpmn = program.command('bpmn').description('exchange process definitions as BPMN 2.0 XML');
  registerBpmnExport(bpmn, io);
  registerBpmnImport(bpmn, io);
  registerBpmnPropose(bpmn, io);
};
