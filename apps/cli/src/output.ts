import { createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type CliIo } from './cli-io';

export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** stdout, or a file (--out) opened before any work so a bad path fails at once. */
export const openSink = async (io: CliIo, out?: string): Promise<Sink> => {
  if (!out) return { write: async (c) => void io.stdout.write(c), close: async () => undefined };
  const path = resolve(io.cwd, out);
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (e) => fail(new CliError(`cannot write ${path}: ${e.message}`)));
  });
  return {
    write: (c) => (stream.write(c) ? Promise.resolve() : new Promise((ok) => stream.once('drain', () => ok()))),
    close: () => new Promise((ok, fail) => stream.end((e?: Error | null) => (e ? fail(e) : ok()))),
  };
};

/** JSON with bigints as decimal strings. */
export const toJson = (value: unknown): string => JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2);
