/**
 * Reads the JSON of `POST /api/pareto` (the output of `impasse pareto --json`) into the points the Pareto chart
 * draws. Utilities may come as arrays in party order or as objects keyed by party id; solutions as an object
 * (name → point or points) or as a list of named points.
 * @module
 */

/** A point in utility space, keyed by party id. */
export type UtilityPoint = Record<string, number>;

/** What the Pareto chart draws. */
export interface ParetoData {
  parties: string[];
  frontier: UtilityPoint[];
  solutions: { name: string; point: UtilityPoint }[];
  disagreement: UtilityPoint | undefined;
  /** Number of outcomes in the space, when reported. */
  outcomes: string | undefined;
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function partyIds(json: Record<string, Json>): string[] {
  const parties = json.parties;
  if (!Array.isArray(parties)) return [];
  return parties
    .map((p) => (isObject(p) ? String(p.id ?? p.name ?? "") : String(p)))
    .filter((p) => p.length > 0);
}

function toPoint(value: Json, parties: string[]): UtilityPoint | undefined {
  const raw = isObject(value) && "utilities" in value ? value.utilities : value;
  if (Array.isArray(raw)) {
    if (raw.length !== parties.length || !raw.every((x) => typeof x === "number")) return undefined;
    return Object.fromEntries(parties.map((p, i) => [p, raw[i] as number]));
  }
  if (isObject(raw)) {
    const entries = parties.map((p) => [p, raw[p]] as const);
    if (!entries.every(([, x]) => typeof x === "number")) return undefined;
    return Object.fromEntries(entries) as UtilityPoint;
  }
  return undefined;
}

const SOLUTION_LABELS: Record<string, string> = {
  nash: "Nash",
  kalaiSmorodinsky: "Kalai–Smorodinsky",
  ks: "Kalai–Smorodinsky",
  egalitarian: "egalitarian",
  utilitarian: "utilitarian",
};

function solutionsOf(json: Record<string, Json>, parties: string[]): ParetoData["solutions"] {
  const out: ParetoData["solutions"] = [];
  const add = (name: string, value: Json) => {
    const label = SOLUTION_LABELS[name] ?? name;
    for (const item of Array.isArray(value) && !value.every((x) => typeof x === "number") ? value : [value]) {
      const point = toPoint(item, parties);
      if (point) out.push({ name: label, point });
    }
  };
  const solutions = json.solutions;
  if (isObject(solutions)) {
    for (const [name, value] of Object.entries(solutions)) add(name, value);
  } else if (Array.isArray(solutions)) {
    for (const s of solutions) {
      if (isObject(s)) add(String(s.name ?? s.solution ?? "solution"), isObject(s.point) ? s.point : s);
    }
  }
  return out;
}

/** Normalises a pareto response; undefined when it has no frontier it can read. */
export function normalizePareto(json: Json): ParetoData | undefined {
  if (!isObject(json)) return undefined;
  const parties = partyIds(json);
  const frontierJson = json.frontier ?? json.points ?? json.pareto;
  if (parties.length < 2 || !Array.isArray(frontierJson)) return undefined;
  const frontier = frontierJson
    .map((p) => toPoint(p, parties))
    .filter((p): p is UtilityPoint => p !== undefined);
  const disagreementJson = json.disagreement ?? json.reservation ?? json.reservations;
  const outcomes = json.outcomes ?? (isObject(json.space) ? json.space.outcomes : undefined);
  return {
    parties,
    frontier,
    solutions: solutionsOf(json, parties),
    disagreement: disagreementJson === undefined ? undefined : toPoint(disagreementJson, parties),
    outcomes: outcomes === undefined ? undefined : String(outcomes),
  };
}
