import { SingleBar, Presets } from 'cli-progress';

/** Where a command writes: injected, so tests run commands in-process and read what they said. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Progress bars only on a terminal; pipes and files stay quiet. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const processIo = (): CliIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

/** An expected failure: printed as one line, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

export const progress = (io: CliIo, label: string, total: number): Progress => {
  if (!io.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: io.stderr as NodeJS.WritableStream, hideCursor: true }, Presets.shades_classic);
  bar.start(Math.max(total, 1), 0);
  return {
    update: (done, t) => {
      if (t !== undefined) bar.setTotal(Math.max(t, 1));
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
};
