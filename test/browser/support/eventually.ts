/** Polls a value until the matcher accepts it (the page updates asynchronously); the last failure if it never does. */
export const eventually = <T>(read: () => Promise<T> | T, timeoutMs = 10_000) => {
  const attempt = async (check: (v: T) => void): Promise<void> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        return check(await read());
      } catch (e) {
        if (Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  return {
    toBe: (expected: T) => attempt((v) => expect(v).toBe(expected)),
    toEqual: (expected: unknown) => attempt((v) => expect(v).toEqual(expected)),
    toContain: (expected: string) => attempt((v) => expect(v).toContain(expected)),
    toMatch: (expected: RegExp) => attempt((v) => expect(v).toMatch(expected)),
    toBeLessThan: (n: number) => attempt((v) => expect(v).toBeLessThan(n)),
    toBeGreaterThan: (n: number) => attempt((v) => expect(v).toBeGreaterThan(n)),
    toBeTruthy: () => attempt((v) => expect(v).toBeTruthy()),
  };
};
