/**
 * The outcome-space kernel shared by every analysis in Impasse (scenario analysis, GENIUS domains,
 * simulation). An outcome picks one option for every issue. Issues are grouped into *factors*: a factor
 * lists the joint alternatives of the issues it covers that are allowed (hard constraints that tie
 * several issues are resolved inside a factor), and each alternative's utility for every party.
 * Utilities are additive across factors:
 *
 *   u_p(outcome) = Σ_f  utilities_f[alt_f · P + p]
 *
 * An independent issue is simply a factor with one covered issue and one alternative per option.
 * @module
 */

/** A negotiated issue with a finite, ordered option set. */
export interface SpaceIssue {
  /** Stable id, e.g. `UA-43.sovereignty` or a GENIUS issue name. */
  id: string;
  /** Option labels in order; an outcome stores the option index. */
  options: readonly string[];
}

/** A group of issues with its allowed joint alternatives and their utilities. */
export interface Factor {
  /** Indices into {@link FactoredSpace.issues} of the issues this factor covers (each issue is in exactly one factor). */
  issues: readonly number[];
  /** Number of allowed alternatives (may be 0: then no outcome exists). */
  size: number;
  /** size × issues.length option indices: alternative k sets issue `issues[j]` to `choices[k·J + j]`. */
  choices: Int32Array;
  /** size × P utilities: alternative k contributes `utilities[k·P + p]` to party p. */
  utilities: Float64Array;
}

/** An outcome space with additive (per-factor) utilities for P parties. */
export interface FactoredSpace {
  issues: readonly SpaceIssue[];
  /** Party ids in the order of the utility columns. */
  parties: readonly string[];
  factors: readonly Factor[];
}

/** An outcome: the option index chosen for every issue, in {@link FactoredSpace.issues} order. */
export type Outcome = Int32Array;
