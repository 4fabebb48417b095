import type { HistoryWriter } from './history-writer';
import type { randomHistory } from './random-history';

interface Restartable {
  start(): Promise<void>;
  stop(): Promise<void>;
  abandon(): Promise<void>;
}

/**
 * Writes a history while a runner folds it live, stopping it (odd cuts) or killing it without a
 * save (even cuts) at each cut and starting a new one from what was saved; answers the last runner.
 */
export const writeWithRestarts = async <R extends Restartable>(
  w: HistoryWriter,
  history: ReturnType<typeof randomHistory>,
  cuts: readonly number[],
  runnerOf: () => R,
): Promise<R> => {
  const chunks = new Set(cuts.map((c) => c % Math.max(1, history.length)));
  let runner = runnerOf();
  await runner.start();
  for (let i = 0; i < history.length; i++) {
    const h = history[i];
    await w.emit(h.streamId, h.event, h.actor);
    if (!chunks.has(i)) continue;
    if (i % 2) await runner.stop();
    else await runner.abandon();
    runner = runnerOf();
    await runner.start();
  }
  return runner;
};
