/**
 * The plain, serialisable result of analysing a scenario at a date. The CLI (`--json`), the HTTP API and the
 * web workbench all show this same object. Field names are stable (documented in the README).
 * @module
 */

/** One position (constraint) of a party that takes part in a conflict or a concession. */
export interface PositionRef {
  /**
   * Stable id: `PARTY:redLineId@TERRITORY`, `PARTY:redLineId`, `PARTY:ratifierId@TERRITORY`,
   * `PARTY:indivisible@TERRITORY` or `PARTY:reservation`.
   */
  id: string;
  party: string;
  kind: "redLine" | "ratification" | "indivisible" | "reservation";
  /** The red line (or ratifier) id in the scenario (absent for reservation and indivisibility constraints). */
  redLine?: string;
  /** For ratification constraints: the ratifier's name. */
  ratifier?: string;
  /** The territory the expanded red line applies to, if any. */
  territory?: string;
  description: string;
  /** Concession cost weight (the red line's salience; 1 by default). */
  salience: number;
  source?: string;
}

/** A minimal set of positions of different parties that cannot hold together. */
export interface Conflict {
  parties: string[];
  territories: string[];
  issues: string[];
  constraints: PositionRef[];
  /** One neutral sentence naming the positions. */
  explanation: string;
}

/** A minimal set of positions whose relaxation opens a zone of agreement. */
export interface Concession {
  rank: number;
  moves: PositionRef[];
  parties: string[];
  territories: string[];
  /** Number of positions relaxed. */
  size: number;
  /** Sum of the relaxed positions' salience. */
  cost: number;
  /** What relaxing these positions opens: the Nash-best utilities of the zone it opens. */
  opens: { best?: Record<string, number> };
}

/** How one party sees one proposal. */
export interface ProposalVerdict {
  acceptable: boolean;
  /** Utility range over the completions of the proposal's open issues that respect the party's red lines. */
  utility: { min: number; max: number } | null;
  reservation: number | null;
  brokenRedLines: PositionRef[];
  reason: string;
}

/** A proposal against every party with preferences. */
export interface ProposalAssessment {
  id: string;
  name: string;
  by: string[];
  date?: string;
  /** party id → verdict. */
  parties: Record<string, ProposalVerdict>;
  /** Whether some completion of the proposal is acceptable to every party at once. */
  acceptableToAll: boolean;
}

/** The result of {@link analyzeScenario}. */
export interface AnalysisResult {
  scenario: { id: string; title: string };
  /** The date the scenario was evaluated at. */
  at: string;
  verdict: "deadlock" | "zopa";
  /** The verdict in one sentence. */
  summary: string;
  space: { outcomes: string; issues: number; territories: number; parties: string[] };
  parties: {
    id: string;
    name: string;
    role: string;
    reservation: number | null;
    redLines: number;
    active: boolean;
  }[];
  /**
   * `count`: exact number of outcomes in the zone (decimal string); null when exact counting exceeded its
   * budget (the verdict and the best outcome stay exact). `fraction` = count / all outcomes.
   */
  zopa: { exists: boolean; count: string | null; fraction: number | null };
  best?: { outcome: Record<string, string>; utilities: Record<string, number>; nashProduct: number };
  conflicts: Conflict[];
  /** False when the conflict search stopped at its budget before proving it found every minimal conflict. */
  conflictsComplete: boolean;
  concessions: Concession[];
  /** Per party: the cheapest concession that party could make alone, when one exists. */
  unilateral: Record<string, Concession | null>;
  proposals: ProposalAssessment[];
  warnings: string[];
}
