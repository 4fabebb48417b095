import { readAuditLog, type AuditEvent, type AuditFilter } from '@samsyn/projections';
import { globalFlags, type CommandRegistrar } from '../command-context';
import { CliError, progress } from '../cli-io';
import { parseInstant } from '@samsyn/projections';
import { openSink } from '../output';
import { openStore, storeSettings } from '../store-options';

export const CSV_COLUMNS = ['position', 'streamId', 'revision', 'type', 'schemaVersion', 'occurredAt', 'actor', 'correlationId', 'causationId', 'id', 'hash', 'previousHash', 'data'] as const;

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const csvRow = (e: AuditEvent): string =>
  [e.position, e.streamId, e.revision, e.type, e.schemaVersion, e.metadata.occurredAt, e.metadata.actor, e.metadata.correlationId, e.metadata.causationId, e.id, e.hash, e.previousHash, e.data]
    .map(csvCell)
    .join(',');

const instant = (flag: string, v: string | undefined): string | undefined => {
  if (v === undefined) return undefined;
  try {
    return parseInstant(v);
  } catch {
    throw new CliError(`${flag}: not an ISO-8601 instant: "${v}"`);
  }
};

export const registerExport: CommandRegistrar = (program, io) => {
  program
    .command('export')
    .description('export the audit log (every event with its metadata) as JSON Lines or CSV')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--stream <id>', 'only this stream')
    .option('--type <type>', 'only this event type')
    .option('--actor <principal>', 'only events caused by this principal')
    .option('--from <instant>', 'only events at or after this instant')
    .option('--to <instant>', 'only events at or before this instant')
    .action(async (opts: { format: string; out?: string; stream?: string; type?: string; actor?: string; from?: string; to?: string }, cmd) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw new CliError(`unknown format "${opts.format}" (jsonl or csv)`);
      const filter: AuditFilter = { stream: opts.stream, type: opts.type, actor: opts.actor, from: instant('--from', opts.from), to: instant('--to', opts.to), limit: 1000 };
      const store = await openStore(storeSettings(globalFlags(cmd), io), true);
      try {
        const sink = await openSink(io, opts.out);
        const head = (await store.headPosition()) ?? 0n;
        const bar = progress(io, 'export', Number(head));
        if (opts.format === 'csv') await sink.write(CSV_COLUMNS.join(',') + '\n');
        let after: bigint | undefined;
        for (;;) {
          const page = await readAuditLog(store, { ...filter, after });
          for (const e of page.events) await sink.write((opts.format === 'csv' ? csvRow(e) : JSON.stringify(e)) + '\n');
          if (page.nextAfter === null) break;
          after = BigInt(page.nextAfter);
          bar.update(Number(after));
        }
        bar.update(Number(head));
        bar.stop();
        await sink.close();
      } finally {
        await store.close();
      }
    });
};
