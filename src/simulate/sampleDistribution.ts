import type { Distribution } from "../model/uncertaintySchema.js";
import type { Rng } from "../util/rng.js";

/**
 * One draw of `d`: uniform on [min, max]; triangular by its inverse CDF; truncated normal by rejection
 * (up to 1000 tries, then the mean clamped to the bounds). Uses a fixed number of draws per attempt so
 * streams stay reproducible.
 */
export function sampleDistribution(d: Distribution, random: Rng): number {
  switch (d.kind) {
    case "uniform":
      return d.min + (d.max - d.min) * random.next();
    case "triangular": {
      const u = random.next();
      const c = (d.mode - d.min) / (d.max - d.min);
      return u < c
        ? d.min + Math.sqrt(u * (d.max - d.min) * (d.mode - d.min))
        : d.max - Math.sqrt((1 - u) * (d.max - d.min) * (d.max - d.mode));
    }
    case "truncatedNormal": {
      for (let i = 0; i < 1000; i++) {
        const x = d.mean + d.sd * random.normal();
        if (x >= d.min && x <= d.max) return x;
      }
      return Math.min(d.max, Math.max(d.min, d.mean));
    }
  }
}
