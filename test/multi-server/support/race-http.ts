import type { ApiProcess } from './api-process';

/** One HTTP answer, with the write's stream revision parsed from its ETag. */
export interface Answer {
  server: string;
  method: string;
  path: string;
  status: number;
  etag: bigint | null;
  body: any;
}

export interface CallOptions {
  body?: unknown;
  idempotencyKey?: string;
}

/** A request to a running API process; never throws for an HTTP status. */
export const call = async (server: ApiProcess, method: string, path: string, token: string, options: CallOptions = {}): Promise<Answer> => {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  const res = await fetch(server.base + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text for the failure message
  }
  const tag = res.headers.get('etag');
  const etag = method !== 'GET' && tag !== null && /^"\d+"$/.test(tag) ? BigInt(tag.slice(1, -1)) : null;
  return { server: server.name, method, path, status: res.status, etag, body };
};

export const ok = (a: Answer): boolean => a.status >= 200 && a.status < 300;

export const describeAnswer = (a: Answer): string => `${a.server} ${a.method} ${a.path} → ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`;

/** Throws unless the answer is 2xx (set-up steps). */
export const expectOk = (a: Answer): Answer => {
  if (!ok(a)) throw new Error(`expected 2xx: ${describeAnswer(a)}`);
  return a;
};

/** A small seeded generator (mulberry32): the race order is random but reproducible from the seed. */
export const seededRandom = (seed: number): (() => number) => {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const shuffle = <T>(items: T[], random: () => number): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

/** Polls `probe` until it returns a value `done` accepts, or the deadline passes (then returns the last value). */
export const pollUntil = async <T>(probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number, intervalMs = 100): Promise<{ value: T; reached: boolean }> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return { value, reached: true };
    if (Date.now() >= deadline) return { value, reached: false };
    await new Promise((r) => setTimeout(r, intervalMs));
  }
};
