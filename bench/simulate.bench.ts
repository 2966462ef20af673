/**
 * Benchmark of the negotiation simulation: negotiations per second for bilateral alternating offers with a
 * 100-round deadline on a 5-issue domain (5 options each, 3,125 outcomes), Boulware against Boulware
 * (exponent 4: they concede late, so most sessions run close to the deadline). Measured in the same run:
 *
 * - `serial`: `simulate(..., {workers: 0})` — strategies pick offers from the efficient menu the exact
 *   kernel builds once per domain (binary search by target utility);
 * - `workers2`: the same simulation on 2 piscina worker threads (includes pool start-up, also reported on its
 *   own as `poolStartupSeconds`; same result);
 * - `baselineScan`: the same concession curve, but every proposal scans the whole outcome list and
 *   evaluates its own utility for each outcome (the naive approach the kernel replaces).
 *
 * Each variant is timed `repeats` times, alternating order; the median is reported. Target: ≥ 10,000
 * negotiations/s on one core. Exports `run()` for `bench/run.ts`; `npx tsx bench/simulate.bench.ts` runs it
 * standalone and prints JSON.
 * @module
 */
import { pathToFileURL } from "node:url";
import {
  concessionCurve,
  curveExponents,
  type Negotiator,
  type SimulateOptions,
  type StrategyFactory,
  simulate,
} from "../src/simulate/index.js";
import { opposedSpace } from "../src/simulate/testDomains.js";
import { enumerateOutcomes } from "../src/space/index.js";

const space = opposedSpace(5, 5, 7);
const reservation = [0.35, 0.35];
const input = { kind: "space" as const, space, reservation };

/** The outcome list, enumerated once (each outcome as its factor alternatives: independent issues). */
const outcomes = [...enumerateOutcomes(space)].map((o) => o.outcome);

/** Boulware choosing offers by scanning every outcome and evaluating its own utility for each. */
const scanningBoulware: StrategyFactory = () => {
  const target = (view: Parameters<Negotiator["propose"]>[0]) => {
    let top = Number.NEGATIVE_INFINITY;
    for (const o of outcomes) top = Math.max(top, view.utility(o));
    return concessionCurve(view.time, curveExponents.boulware, top, view.reservation ?? 0);
  };
  return {
    propose(view) {
      const t = target(view);
      let best = outcomes[0]!;
      let bestU = Number.POSITIVE_INFINITY;
      for (const o of outcomes) {
        const u = view.utility(o);
        if (u >= t && u < bestU) {
          bestU = u;
          best = o;
        }
      }
      return best;
    },
    respond(view, offer) {
      const u = view.utility(offer);
      if (view.reservation !== null && u < view.reservation) return "reject";
      return u >= target(view) - 1e-12 ? "accept" : "reject";
    },
  };
};

async function timed(runs: number, options: Omit<SimulateOptions, "runs">) {
  const t0 = performance.now();
  const result = await simulate(input, {
    ...options,
    runs,
    seed: 1,
    maxRounds: 100,
    yieldControl: async () => {},
  });
  const seconds = (performance.now() - t0) / 1000;
  return {
    negotiationsPerSecond: Math.round(runs / seconds),
    seconds: Math.round(seconds * 1000) / 1000,
    meanRounds: result.rounds.reduce((a, b) => a + b, 0) / result.runs,
    agreementProbability: result.agreementProbability,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the simulation benchmark and returns negotiations per second per variant. */
export async function run(): Promise<Record<string, unknown>> {
  const strategies = { A: "boulware", B: "boulware" };
  const scanning = { A: scanningBoulware, B: scanningBoulware };
  await timed(2000, { strategies, workers: 0 }); // warm-up (JIT, menus)
  await timed(20, { strategies: scanning, workers: 0 });
  const runs = { serial: 60_000, workers2: 60_000, baselineScan: 60 };
  const samples: Record<string, Awaited<ReturnType<typeof timed>>[]> = {
    serial: [],
    workers2: [],
    baselineScan: [],
  };
  const repeats = 3;
  for (let k = 0; k < repeats; k++) {
    const order =
      k % 2 === 0 ? ["serial", "workers2", "baselineScan"] : ["baselineScan", "workers2", "serial"];
    for (const v of order) {
      if (v === "serial")
        samples.serial!.push(await timed(runs.serial, { strategies, workers: 0, chunkSize: 1000 }));
      if (v === "workers2")
        samples.workers2!.push(await timed(runs.workers2, { strategies, workers: 2, chunkSize: 1000 }));
      if (v === "baselineScan")
        samples.baselineScan!.push(await timed(runs.baselineScan, { strategies: scanning, workers: 0 }));
    }
  }
  const summary = (v: string) => {
    const s = samples[v]!;
    return {
      runs: runs[v as keyof typeof runs],
      negotiationsPerSecond: median(s.map((x) => x.negotiationsPerSecond)),
      samples: s.map((x) => x.negotiationsPerSecond),
      meanRounds: s[0]!.meanRounds,
      agreementProbability: s[0]!.agreementProbability,
    };
  };
  // the fixed cost of a worker pool: start two threads (loading the TypeScript sources) and play 2 runs
  const startup = await timed(2, { strategies, workers: 2, chunkSize: 1 });
  const serial = summary("serial");
  const baseline = summary("baselineScan");
  return {
    domain: {
      issues: 5,
      optionsPerIssue: 5,
      outcomes: outcomes.length,
      maxRounds: 100,
      strategies: "boulware vs boulware",
    },
    serial,
    workers2: { ...summary("workers2"), poolStartupSeconds: startup.seconds },
    baselineScan: baseline,
    speedupOverBaseline:
      Math.round((serial.negotiationsPerSecond / baseline.negotiationsPerSecond) * 10) / 10,
    targetNegotiationsPerSecond: 10_000,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await run();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
