/**
 * Runs one hostile request against a listening server while GET /health is asked again and again:
 * every health answer must come within `healthBoundMs` (the server is not frozen by the request),
 * and the process's memory may grow by at most `memoryBoundBytes` over the request. The hostile
 * request itself is not timed. The server runs in this process, so a request that blocks the event
 * loop also delays the health answers measured here.
 */
export interface WatchedAnswer {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
  /** The slowest health answer while the request ran (ms). */
  slowestHealthMs: number;
  healthAnswers: number;
  /** RSS after minus before (bytes; may be negative). */
  memoryGrowth: number;
}

export interface WatchOptions {
  method?: string;
  token?: string;
  body?: unknown;
  healthBoundMs?: number;
  memoryBoundBytes?: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const watched = async (base: string, path: string, options: WatchOptions = {}): Promise<WatchedAnswer> => {
  const healthBoundMs = options.healthBoundMs ?? 1000;
  const memoryBoundBytes = options.memoryBoundBytes ?? 64 * 1024 * 1024;
  const rssBefore = process.memoryUsage().rss;
  let done = false;
  let slowest = 0;
  let answers = 0;
  const health = (async () => {
    // At least one health answer, the first sent together with the hostile request.
    do {
      const started = performance.now();
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(healthBoundMs * 5) });
      await res.arrayBuffer();
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      answers++;
      if (ms > healthBoundMs) throw new Error(`GET /health took ${Math.round(ms)} ms while ${path} ran`);
      await pause(25);
    } while (!done);
  })();
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = options.token;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const request = fetch(`${base}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  }).then(async (res) => ({ res, text: await res.text() }));
  let answered: { res: Response; text: string };
  try {
    answered = await request;
  } finally {
    done = true;
  }
  await health;
  const memoryGrowth = process.memoryUsage().rss - rssBefore;
  if (memoryGrowth > memoryBoundBytes) throw new Error(`memory grew by ${Math.round(memoryGrowth / 1e6)} MB over ${path}`);
  const { res, text } = answered;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (BPMN XML, CSV)
  }
  return { status: res.status, body, text, headers: res.headers, slowestHealthMs: slowest, healthAnswers: answers, memoryGrowth };
};
