/**
 * The imported form of GENIUS / GeniusWeb negotiation domains and profiles: everything the files say that
 * bears on utilities, kept raw (evaluations before normalisation, weights as given) so that an export is
 * lossless and the semantics are applied in one place ({@link geniusUtility}).
 * @module
 */
import type { Diagnostic } from "../../errors.js";

/** A negotiated issue of a GENIUS domain; `values` are the option labels the analysis uses. */
export interface GeniusIssue {
  name: string;
  /** GENIUS `index` attribute (profiles' weights refer to issues by it); 1-based position for GeniusWeb. */
  index: number;
  /** discrete: labelled items; integer: every integer in [lower, upper]; real: `realSteps` evenly spaced
   * values in [lower, upper]; number: a GeniusWeb numeric range [min, max] by step. */
  kind: "discrete" | "integer" | "real" | "number";
  values: string[];
  /** Numeric value of every option (integer, real and number issues). */
  numbers?: number[];
  lower?: number;
  upper?: number;
}

/** A negotiation domain. */
export interface GeniusDomain {
  name: string;
  issues: GeniusIssue[];
}

/** How one issue's option is scored (before the issue weight). */
export type GeniusEvaluator =
  /** GENIUS discrete: raw evaluation per option (domain order); scored evaluation / max over the issue. */
  | { kind: "discrete"; evaluations: number[] }
  /** GENIUS integer: clamp(offset + slope·(x − lower), 0, 1). */
  | { kind: "integer"; slope: number; offset: number }
  /** GENIUS real: linear clamp(p1·x + p0, 0, 1); constant p0; triangular (lower p0, upper p1, top p2). */
  | { kind: "real"; ftype: "linear" | "constant" | "triangular"; parameters: number[] }
  /** GeniusWeb discrete: the utility of each option as given (domain order). */
  | { kind: "table"; utilities: number[] }
  /** GeniusWeb number: linear between (lowValue, lowUtility) and (highValue, highUtility), clamped outside. */
  | { kind: "numberLinear"; lowValue: number; lowUtility: number; highValue: number; highUtility: number };

/** One party's profile. */
export interface GeniusProfile {
  name: string;
  /** File the profile came from, when known. */
  file?: string;
  /** `genius` profiles cap the total utility at 1 (GENIUS semantics); `geniusweb` ones do not. */
  source: "genius" | "geniusweb";
  /** Weight per domain issue, as given in the file. */
  weights: number[];
  /** Evaluator per domain issue. */
  evaluators: GeniusEvaluator[];
  /** Reservation value (GENIUS `<reservation>`, default 0; GeniusWeb: utility of the reservation bid). */
  reservation: number;
  /** GeniusWeb reservation bid (issue → value label), when the file has one. */
  reservationBid?: Record<string, string>;
  /** Effective discount factor d (u·d^t, t ∈ [0, 1]); 1 when absent, ≤ 0 or > 1. */
  discount: number;
  /** The discount factor as written, when present. */
  rawDiscount?: number;
  /** GENIUS `utility_space type` when not plain additive (e.g. `UNCERTAIN`). */
  type?: string;
}

/** A domain with its profiles in party order, and what the importer noticed. */
export interface GeniusImport {
  domain: GeniusDomain;
  profiles: GeniusProfile[];
  diagnostics: Diagnostic[];
}
