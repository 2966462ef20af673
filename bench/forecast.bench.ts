/**
 * Benchmark of the KTAB SMP port: 160 actors on one dimension and 26 actors on three (target < 1 s each).
 * Inputs are generated with the seeded RNG the way KTAB's `SMPActor::randomize` does (capability
 * U(10, 200), total salience U(0.75, 0.99) split over dimensions, positions U(0, 100)). Exports `run()`
 * for the bench runner; `npx tsx bench/forecast.bench.ts` runs it standalone and prints JSON. Wall-clock
 * and CPU times are both reported: on a shared machine the CPU time is the steadier figure.
 * @module
 */
import { pathToFileURL } from "node:url";
import { runSmp } from "../src/forecast/smp.js";
import type { SpatialProblem } from "../src/forecast/spatialProblem.js";
import { rng } from "../src/util/rng.js";

/** A random SMP problem with `n` actors on `nd` dimensions, reproducible from `seed`. */
export function randomSmpProblem(n: number, nd: number, seed: number): SpatialProblem {
  const r = rng(seed);
  const u = (a: number, b: number) => a + (b - a) * r.next();
  return {
    name: `random-${n}x${nd}`,
    dimensions: Array.from({ length: nd }, (_, d) => ({
      id: `d${d + 1}`,
      name: `Dimension ${d + 1}`,
      min: 0,
      max: 100,
    })),
    actors: Array.from({ length: n }, (_, i) => {
      const total = u(0.75, 0.99);
      const raw = Array.from({ length: nd }, () => u(0.1, 1));
      const sum = raw.reduce((s, v) => s + v, 0);
      return {
        id: `A${String(i).padStart(3, "0")}`,
        name: `Actor ${i}`,
        capability: u(10, 200),
        position: Array.from({ length: nd }, () => Math.round(u(0, 100) * 100) / 100),
        salience: raw.map((v) => (total * v) / sum),
      };
    }),
  };
}

function time(problem: SpatialProblem, repeats: number) {
  const ms: number[] = [];
  const cpu: number[] = [];
  let turns = 0;
  for (let k = 0; k < repeats; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = runSmp(problem);
    ms.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    turns = res.turns;
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return {
    actors: problem.actors.length,
    dimensions: problem.dimensions.length,
    turns,
    repeats,
    medianMs: med(ms),
    minMs: Math.min(...ms),
    medianCpuMs: med(cpu),
  };
}

/** Runs the SMP benchmarks and returns their timings in milliseconds. */
export async function run(): Promise<Record<string, unknown>> {
  const big = randomSmpProblem(160, 1, 160);
  const multi = randomSmpProblem(26, 3, 26);
  runSmp(multi); // warm-up (JIT)
  return {
    "smp-160x1": time(big, 1),
    "smp-26x3": time(multi, 5),
    targetMs: 1000,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
