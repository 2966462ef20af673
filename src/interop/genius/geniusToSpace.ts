import type { Diagnostic } from "../../errors.js";
import { EngineError } from "../../errors.js";
import type { Factor, FactoredSpace } from "../../space/factoredSpace.js";
import { independentFactor } from "../../space/independentFactor.js";
import type { GeniusImport } from "./geniusTypes.js";
import { geniusUtility, optionScore } from "./geniusUtility.js";

/** The analysable form of an imported domain. */
export interface GeniusSpace {
  /** One independent factor per issue (or, when a cap may bind, one factor listing every outcome). */
  space: FactoredSpace;
  /** Reservation value of every party, in party order. */
  reservation: number[];
  /** True when some GENIUS profile's total can exceed 1, so the cap at 1 is applied per outcome. */
  capped: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Converts an imported domain and its profiles (party order = profile order) into a {@link FactoredSpace}:
 * issue i becomes an independent factor whose option k gives party p the utility w_pi · score_pi(k)
 * ({@link optionScore}). GENIUS caps the total at 1; when a profile's weighted maxima sum to at most 1
 * the cap never binds and the space is additive. Otherwise the cap is applied exactly by listing every
 * outcome in one factor (up to `capLimit` outcomes, default 1,000,000; beyond that
 * `EngineError("space_too_large")`), with a `cap_binds` warning.
 * @example
 * ```ts
 * const { space, reservation } = geniusToSpace(imported);
 * ```
 */
export function geniusToSpace(imported: GeniusImport, options: { capLimit?: number } = {}): GeniusSpace {
  const { domain, profiles } = imported;
  if (profiles.length === 0)
    throw new EngineError("invalid_argument", "invalid profiles: at least one profile is needed");
  const diagnostics: Diagnostic[] = [];
  const issues = domain.issues.map((issue) => ({ id: issue.name, options: issue.values }));
  const parties = uniqueNames(profiles.map((p) => p.name));
  const capBinds = profiles.filter(
    (p) =>
      p.source === "genius" &&
      domain.issues.reduce(
        (s, issue, i) =>
          s +
          issue.values.reduce(
            (m, _, k) => Math.max(m, p.weights[i]! * optionScore(issue, p.evaluators[i]!, k)),
            Number.NEGATIVE_INFINITY,
          ),
        0,
      ) >
        1 + 1e-12,
  );
  const reservation = profiles.map((p) => p.reservation);
  if (capBinds.length === 0) {
    const factors = domain.issues.map((issue, i) =>
      independentFactor(
        i,
        profiles.map((p) =>
          issue.values.map((_, k) => p.weights[i]! * optionScore(issue, p.evaluators[i]!, k)),
        ),
      ),
    );
    return { space: { issues, parties, factors }, reservation, capped: false, diagnostics };
  }
  for (const p of capBinds) {
    diagnostics.push({
      code: "cap_binds",
      path: "weights",
      message: `the weighted maxima of "${p.name}" sum above 1, so GENIUS's cap at 1 applies; utilities are evaluated per outcome`,
      severity: "warning",
      ...(p.file ? { file: p.file } : {}),
    });
  }
  const total = domain.issues.reduce((n, issue) => n * issue.values.length, 1);
  const limit = options.capLimit ?? 1_000_000;
  if (total > limit) {
    throw new EngineError(
      "space_too_large",
      `capped utilities need per-outcome evaluation: ${total} outcomes (limit ${limit})`,
    );
  }
  const J = domain.issues.length;
  const P = profiles.length;
  const choices = new Int32Array(total * J);
  const utilities = new Float64Array(total * P);
  const outcome = new Int32Array(J);
  for (let o = 0; o < total; o++) {
    let rest = o;
    for (let j = J - 1; j >= 0; j--) {
      const n = domain.issues[j]!.values.length;
      outcome[j] = rest % n;
      rest = Math.floor(rest / n);
    }
    choices.set(outcome, o * J);
    profiles.forEach((p, q) => {
      utilities[o * P + q] = geniusUtility(domain.issues, p, outcome);
    });
  }
  const factor: Factor = { issues: domain.issues.map((_, i) => i), size: total, choices, utilities };
  return { space: { issues, parties, factors: [factor] }, reservation, capped: true, diagnostics };
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n}#${k}`;
  });
}
