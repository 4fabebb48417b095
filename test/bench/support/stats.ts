/** Latency summary in milliseconds (nearest-rank percentiles). */
export interface Latency {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

export const summarize = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { samples: sorted.length, p50: r(percentile(sorted, 50)), p99: r(percentile(sorted, 99)), max: r(sorted[sorted.length - 1]) };
};

/** Runs f up to `runs` times, stopping early (after at least 5 runs) once `budgetMs` is spent. */
export const timeEach = async (runs: number, f: (i: number) => Promise<unknown>, budgetMs = Infinity): Promise<Latency> => {
  const times: number[] = [];
  const stopAt = performance.now() + budgetMs;
  for (let i = 0; i < runs && (i < 5 || performance.now() < stopAt); i++) {
    const t = performance.now();
    await f(i);
    times.push(performance.now() - t);
  }
  return summarize(times);
};

export const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;
export const round = (x: number, digits = 0): number => Math.round(x * 10 ** digits) / 10 ** digits;
