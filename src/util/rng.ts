/**
 * Seeded pseudo-random numbers. Every random process in Impasse takes one of these, so the same seed
 * gives the same bytes. The generator is sfc32 (Doty-Humphreys' Small Fast Counter), seeded through
 * splitmix32 so that nearby seeds give unrelated streams.
 * @module
 */

/** A deterministic random source. */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of randomness. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal deviate (Box–Muller, no caching so streams stay aligned). */
  normal(): number;
  /**
   * An independent generator derived from this generator's seed and `key` (e.g. a run index). It does not
   * depend on how many numbers were drawn, so run k gets the same stream whatever the worker count.
   */
  fork(key: number): Rng;
}

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    return t >>> 0;
  };
}

/** Creates a seeded generator; `seed` is any finite number (its integer part is used). */
export function rng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed}`);
  const init = splitmix32(Math.trunc(seed) ^ 0x5bd1e995);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) next32();
  const self: Rng = {
    next: () => next32() / 4294967296,
    int: (n: number) => {
      if (!(n > 0) || !Number.isInteger(n)) throw new RangeError(`invalid n: ${n}`);
      return Math.floor((next32() / 4294967296) * n);
    },
    normal: () => {
      const u1 = 1 - next32() / 4294967296;
      const u2 = next32() / 4294967296;
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    fork: (key: number) => {
      const mix = splitmix32((Math.trunc(seed) ^ 0x85ebca6b) + Math.imul(Math.trunc(key) | 0, 0x9e3779b1));
      return rng(mix() ^ mix());
    },
  };
  return self;
}
