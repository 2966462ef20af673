/**
 * Compiles a scenario on a date into issues, additive utilities, positions and constraint groups: the input
 * of every exact analysis. A territory in play carries one issue per status dimension (`UA-43.sovereignty`);
 * linked issues keep their id. Utilities are normalised per party: u_p = Σ_i w_pi · v_pi(o) / (100 · Σ_i w_pi).
 * @module
 */
import type { PositionRef } from "../analysis/analysisResult.js";
import { EngineError } from "../errors.js";
import type { Condition, Preferences, Ratifier, RedLine, Scenario } from "../model/index.js";
import type { SpaceIssue } from "../space/index.js";
import type { CompiledGroup, CompiledPosition, CompiledScenario } from "./compiledScenario.js";
import { scenarioAt } from "./scenarioAt.js";

/** Largest number of joint alternatives of one constraint group. */
export const MAX_GROUP_ALTERNATIVES = 2_000_000;

/** Compiles `scenario` as it stood on `date` (default: the scenario's date). */
export function compileScenario(scenario: Scenario, date: string = scenario.date): CompiledScenario {
  const state = scenarioAt(scenario, date);
  const warnings: string[] = [];
  const issues: SpaceIssue[] = [];
  const issueTerritory: (string | undefined)[] = [];
  const issueKind: string[] = [];
  const issueIndex = new Map<string, number>();
  const territoryName = new Map(scenario.territories.map((t) => [t.id, t.name]));
  const inPlay = scenario.territories.filter((t) => t.inPlay !== false);
  for (const t of inPlay)
    for (const d of scenario.dimensions) {
      issueIndex.set(`${t.id}.${d.id}`, issues.length);
      issues.push({ id: `${t.id}.${d.id}`, options: d.options.map((o) => o.id) });
      issueTerritory.push(t.id);
      issueKind.push(d.id);
    }
  for (const li of scenario.issues) {
    issueIndex.set(li.id, issues.length);
    issues.push({ id: li.id, options: li.options.map((o) => o.id) });
    issueTerritory.push(undefined);
    issueKind.push(li.id);
  }

  const withPrefs = state.parties.filter((s) => s.party.preferences);
  const parties = withPrefs.map((s) => s.party.id);
  const P = parties.length;
  const compiledPrefs = withPrefs.map((s) =>
    issueUtilities(
      s.party.id,
      s.party.preferences as Preferences,
      issues,
      issueTerritory,
      issueKind,
      warnings,
    ),
  );
  const values: Float64Array[][] = compiledPrefs.map((c) => c.utilities);
  const unitScale = compiledPrefs.map((c) => c.scale);

  const positions: CompiledPosition[] = [];
  const addHard = (
    ref: PositionRef,
    partyIndex: number,
    condition: Condition,
    negate: boolean,
    territory?: string,
  ) => {
    const touched = new Set<number>();
    const compiled = compileCondition(condition, territory, issueIndex, issues, touched, ref.id);
    positions.push({
      index: positions.length,
      ref,
      partyIndex,
      issues: [...touched].sort((a, b) => a - b),
      test: negate ? (o) => !compiled(o) : compiled,
    });
  };
  withPrefs.forEach((s, pi) => {
    const pid = s.party.id;
    const held: (RedLine | Ratifier)[] = [...s.redLines, ...s.ratifiers];
    for (const r of held) {
      const condition = (r.require ?? r.forbid) as Condition;
      const ratifier =
        "kind" in r ? { kind: "ratification" as const, ratifier: r.name } : { kind: "redLine" as const };
      const base = { party: pid, ...ratifier, redLine: r.id, salience: r.salience ?? 1 };
      const src = r.source === undefined ? {} : { source: r.source };
      if (r.territories === undefined) {
        addHard(
          { id: `${pid}:${r.id}`, description: r.description, ...base, ...src },
          pi,
          condition,
          !r.require,
        );
      } else {
        const list = r.territories === "*" ? inPlay.map((t) => t.id) : r.territories;
        for (const t of list) {
          if (!inPlay.some((x) => x.id === t)) continue;
          addHard(
            {
              id: `${pid}:${r.id}@${t}`,
              description: `${r.description} (${territoryName.get(t) ?? t})`,
              territory: t,
              ...base,
              ...src,
            },
            pi,
            condition,
            !r.require,
            t,
          );
        }
      }
    }
    for (const [t, attitude] of Object.entries(s.party.preferences?.territories ?? {})) {
      if (!attitude.indivisible || !inPlay.some((x) => x.id === t)) continue;
      for (const d of scenario.dimensions) {
        const split = d.options.filter((o) => o.partition).map((o) => o.id);
        if (split.length === 0) continue;
        addHard(
          {
            id: `${pid}:indivisible@${t}`,
            party: pid,
            kind: "indivisible",
            territory: t,
            description: `${territoryName.get(t) ?? t} is not divided (${d.name.toLowerCase()})`,
            salience: attitude.indivisibleSalience ?? 1,
            ...(attitude.source === undefined ? {} : { source: attitude.source }),
          },
          pi,
          { dimension: d.id, territory: t, notIn: split },
          false,
          t,
        );
      }
    }
  });
  const reservation = withPrefs.map((s) => s.reservation);
  withPrefs.forEach((s, pi) => {
    if (s.reservation === null) return;
    positions.push({
      index: positions.length,
      ref: {
        id: `${s.party.id}:reservation`,
        party: s.party.id,
        kind: "reservation",
        description: `at least its reservation value ${s.reservation.toFixed(3)} (${s.reservationNote})`,
        salience: 1,
        ...(s.party.preferences?.reservation?.source === undefined
          ? {}
          : { source: s.party.preferences.reservation.source }),
      },
      partyIndex: pi,
      threshold: s.reservation,
      issues: [],
    });
  });

  const groups = buildGroups(issues, positions, values, P);
  return {
    scenario,
    state,
    issues,
    issueIndex,
    issueTerritory,
    issueKind,
    parties,
    unitScale,
    reservation,
    positions,
    groups,
    warnings,
  };
}

/**
 * A scale D with every per-option utility × D an exact integer: utilities are w·v / (100·W) with decimal
 * weights w and values v, so D = 100·W·10^k for the smallest k making every w and w·v an integer, divided
 * by the greatest common divisor of the resulting numerators. Null when no k ≤ 6 works.
 */
function exactScale(
  weights: readonly number[],
  perIssue: readonly Float64Array[],
  total: number,
): number | null {
  if (total <= 0) return null;
  const isInt = (x: number) => Math.abs(x - Math.round(x)) < 1e-9 * Math.max(1, Math.abs(x));
  for (let k = 0; k <= 6; k++) {
    const f = 10 ** k;
    if (!weights.every((w) => isInt(w * f))) continue;
    const D = 100 * total * f;
    const numerators = perIssue.flatMap((a) => [...a].map((u) => u * D));
    if (!numerators.every(isInt)) continue;
    let g = 0;
    for (const n of numerators) g = gcd(g, Math.round(n));
    return g > 1 ? D / g : D;
  }
  return null;
}

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function issueUtilities(
  partyId: string,
  prefs: Preferences,
  issues: SpaceIssue[],
  issueTerritory: (string | undefined)[],
  issueKind: string[],
  warnings: string[],
): { utilities: Float64Array[]; scale: number | null } {
  const weights = issues.map((_, i) => {
    const t = issueTerritory[i];
    const kind = issueKind[i] as string;
    if (t === undefined) return prefs.issueWeights?.[kind] ?? 0;
    const tw = prefs.territoryWeights?.[t] ?? prefs.territoryWeights?.["*"] ?? 0;
    return tw * (prefs.dimensionWeights?.[kind] ?? 0);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const utilities = issues.map((issue, i) => {
    const t = issueTerritory[i];
    const kind = issueKind[i] as string;
    const table =
      t === undefined
        ? prefs.issueValues?.[kind]
        : (prefs.territoryValues?.[t]?.[kind] ?? prefs.dimensionValues?.[kind]);
    const w = total > 0 ? (weights[i] as number) / total : 0;
    const out = new Float64Array(issue.options.length);
    issue.options.forEach((o, k) => {
      const v = table?.[o];
      if (v === undefined && w > 0)
        warnings.push(`${partyId} gives weight to ${issue.id} but no value for option ${o}: 0 assumed`);
      out[k] = (w * (v ?? 0)) / 100;
    });
    return out;
  });
  return { utilities, scale: exactScale(weights, utilities, total) };
}

function compileCondition(
  c: Condition,
  territory: string | undefined,
  issueIndex: Map<string, number>,
  issues: SpaceIssue[],
  touched: Set<number>,
  owner: string,
): (optionOf: (issue: number) => number) => boolean {
  if ("all" in c) {
    const parts = c.all.map((x) => compileCondition(x, territory, issueIndex, issues, touched, owner));
    return (o) => parts.every((p) => p(o));
  }
  if ("any" in c) {
    const parts = c.any.map((x) => compileCondition(x, territory, issueIndex, issues, touched, owner));
    return (o) => parts.some((p) => p(o));
  }
  if ("not" in c) {
    const inner = compileCondition(c.not, territory, issueIndex, issues, touched, owner);
    return (o) => !inner(o);
  }
  if ("if" in c) {
    const a = compileCondition(c.if, territory, issueIndex, issues, touched, owner);
    const b = compileCondition(c.then, territory, issueIndex, issues, touched, owner);
    return (o) => !a(o) || b(o);
  }
  const key = c.issue ?? `${c.territory ?? territory}.${c.dimension}`;
  const index = issueIndex.get(key);
  if (index === undefined) throw new EngineError("unknown_issue", `unknown issue: ${key} (in ${owner})`);
  touched.add(index);
  const options = (issues[index] as SpaceIssue).options;
  const listed = new Set(c.in ?? c.notIn ?? []);
  const allowed = options.map((o) => (c.in ? listed.has(o) : !listed.has(o)));
  return (o) => allowed[o(index)] === true;
}

function buildGroups(
  issues: SpaceIssue[],
  positions: CompiledPosition[],
  values: Float64Array[][],
  P: number,
): CompiledGroup[] {
  const parent = issues.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  for (const p of positions) {
    const [first, ...rest] = p.issues;
    if (first === undefined) continue;
    for (const r of rest) parent[find(r)] = find(first);
  }
  const members = new Map<number, number[]>();
  issues.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  });
  const groups: CompiledGroup[] = [];
  for (const list of [...members.values()].sort((a, b) => (a[0] as number) - (b[0] as number))) {
    const sizes = list.map((i) => (issues[i] as SpaceIssue).options.length);
    const size = sizes.reduce((a, b) => a * b, 1);
    if (size > MAX_GROUP_ALTERNATIVES)
      throw new EngineError(
        "space_too_large",
        `red lines tie issues ${list.map((i) => issues[i]?.id).join(", ")} into ${size} joint alternatives; the limit is ${MAX_GROUP_ALTERNATIVES}`,
      );
    const J = list.length;
    const choices = new Int32Array(size * J);
    const utilities = new Float64Array(size * P);
    const local = new Map(list.map((issue, j) => [issue, j]));
    const groupPositions = positions.filter(
      (p) => p.test && p.issues.length > 0 && local.has(p.issues[0] as number),
    );
    const satisfied = groupPositions.map(() => new Uint8Array(size));
    const digits = new Int32Array(J);
    for (let k = 0; k < size; k++) {
      for (let j = 0; j < J; j++) choices[k * J + j] = digits[j] as number;
      for (let p = 0; p < P; p++) {
        let u = 0;
        for (let j = 0; j < J; j++)
          u += ((values[p] as Float64Array[])[list[j] as number] as Float64Array)[
            digits[j] as number
          ] as number;
        utilities[k * P + p] = u;
      }
      const optionOf = (issue: number) => digits[local.get(issue) as number] as number;
      groupPositions.forEach((pos, j) => {
        (satisfied[j] as Uint8Array)[k] = pos.test?.(optionOf) ? 1 : 0;
      });
      for (let j = J - 1; j >= 0; j--) {
        digits[j] = (digits[j] as number) + 1;
        if ((digits[j] as number) < (sizes[j] as number)) break;
        digits[j] = 0;
      }
    }
    groups.push({
      issues: list,
      size,
      choices,
      utilities,
      positions: groupPositions.map((p) => p.index),
      satisfied,
    });
  }
  return groups;
}
