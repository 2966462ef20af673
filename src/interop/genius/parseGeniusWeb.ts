import { type Diagnostic, EngineError } from "../../errors.js";
import type { GeniusDomain, GeniusEvaluator, GeniusIssue, GeniusProfile } from "./geniusTypes.js";
import { optionScore } from "./geniusUtility.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses JSON text; `parse_error` names the file on failure (internal). */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EngineError("parse_error", `${file}: invalid JSON: ${(error as Error).message}`);
  }
}

/**
 * Reads a GeniusWeb domain object `{name, issuesValues: {issue: {values: [...]} | {range: [min, max, step]}}}`
 * (issues in key order). Numeric ranges list min, min + step, … up to max.
 */
export function geniusWebDomain(value: unknown, file: string, path = ""): GeniusDomain {
  if (!isObject(value) || !isObject(value.issuesValues)) {
    throw new EngineError("parse_error", `${file}: ${path || "root"}: missing issuesValues`);
  }
  const issues = Object.entries(value.issuesValues).map(([name, spec], i): GeniusIssue => {
    const where = `${path}issuesValues["${name}"]`;
    if (isObject(spec) && Array.isArray(spec.values)) {
      if (spec.values.some((v) => typeof v !== "string" && typeof v !== "number")) {
        throw new EngineError("parse_error", `${file}: ${where}.values: strings expected`);
      }
      return { name, index: i + 1, kind: "discrete", values: spec.values.map(String) };
    }
    const range = isObject(spec) ? spec.range : undefined;
    if (Array.isArray(range) && range.length === 3 && range.every((v) => Number.isFinite(Number(v)))) {
      const [min, max, step] = range.map(Number) as [number, number, number];
      if (!(step > 0) || max < min || (max - min) / step > 1_000_000) {
        throw new EngineError(
          "parse_error",
          `${file}: ${where}.range: invalid [min, max, step]: ${JSON.stringify(range)}`,
        );
      }
      const count = Math.floor((max - min) / step + 1e-9) + 1;
      const numbers = Array.from({ length: count }, (_, k) => Number((min + k * step).toPrecision(12)));
      return {
        name,
        index: i + 1,
        kind: "number",
        values: numbers.map(String),
        numbers,
        lower: min,
        upper: max,
      };
    }
    throw new EngineError(
      "parse_error",
      `${file}: ${where}: expected {values: [...]} or {range: [min, max, step]}`,
    );
  });
  if (issues.length === 0) throw new EngineError("parse_error", `${file}: ${path}issuesValues: no issues`);
  return { name: typeof value.name === "string" ? value.name : file, issues };
}

/**
 * Reads a GeniusWeb `LinearAdditiveUtilitySpace` profile (JSON). Issue utilities may be spelled
 * `discreteutils` or `DiscreteValueSetUtilities` (`{valueUtilities}`), and `numberutils` or
 * `NumberValueSetUtilities` (`{lowValue, lowUtility, highValue, highUtility}`). The reservation is a bid:
 * its utility becomes the reservation value (0 without one). Utilities are Σ w_i·u_i, not capped.
 * Returns the embedded domain too.
 * @example
 * ```ts
 * const { domain, profile } = parseGeniusWebProfile(jsonText, { file: "flightbooking1.json" });
 * ```
 */
export function parseGeniusWebProfile(
  text: string,
  options: { file?: string } = {},
): { domain: GeniusDomain; profile: GeniusProfile; diagnostics: Diagnostic[] } {
  const file = options.file ?? "profile";
  const root = parseJson(text, file);
  const body = isObject(root) ? root.LinearAdditiveUtilitySpace : undefined;
  if (!isObject(body)) {
    const key = isObject(root) ? Object.keys(root)[0] : typeof root;
    throw new EngineError(
      "parse_error",
      `${file}: unsupported GeniusWeb profile: expected LinearAdditiveUtilitySpace, got ${key}`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const domain = geniusWebDomain(body.domain, file, "LinearAdditiveUtilitySpace.domain.");
  const utilities = isObject(body.issueUtilities) ? body.issueUtilities : {};
  const weightsIn = isObject(body.issueWeights) ? body.issueWeights : {};
  const evaluators = domain.issues.map((issue): GeniusEvaluator => {
    const where = `LinearAdditiveUtilitySpace.issueUtilities["${issue.name}"]`;
    const spec = utilities[issue.name];
    if (!isObject(spec)) {
      diagnostics.push({
        code: "issue_missing",
        path: where,
        message: `no utilities for "${issue.name}"; it scores 0`,
        severity: "warning",
        file,
      });
      return { kind: "table", utilities: issue.values.map(() => 0) };
    }
    const discrete = spec.discreteutils ?? spec.DiscreteValueSetUtilities;
    const numeric = spec.numberutils ?? spec.NumberValueSetUtilities;
    if (isObject(discrete) && isObject(discrete.valueUtilities)) {
      const vu = discrete.valueUtilities;
      for (const key of Object.keys(vu)) {
        if (!issue.values.includes(key))
          throw new EngineError(
            "parse_error",
            `${file}: ${where}.valueUtilities: unknown value ${JSON.stringify(key)}`,
          );
      }
      return {
        kind: "table",
        utilities: issue.values.map((v) => {
          const u = vu[v];
          if (typeof u !== "number" || !Number.isFinite(u)) {
            diagnostics.push({
              code: "evaluation_missing",
              path: `${where}.valueUtilities["${v}"]`,
              message: `no utility for "${v}"; using 0`,
              severity: "warning",
              file,
            });
            return 0;
          }
          return u;
        }),
      };
    }
    if (isObject(numeric)) {
      const keys = ["lowValue", "lowUtility", "highValue", "highUtility"] as const;
      const nums = keys.map((k) => Number(numeric[k]));
      if (nums.some((v) => !Number.isFinite(v))) {
        throw new EngineError(
          "parse_error",
          `${file}: ${where}: numberutils needs lowValue, lowUtility, highValue, highUtility`,
        );
      }
      if (!issue.numbers) {
        const parsed = issue.values.map(Number);
        if (parsed.some((v) => !Number.isFinite(v))) {
          throw new EngineError("parse_error", `${file}: ${where}: number utilities on non-numeric values`);
        }
        issue.numbers = parsed;
      }
      const [lowValue, lowUtility, highValue, highUtility] = nums as [number, number, number, number];
      return { kind: "numberLinear", lowValue, lowUtility, highValue, highUtility };
    }
    throw new EngineError(
      "parse_error",
      `${file}: ${where}: expected discreteutils/DiscreteValueSetUtilities or numberutils/NumberValueSetUtilities`,
    );
  });
  const weights = domain.issues.map((issue) => {
    const w = weightsIn[issue.name];
    if (typeof w !== "number" || !Number.isFinite(w)) {
      throw new EngineError(
        "parse_error",
        `${file}: LinearAdditiveUtilitySpace.issueWeights["${issue.name}"]: missing or not a number`,
      );
    }
    return w;
  });
  const profile: GeniusProfile = {
    name: typeof body.name === "string" ? body.name : file.replace(/^.*[\\/]/, "").replace(/\.json$/i, ""),
    file,
    source: "geniusweb",
    weights,
    evaluators,
    reservation: 0,
    discount: 1,
  };
  const bid = isObject(body.reservationBid) ? body.reservationBid.issuevalues : undefined;
  if (isObject(bid)) {
    const picks = domain.issues.map((issue) => {
      const v = bid[issue.name];
      const k = v === undefined ? -1 : issue.values.indexOf(String(v));
      if (k < 0)
        throw new EngineError(
          "parse_error",
          `${file}: reservationBid.issuevalues["${issue.name}"]: unknown value ${JSON.stringify(v)}`,
        );
      return k;
    });
    profile.reservationBid = Object.fromEntries(
      domain.issues.map((issue, i) => [issue.name, issue.values[picks[i]!]!]),
    );
    profile.reservation = domain.issues.reduce(
      (s, issue, i) => s + weights[i]! * optionScore(issue, evaluators[i]!, picks[i]!),
      0,
    );
  }
  return { domain, profile, diagnostics };
}
