import type { Logger } from '../logging/logger';

/**
 * Runs a process manager's sweep at once (work that fell due while the server was down is not left
 * for a whole interval) and then every `intervalMs`; a failed pass is logged, the next one runs.
 * Returns the stop function. `intervalMs <= 0` runs nothing.
 */
export const runPeriodically = (intervalMs: number, sweep: () => Promise<unknown>, logger: Logger, what: string): (() => void) => {
  if (intervalMs <= 0) return () => undefined;
  const pass = () => void sweep().catch((e) => logger.error({ err: e }, `${what} failed`));
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};

/** One pass at a time: a call while a pass is running shares that pass. */
export const sharedPass = <T>(run: () => Promise<T>): (() => Promise<T>) => {
  let running: Promise<T> | undefined;
  return () => (running ??= run().finally(() => (running = undefined)));
};
