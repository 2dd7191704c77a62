/** A seeded stream of numbers in [0, 1): the synthetic data is the same on every run. */
export type Random = () => number;

/** mulberry32, a small well-known 32-bit generator; plenty for spreading synthetic figures. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [lo, hi], both included. */
export const between = (r: Random, lo: number, hi: number): number =>
  lo + Math.floor(r() * (hi - lo + 1));
