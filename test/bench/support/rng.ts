/** mulberry32: a small seeded PRNG, so that the same seed and scale give the same history, byte for byte. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A UUID-shaped id from the seed and a counter: deterministic ids make the hash chain reproducible. */
export const deterministicId = (seed: number, n: number): string => {
  const hex = n.toString(16).padStart(12, '0');
  return `${(seed >>> 0).toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
};
