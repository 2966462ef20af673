/**
 * Types of a scenario compiled for analysis: its issues, the positions (expanded red lines, indivisibility,
 * reservation constraints) and the groups of issues that positions tie together.
 * @module
 */
import type { PositionRef } from "../analysis/analysisResult.js";
import type { Scenario } from "../model/index.js";
import type { SpaceIssue } from "../space/index.js";
import type { ScenarioState } from "./scenarioAt.js";

/** A position compiled to a test over option indices (hard positions) or a utility threshold (reservations). */
export interface CompiledPosition {
  index: number;
  ref: PositionRef;
  /** Column of the position's party in the utility vectors. */
  partyIndex: number;
  /** Reservation threshold, for `kind: "reservation"`. */
  threshold?: number;
  /** Issues a hard position reads. */
  issues: number[];
  /** True when the outcome satisfies the position; `optionOf(issue)` gives the chosen option index. */
  test?: (optionOf: (issue: number) => number) => boolean;
}

/** Issues tied together by hard positions, with every joint alternative and which positions it satisfies. */
export interface CompiledGroup {
  issues: number[];
  size: number;
  /** size × issues.length option indices. */
  choices: Int32Array;
  /** size × P utilities. */
  utilities: Float64Array;
  /** Hard positions that read this group's issues. */
  positions: number[];
  /** satisfied[j][k] = 1 when alternative k satisfies positions[j]. */
  satisfied: Uint8Array[];
}

/** A scenario compiled on a date. */
export interface CompiledScenario {
  scenario: Scenario;
  state: ScenarioState;
  issues: SpaceIssue[];
  issueIndex: Map<string, number>;
  /** Territory id of each issue (undefined for linked issues). */
  issueTerritory: (string | undefined)[];
  /** Dimension or linked issue id of each issue. */
  issueKind: string[];
  /** Parties with preferences, in utility-column order. */
  parties: string[];
  /**
   * Per party column: a scale D such that every utility times D is an integer (utilities are then exact
   * multiples of 1/D), or null when the weights and values have no small common denominator.
   */
  unitScale: (number | null)[];
  /** Reservation value per party column (null = none). */
  reservation: (number | null)[];
  positions: CompiledPosition[];
  groups: CompiledGroup[];
  warnings: string[];
}
