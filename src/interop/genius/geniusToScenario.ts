/**
 * GENIUS / GeniusWeb → Impasse scenario: every issue becomes a linked issue (option ids derived from the
 * value names, which are kept as labels), every profile a negotiating party whose issue values are the
 * GENIUS scores × 100, with the weights as given, the reservation value and the discount factor.
 * @module
 */
import { type Diagnostic, EngineError } from "../../errors.js";
import type { ScenarioInput } from "../../model/index.js";
import type { GeniusImport, GeniusIssue, GeniusProfile } from "./geniusTypes.js";
import { optionScore } from "./geniusUtility.js";

/** Options of {@link geniusToScenario}. */
export interface GeniusToScenarioOptions {
  /** Scenario date (YYYY-MM-DD); default today (UTC). */
  date?: string;
  /** Scenario id; default derived from the domain name. */
  id?: string;
  /** Files the import read (domain first), for the source entry; default the profiles' files. */
  files?: readonly string[];
}

/** Result of {@link geniusToScenario}. */
export interface GeniusScenario {
  scenario: ScenarioInput;
  diagnostics: Diagnostic[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** A scenario id for `name`: `name` itself when it is one; otherwise a readable sanitised form. */
export function toScenarioId(name: string, fallback: string): string {
  if (ID.test(name)) return name;
  let t = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9_.-]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (t === "") return fallback;
  if (!/^[A-Za-z0-9]/.test(t)) t = `v${t}`;
  return t;
}

/** Ids for `names`, unique within the list (`_2`, `_3`… appended on collisions). */
export function uniqueIds(names: readonly string[], fallback: (i: number) => string): string[] {
  const base = names.map((n, i) => toScenarioId(n, fallback(i)));
  const taken = new Set<string>();
  const direct = new Set(base.filter((b, i) => b === names[i]));
  return base.map((b, i) => {
    let id = b;
    // names that already are ids keep them; derived ids give way
    if (taken.has(id) || (id !== names[i] && direct.has(id))) {
      let k = 2;
      while (taken.has(`${b}_${k}`) || direct.has(`${b}_${k}`)) k++;
      id = `${b}_${k}`;
    }
    taken.add(id);
    return id;
  });
}

/** Marks a non-discrete GENIUS issue; {@link scenarioToGenius} writes marked integer issues back as integer issues. */
export const INTEGER_NOTE = "GENIUS integer issue";

function issueNote(issue: GeniusIssue): string {
  if (issue.kind === "integer") return `${INTEGER_NOTE} [${issue.lower}, ${issue.upper}]`;
  if (issue.kind === "real")
    return `GENIUS real issue [${issue.lower}, ${issue.upper}], discretised into ${issue.values.length} values`;
  return `GeniusWeb number issue, ${issue.values.length} values`;
}

/** `x` with 15 significant digits when that moves it by at most 4 ulps (7.000000000000001 → 7). */
export function cleanNumber(x: number): number {
  const c = Number(x.toPrecision(15));
  return Math.abs(c - x) <= 4 * Number.EPSILON * Math.abs(x) ? c : x;
}

/**
 * The largest |Impasse − GENIUS| utility difference of a profile over all outcomes: Impasse gives U/S
 * (S = Σ weights), GENIUS min(1, U) (GeniusWeb: U), U = Σ w_i·score_i; the difference is piecewise linear
 * in U ∈ [Umin, Umax], so its maximum is at an end or at U = 1.
 */
export function utilityDifferenceBound(imported: GeniusImport, profile: GeniusProfile): number {
  const S = profile.weights.reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = 0;
  imported.domain.issues.forEach((issue, i) => {
    const scores = issue.values.map(
      (_, k) => profile.weights[i]! * optionScore(issue, profile.evaluators[i]!, k),
    );
    lo += Math.min(...scores);
    hi += Math.max(...scores);
  });
  const genius = (u: number) => (profile.source === "genius" ? Math.min(1, u) : u);
  const impasse = (u: number) => (S > 0 ? u / S : 0);
  const at = [lo, hi, ...(lo < 1 && 1 < hi ? [1] : [])];
  return Math.max(...at.map((u) => Math.abs(impasse(u) - genius(u))));
}

/**
 * Converts an imported GENIUS / GeniusWeb domain and its profiles into an Impasse scenario (no
 * territories): issue `name` = the GENIUS issue name, option `label` = the value name, ids derived from
 * them; one party per profile (`kind: other`, `role: negotiator`, id from the profile name) with
 * `issueWeights` as given, `issueValues` = 100 × the GENIUS score (discrete e/max, clamped
 * integer/real evaluators, GeniusWeb utilities), `reservation.value` and `discount`, and one source
 * describing the imported files. Impasse's utility Σw·v/(100·Σw) equals GENIUS's min(1, Σw·score)
 * exactly when the weights sum to 1. When they sum to S ≠ 1 but S × the best score is at most 1 (so the
 * cap cannot bind), the values are 100·S·score and the utilities are still equal; otherwise (S > 1,
 * e.g. Laptop-B) a `weights_not_normalised` warning names the file, the sum and the largest possible
 * difference ({@link utilityDifferenceBound}). Throws `invalid_argument` for what a scenario cannot hold
 * (negative weights, scores outside [0, 1], issues with a single value).
 * @example
 * ```ts
 * const { scenario, diagnostics } = geniusToScenario(importGenius(files), { date: "2025-01-01" });
 * ```
 */
export function geniusToScenario(
  imported: GeniusImport,
  options: GeniusToScenarioOptions = {},
): GeniusScenario {
  const { domain, profiles } = imported;
  const diagnostics: Diagnostic[] = [];
  const issueIds = uniqueIds(
    domain.issues.map((i) => i.name),
    (i) => `issue${i + 1}`,
  );
  const optionIds = domain.issues.map((issue) => uniqueIds(issue.values, (k) => `option${k + 1}`));
  domain.issues.forEach((issue) => {
    if (issue.values.length < 2)
      throw new EngineError(
        "invalid_argument",
        `invalid issue: "${issue.name}" has ${issue.values.length} value; a scenario issue needs at least 2 options`,
      );
  });
  const partyIds = uniqueIds(
    profiles.map((p) => p.name),
    (i) => `party${i + 1}`,
  );
  const parties = profiles.map((p, pi) => {
    const where = p.file ?? p.name;
    p.weights.forEach((w, i) => {
      if (!(w >= 0))
        throw new EngineError(
          "invalid_argument",
          `invalid weight: ${where}: issue "${domain.issues[i]!.name}" has weight ${w}; scenario weights are ≥ 0`,
        );
    });
    const scores = domain.issues.map((issue, i) =>
      issue.values.map((value, k) => {
        const x = optionScore(issue, p.evaluators[i]!, k);
        if (!(x >= -1e-12 && x <= 1 + 1e-12))
          throw new EngineError(
            "invalid_argument",
            `invalid evaluation: ${where}: "${issue.name}" = "${value}" scores ${x}; scenario values need scores in [0, 1]`,
          );
        return Math.min(1, Math.max(0, x));
      }),
    );
    const S = p.weights.reduce((a, b) => a + b, 0);
    const best = Math.max(0, ...scores.flat());
    // values = 100·S·score make Impasse's Σw·v/(100·Σw) equal Σw·score exactly; possible when S·best ≤ 1
    // (no weight at all: both utilities are 0 everywhere)
    const exact = Math.abs(S - 1) <= 1e-12 || S === 0 || S * best <= 1 + 1e-12;
    const scale = Math.abs(S - 1) <= 1e-12 || S === 0 || !exact ? 1 : S;
    const issueWeights: Record<string, number> = {};
    const issueValues: Record<string, Record<string, number>> = {};
    domain.issues.forEach((issue, i) => {
      issueWeights[issueIds[i]!] = p.weights[i]!;
      const values: Record<string, number> = {};
      issue.values.forEach((_, k) => {
        values[optionIds[i]![k]!] = Math.min(100, cleanNumber(100 * scale * scores[i]![k]!));
      });
      issueValues[issueIds[i]!] = values;
    });
    if (!exact) {
      const bound = utilityDifferenceBound(imported, p);
      diagnostics.push({
        code: "weights_not_normalised",
        path: `parties[${pi}].preferences.issueWeights`,
        severity: "warning",
        message: `the weights of "${p.name}" sum to ${S}, not 1: Impasse divides by the sum (Σw·v/Σw) where ${p.source === "genius" ? "GENIUS caps the total at 1 (min(1, Σw·e))" : "GeniusWeb uses the total as is"}; utilities differ by at most ${bound.toPrecision(3)}`,
        ...(p.file ? { file: p.file } : {}),
      });
    }
    let reservation = p.reservation;
    if (!(reservation >= 0 && reservation <= 1)) {
      const clamped = Math.min(1, Math.max(0, Number.isFinite(reservation) ? reservation : 0));
      diagnostics.push({
        code: "reservation_clamped",
        path: `parties[${pi}].preferences.reservation.value`,
        severity: "warning",
        message: `the reservation value ${reservation} of "${p.name}" is outside [0, 1]; using ${clamped}`,
        ...(p.file ? { file: p.file } : {}),
      });
      reservation = clamped;
    }
    if (p.reservationBid)
      diagnostics.push({
        code: "reservation_bid_dropped",
        path: `parties[${pi}].preferences.reservation`,
        severity: "warning",
        message: `the reservation bid of "${p.name}" is kept as its utility ${reservation} only`,
        ...(p.file ? { file: p.file } : {}),
      });
    const rawDiscount = p.rawDiscount;
    return {
      id: partyIds[pi]!,
      name: p.name,
      kind: "other" as const,
      role: "negotiator" as const,
      source: "genius",
      preferences: {
        issueWeights,
        issueValues,
        reservation: { value: reservation, source: "genius" },
        ...(rawDiscount !== undefined || p.discount !== 1 ? { discount: p.discount } : {}),
        source: "genius",
        rationale: `GENIUS ${p.source === "genius" ? "profile" : "(GeniusWeb) profile"} ${p.file ?? p.name}: weights as given, values = 100 × score (${p.source === "genius" ? "discrete evaluation ÷ issue maximum, clamped integer/real evaluators" : "utilities as given"})${rawDiscount !== undefined && rawDiscount !== p.discount ? `; discount_factor ${rawDiscount} read as ${p.discount}` : ""}`,
      },
    };
  });
  const files = options.files ?? profiles.map((p) => p.file).filter((f): f is string => f !== undefined);
  const kinds = [...new Set(profiles.map((p) => (p.source === "genius" ? "GENIUS" : "GeniusWeb")))].join(
    " and ",
  );
  const scenario: ScenarioInput = {
    id: options.id ?? toScenarioId(domain.name, "genius-domain"),
    title: domain.name,
    description: `${kinds} domain "${domain.name}" with ${profiles.length} profile${profiles.length === 1 ? "" : "s"}, converted by impasse convert`,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    sources: {
      genius: {
        title: `${kinds} domain "${domain.name}"${files.length > 0 ? `: ${files.map((f) => f.replace(/^.*[\\/]/, "")).join(", ")}` : ""}`,
        note: `Imported with GENIUS semantics (discrete evaluations ÷ issue maximum; integer/real evaluators clamped to [0, 1]${domain.issues.some((i) => i.kind === "real") ? `; real issues discretised into ${domain.issues.find((i) => i.kind === "real")!.values.length} values` : ""}; weights as given; reservation value; discount factor recorded).`,
      },
    },
    parties,
    issues: domain.issues.map((issue, i) => ({
      id: issueIds[i]!,
      name: issue.name,
      kind: "other" as const,
      ...(issue.kind === "discrete" ? {} : { rationale: issueNote(issue) }),
      options: issue.values.map((value, k) => ({ id: optionIds[i]![k]!, label: value })),
      source: "genius",
    })),
  };
  return { scenario, diagnostics };
}
