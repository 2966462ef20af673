import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { randomScenario } from "../../test/randomScenario.js";
import { type Condition, type Scenario, ScenarioSchema } from "../model/index.js";
import { createHighsSolver, type MilpSolver } from "../solver/index.js";
import { analyzeScenario } from "./analyzeScenario.js";

let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});

/** An independent brute-force reading of the scenario semantics: enumerate every outcome. */
function bruteForce(scenario: Scenario) {
  const issues: { id: string; options: string[]; territory?: string; kind: string }[] = [];
  for (const t of scenario.territories)
    for (const d of scenario.dimensions)
      issues.push({
        id: `${t.id}.${d.id}`,
        options: d.options.map((o) => o.id),
        territory: t.id,
        kind: d.id,
      });
  for (const i of scenario.issues) issues.push({ id: i.id, options: i.options.map((o) => o.id), kind: i.id });
  const outcomes: Record<string, string>[] = [];
  const rec = (k: number, acc: Record<string, string>) => {
    if (k === issues.length) outcomes.push({ ...acc });
    else for (const o of issues[k]!.options) rec(k + 1, { ...acc, [issues[k]!.id]: o });
  };
  rec(0, {});
  const parties = scenario.parties.filter((p) => p.preferences);
  const utility = (pid: string, x: Record<string, string>) => {
    const prefs = scenario.parties.find((p) => p.id === pid)!.preferences!;
    let num = 0;
    let den = 0;
    for (const issue of issues) {
      const w = issue.territory
        ? (prefs.territoryWeights?.[issue.territory] ?? 0) * (prefs.dimensionWeights?.[issue.kind] ?? 0)
        : (prefs.issueWeights?.[issue.kind] ?? 0);
      const table = issue.territory ? prefs.dimensionValues?.[issue.kind] : prefs.issueValues?.[issue.kind];
      num += w * (table?.[x[issue.id]!] ?? 0);
      den += w * 100;
    }
    return den === 0 ? 0 : num / den;
  };
  const holds = (c: Condition, t: string | undefined, x: Record<string, string>): boolean => {
    if ("all" in c) return c.all.every((y) => holds(y, t, x));
    if ("any" in c) return c.any.some((y) => holds(y, t, x));
    if ("not" in c) return !holds(c.not, t, x);
    if ("if" in c) return !holds(c.if, t, x) || holds(c.then, t, x);
    const v = x[c.issue ?? `${c.territory ?? t}.${c.dimension}`]!;
    return c.in ? c.in.includes(v) : !(c.notIn ?? []).includes(v);
  };
  const positions: { id: string; test: (x: Record<string, string>) => boolean; party: string }[] = [];
  for (const p of parties) {
    for (const r of p.preferences!.redLines ?? []) {
      const c = (r.require ?? r.forbid)!;
      const test = (t: string | undefined) => (x: Record<string, string>) =>
        r.require ? holds(c, t, x) : !holds(c, t, x);
      if (r.territories === undefined)
        positions.push({ id: `${p.id}:${r.id}`, test: test(undefined), party: p.id });
      else
        for (const t of r.territories === "*" ? scenario.territories.map((x) => x.id) : r.territories)
          positions.push({ id: `${p.id}:${r.id}@${t}`, test: test(t), party: p.id });
    }
  }
  for (const p of parties)
    for (const [t, attitude] of Object.entries(p.preferences!.territories ?? {}))
      if (attitude.indivisible)
        for (const d of scenario.dimensions) {
          const split = d.options.filter((o) => o.partition).map((o) => o.id);
          if (split.length > 0)
            positions.push({
              id: `${p.id}:indivisible@${t}`,
              test: (x) => !split.includes(x[`${t}.${d.id}`]!),
              party: p.id,
            });
        }
  for (const p of parties) {
    const r = p.preferences!.reservation?.value;
    if (r !== undefined)
      positions.push({ id: `${p.id}:reservation`, test: (x) => utility(p.id, x) >= r - 1e-9, party: p.id });
  }
  const masks = outcomes.map((x) => positions.map((pos) => pos.test(x)));
  const n = positions.length;
  const feasible = (subset: number) => masks.some((m) => m.every((ok, i) => ok || (subset & (1 << i)) === 0));
  const full = (1 << n) - 1;
  const mus: string[] = [];
  const mcs: string[] = [];
  const infeasibleMin: number[] = [];
  const correctionMin: number[] = [];
  const subsets = Array.from({ length: 1 << n }, (_, i) => i).sort((a, b) => bits(a) - bits(b) || a - b);
  for (const s of subsets) {
    if (!infeasibleMin.some((m) => (m & s) === m) && !feasible(s)) infeasibleMin.push(s);
    if (!correctionMin.some((m) => (m & s) === m) && feasible(full & ~s)) correctionMin.push(s);
  }
  const ids = (s: number) =>
    positions
      .filter((_, i) => s & (1 << i))
      .map((p) => p.id)
      .sort()
      .join(" ");
  for (const s of infeasibleMin) mus.push(ids(s));
  for (const s of correctionMin) mcs.push(ids(s));
  const zopa = outcomes.filter((_, k) => masks[k]!.every(Boolean));
  const withRes = parties.filter((p) => p.preferences!.reservation !== undefined);
  const nashParties = withRes.length > 0 ? withRes : parties.filter((p) => p.role === "negotiator");
  const nashProduct = Math.max(
    -1,
    ...zopa.map((x) =>
      nashParties.reduce(
        (prod, p) => prod * Math.max(0, utility(p.id, x) - (p.preferences!.reservation?.value ?? 0)),
        1,
      ),
    ),
  );
  const proposals: Record<string, Record<string, boolean>> = {};
  for (const prop of scenario.proposals) {
    const fixed: Record<string, string> = {};
    for (const term of prop.terms) {
      if (term.issue) fixed[term.issue] = term.option;
      else for (const t of term.territories as string[]) fixed[`${t}.${term.dimension}`] = term.option;
    }
    const completions = outcomes
      .map((x, k) => ({ x, k }))
      .filter(({ x }) => Object.entries(fixed).every(([i, o]) => x[i] === o));
    proposals[prop.id] = Object.fromEntries(
      parties.map((p) => [
        p.id,
        completions.some(({ k }) => positions.every((pos, i) => pos.party !== p.id || masks[k]![i])),
      ]),
    );
  }
  return {
    count: zopa.length,
    mus: mus.sort(),
    mcs: mcs.sort(),
    nashProduct,
    feasible: zopa.length > 0,
    n,
    proposals,
  };
}

function bits(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}

describe("analyzeScenario(scenario, {solver})", () => {
  it("agrees with brute-force enumeration on random small scenarios (verdict, count, conflicts, concessions, Nash)", () => {
    fc.assert(
      fc.property(randomScenario, (input) => {
        const scenario = ScenarioSchema.parse(input);
        const expected = bruteForce(scenario);
        fc.pre(expected.n <= 14);
        const result = analyzeScenario(scenario, { solver, concessions: 100_000 });
        expect(result.verdict).toBe(expected.feasible ? "zopa" : "deadlock");
        expect(result.zopa.count).toBe(String(expected.count));
        for (const p of result.proposals)
          expect(Object.fromEntries(Object.entries(p.parties).map(([k, v]) => [k, v.acceptable]))).toEqual(
            expected.proposals[p.id],
          );
        if (expected.feasible) {
          expect(result.best?.nashProduct).toBeCloseTo(expected.nashProduct, 8);
        } else {
          expect(result.conflictsComplete).toBe(true);
          const conflicts = result.conflicts
            .map((c) =>
              c.constraints
                .map((r) => r.id)
                .sort()
                .join(" "),
            )
            .sort();
          expect(conflicts).toEqual(expected.mus);
          const concessions = result.concessions
            .map((c) =>
              c.moves
                .map((m) => m.id)
                .sort()
                .join(" "),
            )
            .sort();
          expect(concessions).toEqual(expected.mcs);
        }
      }),
      { numRuns: 150, seed: 20250423 },
    );
  });

  it("analyzeScenario(scenario, {at}) rejects a malformed date", () => {
    const scenario = ScenarioSchema.parse({
      id: "x",
      title: "x",
      date: "2025-01-01",
      sources: {},
      parties: [{ id: "A", name: "A", kind: "state", role: "negotiator" }],
    });
    expect(() => analyzeScenario(scenario, { solver, at: "23/04/2025" })).toThrow(/invalid date/);
  });
});
