import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { BpmnNoChangeError, proposeFromBpmn, type ProposeFromBpmnPorts } from '../../../api/src/modules/proposals/commands/propose-from-bpmn/propose-from-bpmn.use-case';
import { BpmnImportError, BpmnTooLargeError, fromBpmnXml, type BpmnWarning } from '@samsyn/bpmn';
import type { Principal, Role } from '@samsyn/domain/shared';
import { DomainError } from '@samsyn/domain/shared/domain-error';
import { ProjectionQueries } from '@samsyn/projections';
import { samsynApplication } from '../../../api/src/bootstrap/samsyn-application';
import { parseRoleSpec } from '../../../api/src/infrastructure/auth/principal-claims';
import { CliError } from '../cli-io';
import { globalFlags, type CliContext } from '../command-context';
import { openSink, toJson } from '../output';
import { openProjectionStates, openStore, storeSettings } from '../store-options';

/** The file's bytes: the import decodes them by byte-order mark and declared encoding (UTF-16, Latin-1 …). */
export const readBpmnFile = (io: CliContext, file: string): Promise<Buffer> => {
  const path = resolve(io.cwd, file);
  return readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${path}: ${e.code ?? e.message}`);
  });
};

/** Warnings on stderr, one a line, with their code for scripts to match. */
export const printWarnings = (io: CliContext, warnings: BpmnWarning[]): void => {
  for (const w of warnings) io.stderr.write(`samsyn: warning: ${w.message} (${w.code})\n`);
};

/** The import's refusals (exit 1), named with their code and reason. */
export const bpmnCliError = (file: string, e: unknown): unknown =>
  e instanceof BpmnImportError || e instanceof BpmnTooLargeError ? new CliError(`${file}: ${e.message} (${e.code}: ${e.reason})`, 1) : e;

const roleOf = (spec: string): Role => {
  try {
    return parseRoleSpec(spec);
  } catch (e) {
    throw new CliError(`--role: ${(e as Error).message}`);
  }
};

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface ProposeOptions {
  preview?: boolean;
  rationale?: string;
  as: string;
  role: string[];
  out?: string;
}

/**
 * `samsyn bpmn propose <process> <file>`: what POST /processes/:id/proposals/from-bpmn does, by
 * the same use case (proposeFromBpmn, propose-from-bpmn.use-case.ts), on the store directly. Whoever can open
 * the store is trusted to say who acts (`--as`, `--role` as `samsyn token` takes them); the
 * domain still checks that principal's right to propose, as for any proposal.
 */
export const registerBpmnPropose = (bpmn: Command, io: CliContext) =>
  bpmn
    .command('propose <processId> <file>')
    .description('submit the change proposal that makes the head revision equal to a BPMN diagram (--preview: only show it); warnings go to stderr')
    .option('--preview', 'show the change, its required level and the warnings; write nothing')
    .option('--rationale <text>', "the proposal's rationale (required unless --preview)")
    .requiredOption('--as <principal>', 'the id of the principal who proposes')
    .option('--role <role>', "the principal's role: process-owner:<stakeholder> | reviewer:<stakeholder> | admin | auditor (repeatable)", collect, [] as string[])
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (processId: string, file: string, opts: ProposeOptions, cmd: Command) => {
      const rationale = opts.rationale?.trim();
      if (!opts.preview && !rationale) throw new CliError('--rationale is required to submit a proposal; --preview needs none');
      const principal: Principal = { id: opts.as, roles: opts.role.map(roleOf) };
      const document = await readBpmnFile(io, file);
      const settings = storeSettings(globalFlags(cmd), io);
      const store = await openStore(settings, true);
      const snapshots = openProjectionStates(settings);
      try {
        const queries = new ProjectionQueries({ store, snapshots });
        const app = samsynApplication(store);
        const ports: ProposeFromBpmnPorts<unknown> = {
          process: (id) => queries.process(id),
          revision: (id, n) => queries.revision(id, n),
          stakeholders: () => queries.stakeholders(),
          importBpmn: fromBpmnXml,
          submit: async (id, input) => (await app.submitProposal(id, input, { principal })).resource,
        };
        const { preview, written } = await proposeFromBpmn(ports, processId, document, opts.preview ? { preview: true } : { preview: false, rationale: rationale! }).catch((e: unknown) => {
          if (e instanceof DomainError || e instanceof BpmnNoChangeError) throw new CliError(`${e.code}: ${e.message}`, 1);
          throw bpmnCliError(file, e);
        });
        printWarnings(io, preview.warnings);
        const sink = await openSink(io, opts.out);
        await sink.write(toJson(opts.preview ? preview : written) + '\n');
        await sink.close();
      } finally {
        snapshots.close();
        await store.close();
      }
    });
