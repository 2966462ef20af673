/**
 * Scenario-analysis benchmark (issues 2 and 3): `analyzeScenario` — verdict, exact count, Nash-best outcome,
 * every minimal conflict and concession set, proposals — on the bundled territorial scenario (deadlock,
 * ≈1.5 × 10^83 outcomes) and on a copy with Ukraine's territorial red line relaxed (a zone exists), against a
 * brute-force baseline (enumerate every outcome, test every position, count, maximise the Nash product, and
 * enumerate conflicts and concessions over position subsets) measured in the same run on a reduced copy that
 * brute force can finish (one territory: 315,000 outcomes). Target: the full analysis of the bundled scenario
 * ≤ 1 s. Reports median wall time of 5 warm runs after one cold run, and peak RSS.
 * `npx tsx bench/analyze.bench.ts` runs it standalone.
 * @module
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeScenario } from "../src/analysis/index.js";
import { parseScenarioText, type Scenario } from "../src/model/index.js";
import { compileScenario } from "../src/preferences/index.js";
import { createHighsSolver, type MilpSolver } from "../src/solver/index.js";

const text = readFileSync(fileURLToPath(new URL("../scenarios/london-2025.yaml", import.meta.url)), "utf8");
const six =
  "[UA-30, UA-71, UA-74, UA-77, UA-12, UA-26, UA-63, UA-68, UA-35, UA-32, UA-46, UA-48, UA-51, UA-53, UA-56, UA-59, UA-61, UA-05, UA-07, UA-21, UA-18]";

function load(source: string): Scenario {
  const { scenario, diagnostics } = parseScenarioText(source);
  if (!scenario) throw new Error(diagnostics.map((d) => `${d.path}: ${d.message}`).join("\n"));
  return scenario;
}

function time(f: () => void, runs: number): { coldMs: number; medianMs: number } {
  const t0 = performance.now();
  f();
  const coldMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { coldMs: round(coldMs), medianMs: round(times[Math.floor(times.length / 2)] as number) };
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Brute force over a compiled scenario: every outcome, every position. */
function bruteForce(scenario: Scenario): { feasible: boolean; count: number; conflicts: number } {
  const compiled = compileScenario(scenario);
  const { issues, positions, groups } = compiled;
  const P = compiled.parties.length;
  const outcome = new Int32Array(issues.length);
  const n = positions.length;
  const reachable = new Set<string>();
  let count = 0;
  const rec = (g: number, utility: number[]) => {
    if (g === groups.length) {
      const mask = positions.map((pos) =>
        pos.threshold !== undefined
          ? (utility[pos.partyIndex] as number) >= pos.threshold - 1e-9
          : (pos.test?.((i) => outcome[i] as number) ?? true),
      );
      if (mask.every(Boolean)) count++;
      reachable.add(mask.map((b) => (b ? 1 : 0)).join(""));
      return;
    }
    const group = groups[g]!;
    const J = group.issues.length;
    for (let k = 0; k < group.size; k++) {
      for (let j = 0; j < J; j++) outcome[group.issues[j] as number] = group.choices[k * J + j] as number;
      rec(
        g + 1,
        utility.map((u, p) => u + (group.utilities[k * P + p] as number)),
      );
    }
  };
  rec(0, new Array<number>(P).fill(0));
  const masks = [...reachable].map((m) => [...m].map((c) => c === "1"));
  const feasibleSubset = (subset: number[]) => masks.some((m) => subset.every((i) => m[i]));
  let conflicts = 0;
  if (count === 0 && n <= 16) {
    const minimal: number[][] = [];
    const all = Array.from({ length: 1 << n }, (_, s) => s).sort((a, b) => bits(a) - bits(b));
    for (const s of all) {
      const subset = Array.from({ length: n }, (_, i) => i).filter((i) => s & (1 << i));
      if (minimal.some((m) => m.every((i) => subset.includes(i)))) continue;
      if (!feasibleSubset(subset)) minimal.push(subset);
    }
    conflicts = minimal.length;
  }
  return { feasible: count > 0, count, conflicts };
}

function only<T>(record: Record<string, T> | undefined): Record<string, T> | undefined {
  return record && Object.fromEntries(Object.entries(record).filter(([k]) => k === "UA-43"));
}

function bits(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/** Runs the benchmark and returns its measurements. */
export async function run(): Promise<Record<string, unknown>> {
  const solver: MilpSolver = await createHighsSolver();
  const bundled = load(text);
  const relaxed = load(
    text.replace(
      'description: No cession of territory, Crimea included\n          territories: "*"',
      `description: No cession outside the six units claimed formally\n          territories: ${six}`,
    ),
  );
  const reduced = load(
    (() => {
      const doc = parseScenarioText(text).scenario as Scenario;
      return JSON.stringify({
        ...doc,
        forecast: undefined,
        territories: doc.territories.filter((t) => t.id === "UA-43"),
        proposals: [],
        events: [],
        parties: doc.parties.map((p) => ({
          ...p,
          preferences: p.preferences && {
            ...p.preferences,
            redLines: p.preferences.redLines?.map((r) =>
              r.territories ? { ...r, territories: ["UA-43"] } : r,
            ),
            ratifiers: p.preferences.ratifiers?.map((r) =>
              r.territories ? { ...r, territories: ["UA-43"] } : r,
            ),
            territories: undefined,
            territoryWeights: only(p.preferences.territoryWeights),
            territoryValues: only(p.preferences.territoryValues),
            reservation: p.preferences.reservation && { value: p.preferences.reservation.value },
          },
        })),
      });
    })(),
  );
  const cases: Record<string, unknown> = {};
  const rss0 = process.memoryUsage().rss;
  const full = time(() => analyzeScenario(bundled, { solver }), 5);
  const check = analyzeScenario(bundled, { solver });
  cases.bundled = {
    ...full,
    verdict: check.verdict,
    conflicts: check.conflicts.length,
    targetMs: 1000,
    meetsTarget: full.medianMs <= 1000,
  };
  const zopa = time(() => analyzeScenario(relaxed, { solver }), 5);
  const checkRelaxed = analyzeScenario(relaxed, { solver });
  cases.relaxed = { ...zopa, verdict: checkRelaxed.verdict, count: checkRelaxed.zopa.count };
  const impasseReduced = time(() => analyzeScenario(reduced, { solver }), 5);
  const t = performance.now();
  const baseline = bruteForce(reduced);
  const baselineMs = round(performance.now() - t);
  const mine = analyzeScenario(reduced, { solver });
  cases.reducedOneTerritory = {
    outcomes: mine.space.outcomes,
    impasseMs: impasseReduced.medianMs,
    baselineMs,
    ratio: round(baselineMs / Math.max(impasseReduced.medianMs, 0.1)),
    agree:
      baseline.feasible === (mine.verdict === "zopa") &&
      String(baseline.count) === mine.zopa.count &&
      (baseline.feasible || baseline.conflicts === mine.conflicts.length),
  };
  const peakRssMB = Math.round(Math.max(process.memoryUsage().rss, rss0) / 1e6);
  const rows = [
    ["bundled (deadlock, full explanation)", `${full.medianMs} ms`, "target ≤ 1000 ms"],
    ["relaxed (zone: count + Nash)", `${zopa.medianMs} ms`, `count ${checkRelaxed.zopa.count?.slice(0, 6)}…`],
    [
      "one territory vs brute force",
      `${impasseReduced.medianMs} ms vs ${baselineMs} ms`,
      `ratio ${(cases.reducedOneTerritory as { ratio: number }).ratio}×`,
    ],
  ];
  for (const r of rows) process.stdout.write(`${r[0]?.padEnd(40)} ${r[1]?.padEnd(28)} ${r[2]}\n`);
  process.stdout.write(`peak RSS ${peakRssMB} MB\n`);
  return { cases, peakRssMB };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await run();
}
