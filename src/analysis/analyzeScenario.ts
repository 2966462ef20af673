/**
 * The main job: is there a zone of possible agreement in a scenario on a date, and if not, which positions form
 * the wall and what are the smallest moves that would open one?
 * @module
 */
import { EngineError } from "../errors.js";
import type { Scenario } from "../model/index.js";
import { type CompiledScenario, compileScenario } from "../preferences/index.js";
import type { MilpSolver } from "../solver/index.js";
import type { AnalysisResult, Concession, Conflict, PositionRef } from "./analysisResult.js";
import { assessProposals } from "./assessProposals.js";
import { exactCount } from "./exactCount.js";
import {
  explainDeadlock,
  type FeasibilityOracle,
  feasibilityOracle,
  minimalCorrections,
} from "./explain/index.js";
import { paretoFrontier } from "./pareto/index.js";
import { nash } from "./solutions/index.js";

/** Options of {@link analyzeScenario}. */
export interface AnalyzeOptions {
  /** Evaluate the scenario as it stood on this date (YYYY-MM-DD); default the scenario's `date`. */
  at?: string;
  /** The MILP solver for the hitting-set problems (e.g. `await createHighsSolver()`). */
  solver: MilpSolver;
  /** How many concession sets to report (default 10). */
  concessions?: number;
  /** Most minimal hitting sets enumerated to prove the conflict list complete (default 4096). */
  correctionBudget?: number;
  /** Skip conflicts and concessions (verdict, count, best outcome and proposals only). */
  explain?: boolean;
}

const NEG = Number.NEGATIVE_INFINITY;

/** Analyses `scenario` exactly (no sampling). Deadlock is a result, not an error. */
export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions): AnalysisResult {
  const at = options.at ?? scenario.date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) throw new EngineError("invalid_argument", `invalid date: ${at}`);
  const compiled = compileScenario(scenario, at);
  const oracle = feasibilityOracle(compiled);
  const total = compiled.positions.length;
  const all = new Uint8Array(total).fill(1);
  const exists = oracle.feasible(all);
  const outcomes = compiled.groups.reduce((n, g) => n * BigInt(g.size), 1n);
  const zopaSpace = oracle.space(all);
  const thresholds = oracle.thresholds(all);
  const count = exists ? exactCount(compiled, zopaSpace, thresholds) : 0n;
  const best = exists ? nashBest(compiled, oracle, all) : undefined;

  let conflicts: Conflict[] = [];
  let conflictsComplete = true;
  let concessions: Concession[] = [];
  const unilateral: Record<string, Concession | null> = {};
  if (!exists && options.explain !== false) {
    const explanation = explainDeadlock(compiled, oracle, options.solver, {
      budget: options.correctionBudget ?? 4096,
    });
    conflictsComplete = explanation.complete;
    const order = new Map(scenario.territories.map((t, i) => [t.id, i]));
    const place = (c: Conflict) =>
      Math.min(...c.territories.map((t) => order.get(t) ?? 0), Number.MAX_SAFE_INTEGER);
    conflicts = explanation.conflicts
      .map((core) => toConflict(compiled, core))
      .sort(
        (a, b) =>
          a.constraints.length - b.constraints.length ||
          place(a) - place(b) ||
          a.constraints
            .map((r) => r.id)
            .join(" ")
            .localeCompare(b.constraints.map((r) => r.id).join(" "), "en"),
      );
    concessions = explanation.corrections
      .slice(0, options.concessions ?? 10)
      .map((set, i) => toConcession(compiled, oracle, set, i + 1));
    for (const pid of compiled.parties) {
      const pi = compiled.parties.indexOf(pid);
      const own = (p: number) => compiled.positions[p]!.partyIndex === pi;
      if (!compiled.positions.some((p) => own(p.index))) continue;
      let first: number[] | undefined;
      if (explanation.complete) first = explanation.corrections.find((set) => set.every(own));
      else {
        const salience = compiled.positions.map((p) => p.ref.salience);
        first = minimalCorrections(oracle, options.solver, total, {
          limit: 1,
          cores: explanation.conflicts,
          salience,
          allowed: own,
        }).corrections[0];
      }
      unilateral[pid] = first ? toConcession(compiled, oracle, first, 1) : null;
    }
  }

  const parties = compiled.state.parties.map((s) => ({
    id: s.party.id,
    name: s.party.name,
    role: s.party.role,
    reservation: s.reservation,
    redLines: compiled.positions.filter((p) => p.ref.party === s.party.id && p.threshold === undefined)
      .length,
    active: s.active,
  }));
  const result: AnalysisResult = {
    scenario: { id: scenario.id, title: scenario.title },
    at,
    verdict: exists ? "zopa" : "deadlock",
    summary: "",
    space: {
      outcomes: outcomes.toString(),
      issues: compiled.issues.length,
      territories: scenario.territories.filter((t) => t.inPlay !== false).length,
      parties: compiled.parties,
    },
    parties,
    zopa: {
      exists,
      count: count === null ? null : count.toString(),
      fraction: count === null ? null : fraction(count, outcomes),
    },
    ...(best ? { best } : {}),
    conflicts,
    conflictsComplete,
    concessions,
    unilateral,
    proposals: assessProposals(compiled),
    warnings: [...new Set(compiled.warnings)],
  };
  result.summary = summarize(result, compiled);
  return result;
}

function nashBest(compiled: CompiledScenario, oracle: FeasibilityOracle, enforced: Uint8Array) {
  const space = oracle.space(enforced);
  const thresholds = oracle.thresholds(enforced);
  let columns = thresholds.map((t, i) => (t === NEG ? -1 : i)).filter((i) => i >= 0);
  if (columns.length === 0)
    columns = compiled.parties
      .map((pid, i) =>
        compiled.state.parties.find((s) => s.party.id === pid)?.party.role === "negotiator" ? i : -1,
      )
      .filter((i) => i >= 0);
  if (columns.length === 0) columns = compiled.parties.map((_, i) => i);
  const d = columns.map((c) => (thresholds[c] === NEG ? 0 : (thresholds[c] as number)));
  // Unpruned merges are cached across the spaces of one analysis (they share most factors), which is faster
  // here than pruning each frontier to its rational part.
  const frontier = paretoFrontier(space, { parties: columns });
  const top = nash(frontier, { disagreement: d })[0];
  if (!top) return undefined;
  const outcome: Record<string, string> = {};
  compiled.issues.forEach((issue, i) => {
    outcome[issue.id] = issue.options[top.example[i] as number] as string;
  });
  const full = evaluate(compiled, top.example);
  const utilities: Record<string, number> = {};
  compiled.parties.forEach((pid, i) => {
    utilities[pid] = round(full[i] as number);
  });
  const product = top.utilities.reduce((p, u, i) => p * Math.max(0, u - (d[i] as number)), 1);
  return { outcome, utilities, nashProduct: round(product) };
}

function evaluate(compiled: CompiledScenario, outcome: Int32Array): number[] {
  const P = compiled.parties.length;
  const u = new Array<number>(P).fill(0);
  for (const g of compiled.groups) {
    const J = g.issues.length;
    for (let k = 0; k < g.size; k++) {
      let match = true;
      for (let j = 0; j < J && match; j++) match = g.choices[k * J + j] === outcome[g.issues[j] as number];
      if (match) {
        for (let p = 0; p < P; p++) u[p] = (u[p] as number) + (g.utilities[k * P + p] as number);
        break;
      }
    }
  }
  return u;
}

function toConflict(compiled: CompiledScenario, core: readonly number[]): Conflict {
  const refs = core.map((i) => compiled.positions[i]!.ref);
  const names = partyNames(compiled);
  const issues = [
    ...new Set(core.flatMap((i) => compiled.positions[i]!.issues.map((k) => compiled.issues[k]!.id))),
  ];
  return {
    parties: [...new Set(refs.map((r) => r.party))],
    territories: [...new Set(refs.flatMap((r) => (r.territory ? [r.territory] : [])))],
    issues,
    constraints: refs,
    explanation: refs.map((r) => `${names.get(r.party) ?? r.party}: ${r.description}`).join(" ⟂ "),
  };
}

function toConcession(
  compiled: CompiledScenario,
  oracle: FeasibilityOracle,
  set: readonly number[],
  rank: number,
): Concession {
  const enforced = new Uint8Array(compiled.positions.length).fill(1);
  for (const i of set) enforced[i] = 0;
  const moves: PositionRef[] = set.map((i) => compiled.positions[i]!.ref);
  const best = nashBest(compiled, oracle, enforced);
  return {
    rank,
    moves,
    parties: [...new Set(moves.map((m) => m.party))],
    territories: [...new Set(moves.flatMap((m) => (m.territory ? [m.territory] : [])))],
    size: set.length,
    cost: cost(compiled, set),
    opens: best ? { best: best.utilities } : {},
  };
}

function cost(compiled: CompiledScenario, set: readonly number[]): number {
  return set.reduce((s, i) => s + compiled.positions[i]!.ref.salience, 0);
}

function partyNames(compiled: CompiledScenario): Map<string, string> {
  return new Map(compiled.scenario.parties.map((p) => [p.id, p.name]));
}

function fraction(count: bigint, total: bigint): number {
  if (total === 0n) return 0;
  // Both fit a double's exponent range for any space we can build; the quotient keeps ~16 significant digits.
  return Number(count) / Number(total);
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

function summarize(result: AnalysisResult, compiled: CompiledScenario): string {
  const names = partyNames(compiled);
  if (result.verdict === "zopa") {
    const count = result.zopa.count === null ? "an uncounted number" : readableCount(result.zopa.count);
    return `On ${result.at}, ${count} of ${readableCount(result.space.outcomes)} outcomes satisfy every party's red lines and reservation value: a zone of possible agreement exists.`;
  }
  const territories = [...new Set(result.conflicts.flatMap((c) => c.territories))].map(
    (t) => compiled.scenario.territories.find((x) => x.id === t)?.name ?? t,
  );
  const walls = result.conflicts.length;
  const smallest = result.concessions[0];
  const who = smallest
    ? [...new Set(smallest.moves.map((m) => names.get(m.party) ?? m.party))].join(" and ")
    : "";
  return `On ${result.at}, no outcome (of ${readableCount(result.space.outcomes)}) satisfies every party's red lines and reservation value: deadlock, from ${walls} minimal conflict${walls === 1 ? "" : "s"}${territories.length ? ` over ${territories.join(", ")}` : ""}${smallest ? `; the smallest opening move set relaxes ${smallest.size} position${smallest.size === 1 ? "" : "s"} of ${who}` : ""}.`;
}

/** A decimal count for a sentence: exact up to 15 digits, otherwise rounded to 3 significant digits (≈1.50 × 10^83). */
function readableCount(decimal: string): string {
  if (decimal.length <= 15) return decimal;
  let exponent = decimal.length - 1;
  let mantissa = Number(`${decimal[0]}.${decimal.slice(1, 4)}`);
  if (mantissa >= 9.995) {
    mantissa /= 10;
    exponent += 1;
  }
  return `≈${mantissa.toFixed(2)} × 10^${exponent}`;
}
