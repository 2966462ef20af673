/**
 * Impasse scenario → GENIUS XML: the linked issues become the domain, every party with preferences an
 * additive profile whose utilities equal the scenario's compiled utilities Σw·v/(100·Σw).
 * @module
 */
import { type Diagnostic, EngineError } from "../../errors.js";
import type { Scenario } from "../../model/index.js";
import { scenarioAt } from "../../preferences/scenarioAt.js";
import { cleanNumber, INTEGER_NOTE } from "./geniusToScenario.js";
import type { GeniusEvaluator, GeniusImport, GeniusIssue, GeniusProfile } from "./geniusTypes.js";
import type { NamedText } from "./importGenius.js";

/** Options of {@link scenarioToGenius}. */
export interface ScenarioToGeniusOptions {
  /** Evaluate reservation values as the scenario stood on this date (default: the scenario's date). */
  date?: string;
  /** Convert a scenario with red lines or ratifiers anyway, listing each dropped one as a warning. */
  dropRedLines?: boolean;
}

/** Result of {@link scenarioToGenius}. */
export interface ScenarioGenius {
  /** The GENIUS domain and profiles (raw form, as {@link importGenius} would read the files back). */
  imported: GeniusImport;
  /** The domain XML file, then one profile XML file per party with preferences. */
  files: NamedText[];
  /** What GENIUS cannot hold and was dropped (warnings). */
  diagnostics: Diagnostic[];
}

const TOL = 1e-12;

/**
 * Converts a scenario whose preferences use only linked issues into a GENIUS domain and one additive
 * profile per party with preferences (profile file `<party id>.xml`, so GENIUS names the profile after
 * the party). Issue names are the issues' `name`s, values the options' `label`s (ids when labels are
 * missing or not unique). Weights are divided by their sum (kept as they are when it is 1 within 1e-12);
 * GENIUS divides discrete evaluations by the issue maximum, so the evaluations are the 0–100 values and
 * an issue whose best value m is below 100 gets weight × m/100. An issue whose rationale says "GENIUS integer
 * issue" (as {@link geniusToScenario} writes) whose options are consecutive integers and whose values are
 * clamp(offset + slope·(x − lower)) × 100 for every party becomes a GENIUS integer issue again. Reservation values (on `date`) and discount factors are written. GENIUS utilities then
 * equal the scenario's compiled utilities (to rounding).
 *
 * Throws `EngineError("invalid_argument")` with `details.diagnostics` listing every problem when the
 * preferences use territories (territory/dimension weights or values, indivisibility) or, unless
 * `dropRedLines`, when parties hold red lines or ratifiers: GENIUS additive profiles cannot express them.
 * Everything else GENIUS has no place for (proposals, events, uncertainty, status quo, parties without
 * preferences…) is listed as warnings.
 * @example
 * ```ts
 * const { files } = scenarioToGenius(scenario);
 * ```
 */
export function scenarioToGenius(scenario: Scenario, options: ScenarioToGeniusOptions = {}): ScenarioGenius {
  const date = options.date ?? scenario.date;
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const problem = (code: string, path: string, message: string, hard: boolean) =>
    (hard ? errors : warnings).push({ code, path, message, severity: hard ? "error" : "warning" });

  const state = scenarioAt(scenario, date);
  scenario.parties.forEach((party, pi) => {
    const prefs = party.preferences;
    const base = `parties[${pi}].preferences`;
    if (!prefs) {
      problem(
        "party_dropped",
        `parties[${pi}]`,
        `${party.id} (${party.role}) has no preferences: GENIUS has no profile for it`,
        false,
      );
      return;
    }
    for (const key of [
      "territoryWeights",
      "dimensionWeights",
      "dimensionValues",
      "territoryValues",
      "territories",
    ] as const) {
      const v = prefs[key];
      if (v && Object.keys(v).length > 0)
        problem(
          "territory_preferences",
          `${base}.${key}`,
          `${party.id} values territories (${key}): GENIUS profiles hold linked issues only`,
          true,
        );
    }
    prefs.redLines?.forEach((r, i) =>
      problem(
        "red_line",
        `${base}.redLines[${i}]`,
        `${party.id}: red line "${r.id}" (${r.description}): GENIUS additive profiles have no hard constraints${options.dropRedLines ? "; dropped" : ""}`,
        !options.dropRedLines,
      ),
    );
    prefs.ratifiers?.forEach((r, i) =>
      problem(
        "ratifier",
        `${base}.ratifiers[${i}]`,
        `${party.id}: ratifier "${r.id}" (${r.name}): GENIUS additive profiles have no hard constraints${options.dropRedLines ? "; dropped" : ""}`,
        !options.dropRedLines,
      ),
    );
    const s = state.parties[pi]!;
    if (prefs.reservation?.control || (s.reservation !== null && s.reservation !== prefs.reservation?.value))
      problem(
        "reservation_fixed",
        `${base}.reservation`,
        `${party.id}: the reservation value is written as it stood on ${date} (${s.reservation}); how it moves (front line, events) is dropped`,
        false,
      );
  });
  scenario.events.forEach((e, i) => {
    for (const fx of e.effects ?? [])
      if (fx.type === "addRedLine")
        problem(
          "red_line",
          `events[${i}]`,
          `event ${e.id} adds red line "${fx.redLine.id}" of ${fx.party}: GENIUS additive profiles have no hard constraints${options.dropRedLines ? "; dropped" : ""}`,
          !options.dropRedLines,
        );
  });
  if (scenario.issues.length === 0)
    problem(
      "no_issues",
      "issues",
      "the scenario has no linked issues: a GENIUS domain needs at least one",
      true,
    );
  if (!scenario.parties.some((p) => p.preferences))
    problem("no_preferences", "parties", "no party has preferences: GENIUS needs at least one profile", true);
  if (errors.length > 0) {
    throw new EngineError(
      "invalid_argument",
      `cannot convert scenario ${scenario.id} to GENIUS: ${errors.length} problem${errors.length === 1 ? "" : "s"} (${[...new Set(errors.map((e) => e.code))].join(", ")})`,
      { details: { diagnostics: [...errors, ...warnings] } },
    );
  }
  const dropped: [string, number, string][] = [
    ["territories", scenario.territories.length, "territories (no party values them)"],
    ["dimensions", scenario.dimensions.length, "status dimensions"],
    ["proposals", scenario.proposals.length, "proposals"],
    ["events", scenario.events.length, "events"],
    ["uncertainty", scenario.uncertainty ? 1 : 0, "uncertainty distributions"],
    ["forecast", scenario.forecast ? 1 : 0, "forecast input"],
    ["issues", scenario.issues.filter((i) => i.statusQuo !== undefined).length, "status quo options"],
  ];
  for (const [path, n, what] of dropped)
    if (n > 0) problem("dropped", path, `${what} (${n}): GENIUS has no place for them; dropped`, false);

  // domain
  const names = scenario.issues.map((i) => i.name);
  const useNames = new Set(names).size === names.length;
  const valuesOf = scenario.issues.map((issue) => {
    const labels = issue.options.map((o) => o.label);
    const ok = labels.every((l) => l !== undefined && l !== "") && new Set(labels).size === labels.length;
    return ok ? (labels as string[]) : issue.options.map((o) => o.id);
  });
  const withPrefs = scenario.parties
    .map((party, pi) => ({ party, state: state.parties[pi]!, pi }))
    .filter((x) => x.party.preferences);
  // per party: normalised weight and value table (0–100) of every issue
  const tables = withPrefs.map(({ party, pi }) => {
    const prefs = party.preferences!;
    const raw = scenario.issues.map((issue) => prefs.issueWeights?.[issue.id] ?? 0);
    const S = raw.reduce((a, b) => a + b, 0);
    const weights = raw.map((w) => (Math.abs(S - 1) <= TOL || S <= 0 ? w : w / S));
    const values = scenario.issues.map((issue, i) =>
      issue.options.map((o) => {
        const v = prefs.issueValues?.[issue.id]?.[o.id];
        if (v === undefined && raw[i]! > 0)
          problem(
            "value_missing",
            `parties[${pi}].preferences.issueValues.${issue.id}`,
            `${party.id} gives weight to ${issue.id} but no value for option ${o.id}: 0 written`,
            false,
          );
        return v ?? 0;
      }),
    );
    return { weights, values };
  });
  const issues: GeniusIssue[] = scenario.issues.map((issue, i) => {
    const name = useNames ? issue.name : issue.id;
    const values = valuesOf[i]!;
    const integers = values.map((v) =>
      /^-?\d+$/.test(v) && String(Number(v)) === v ? Number(v) : Number.NaN,
    );
    const consecutive =
      integers.every(Number.isSafeInteger) && integers.every((x, k) => k === 0 || x === integers[k - 1]! + 1);
    const marked = issue.rationale?.startsWith(INTEGER_NOTE) === true;
    if (marked && consecutive && tables.every((t) => fitInteger(t.values[i]!) !== null)) {
      const lower = integers[0]!;
      const upper = integers[integers.length - 1]!;
      return { name, index: i + 1, kind: "integer", values, numbers: integers, lower, upper };
    }
    return { name, index: i + 1, kind: "discrete", values };
  });
  const profileFiles = new Set<string>();
  const profiles: GeniusProfile[] = withPrefs.map(({ party, state: s }, q) => {
    const t = tables[q]!;
    const weights: number[] = [];
    const evaluators: GeniusEvaluator[] = issues.map((issue, i) => {
      const v = t.values[i]!;
      if (issue.kind === "integer") {
        const fit = fitInteger(v)!;
        weights.push(fit.scale === 1 ? t.weights[i]! : cleanNumber(t.weights[i]! * fit.scale));
        return { kind: "integer", slope: fit.slope, offset: fit.offset };
      }
      const max = Math.max(...v);
      weights.push(max > 0 && max < 100 ? cleanNumber((t.weights[i]! * max) / 100) : t.weights[i]!);
      return { kind: "discrete", evaluations: v };
    });
    const file = `${party.id}.xml`;
    profileFiles.add(file);
    const discount = party.preferences?.discount;
    return {
      name: party.id,
      file,
      source: "genius",
      weights,
      evaluators,
      reservation: s.reservation ?? 0,
      discount: discount ?? 1,
      ...(discount === undefined ? {} : { rawDiscount: discount }),
    };
  });
  let domainFile = /domain$/i.test(scenario.id) ? `${scenario.id}.xml` : `${scenario.id}-domain.xml`;
  if (profileFiles.has(domainFile)) domainFile = `${scenario.id}-genius-domain.xml`;
  const imported: GeniusImport = {
    domain: { name: scenario.title, issues },
    profiles,
    diagnostics: [],
  };
  return {
    imported,
    files: [
      { file: domainFile, text: domainXml(imported) },
      ...profiles.map((p) => ({ file: p.file!, text: profileXml(imported, p) })),
    ],
    diagnostics: warnings,
  };
}

/**
 * Slope and offset (scores, not ×100) with clamp(offset + slope·k, 0, 1) × 100 × scale = values[k] within
 * 1e-12 for every k, or null: first with scale 1, then (values whose best m is below 100, e.g. rescaled by
 * a weight sum) with scale m/100, the weight carrying the scale as for discrete issues. The line is fitted
 * through the unclamped scores (or the end points).
 */
function fitInteger(values: readonly number[]): { slope: number; offset: number; scale: number } | null {
  const m = Math.max(...values);
  const plain = fitScores(values.map((v) => v / 100));
  if (plain || !(m > 0 && m < 100)) return plain && { ...plain, scale: 1 };
  const scaled = fitScores(values.map((v) => v / m));
  return scaled && { ...scaled, scale: m / 100 };
}

function fitScores(s: readonly number[]): { slope: number; offset: number } | null {
  const inner = s.map((x, k) => [k, x] as const).filter(([, x]) => x > 0 && x < 1);
  const [a, b] =
    inner.length >= 2
      ? [inner[0]!, inner[inner.length - 1]!]
      : ([
          [0, s[0]!],
          [s.length - 1, s[s.length - 1]!],
        ] as const);
  if (a[0] === b[0]) return null;
  const slope = cleanNumber((b[1] - a[1]) / (b[0] - a[0]));
  const offset = cleanNumber(a[1] - slope * a[0]);
  const ok = s.every((x, k) => Math.abs(Math.min(1, Math.max(0, offset + slope * k)) - x) <= TOL);
  return ok ? { slope, offset } : null;
}

const esc = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
const num = (x: number) => String(x);

function issueOpen(issue: GeniusIssue): string {
  const bounds =
    issue.kind === "integer" || issue.kind === "real"
      ? ` lowerbound="${num(issue.lower!)}" upperbound="${num(issue.upper!)}"`
      : "";
  const type = issue.kind === "number" ? "discrete" : issue.kind;
  return `  <issue index="${issue.index}" name="${esc(issue.name)}"${bounds} vtype="${type}" type="${type}" etype="${type}">`;
}

/** GENIUS domain XML for `imported.domain` (discrete, integer and real issues). */
export function domainXml(imported: GeniusImport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<negotiation_template>",
    `<utility_space number_of_issues="${imported.domain.issues.length}">`,
    `<objective index="0" description="" name="${esc(imported.domain.name)}" type="objective" etype="objective">`,
  ];
  for (const issue of imported.domain.issues) {
    lines.push(issueOpen(issue));
    if (issue.kind === "discrete" || issue.kind === "number")
      issue.values.forEach((v, k) => {
        lines.push(`    <item index="${k + 1}" value="${esc(v)}"/>`);
      });
    lines.push("  </issue>");
  }
  lines.push("</objective>", "</utility_space>", "</negotiation_template>", "");
  return lines.join("\n");
}

/** GENIUS additive profile XML for `profile` (discrete, integer and real evaluators). */
export function profileXml(imported: GeniusImport, profile: GeniusProfile): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<utility_space>",
    `<objective index="0" description="" name="${esc(imported.domain.name)}" type="objective" etype="objective">`,
  ];
  imported.domain.issues.forEach((issue, i) => {
    const ev = profile.evaluators[i]!;
    lines.push(issueOpen(issue));
    if (ev.kind === "discrete")
      issue.values.forEach((v, k) => {
        lines.push(`    <item index="${k + 1}" value="${esc(v)}" evaluation="${num(ev.evaluations[k]!)}"/>`);
      });
    else if (ev.kind === "integer")
      lines.push(`    <evaluator ftype="linear" slope="${num(ev.slope)}" offset="${num(ev.offset)}"/>`);
    else if (ev.kind === "real")
      lines.push(
        `    <evaluator ftype="${ev.ftype}" ${ev.parameters.map((p, k) => `parameter${k}="${num(p)}"`).join(" ")}/>`,
      );
    else
      throw new EngineError(
        "invalid_argument",
        `invalid evaluator: ${profile.name}: issue "${issue.name}": GeniusWeb ${ev.kind} evaluators have no GENIUS XML form`,
      );
    lines.push("  </issue>");
  });
  imported.domain.issues.forEach((issue, i) => {
    lines.push(`  <weight index="${issue.index}" value="${num(profile.weights[i]!)}"/>`);
  });
  lines.push("</objective>");
  lines.push(`<reservation value="${num(profile.reservation)}"/>`);
  if (profile.rawDiscount !== undefined) lines.push(`<discount_factor value="${num(profile.rawDiscount)}"/>`);
  lines.push("</utility_space>", "");
  return lines.join("\n");
}
