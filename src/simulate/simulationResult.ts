/**
 * The plain, serialisable result of a Monte Carlo simulation. The CLI (`--json`), the HTTP API and the web
 * workbench show this object. Numbers are rounded to 6 decimals.
 * @module
 */
import type { EndReason } from "./sessionState.js";

/** Summary statistics of a sample (null fields when the sample is empty). */
export interface SampleSummary {
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  p05: number | null;
  median: number | null;
  p95: number | null;
  max: number | null;
}

/** Result of {@link simulate}. */
export interface SimulationResult {
  /** Runs completed (the first `runs` run indices). */
  runs: number;
  requestedRuns: number;
  /** True when the simulation was interrupted: statistics cover the completed runs only. */
  partial: boolean;
  seed: number;
  protocol: string;
  maxRounds: number;
  /** Party id → strategy spec used. */
  strategies: Record<string, string>;
  participants: string[];
  mediator: string | null;
  start: string | null;
  /** True when parameters were drawn from the scenario's uncertainty block. */
  uncertain: boolean;
  agreements: number;
  agreementProbability: number;
  /** 95% Wilson interval of the agreement probability. */
  agreementInterval: [number, number];
  mediatorExitProbability: number;
  mediatorExitInterval: [number, number];
  /** Runs by how they ended. */
  end: Record<EndReason, number>;
  /** Why runs failed, beyond how they ended (a run can count under several). */
  failures: {
    /** No zone of agreement (red lines and reservation values) at the start. */
    noZopa: number;
    /** Talks blocked by unmet preconditions or a withdrawn party in at least one round. */
    blocked: number;
    /** Distinct blocking reasons and in how many runs they occurred. */
    blockers: Record<string, number>;
    /** Strategy errors by code. */
    errors: Record<string, number>;
  };
  /** Rounds played per run (every run, in run order) and their distribution. */
  rounds: number[];
  roundsHistogram: Record<string, number>;
  roundsToAgreement: SampleSummary;
  /** Issue id → option → share of agreements choosing it. */
  outcomes: Record<string, Record<string, number>>;
  /** Participant id → utility of the agreements. */
  utilities: Record<string, SampleSummary>;
  /** Distance of the agreements to the Pareto frontier and to the Nash point (utility space, Euclidean). */
  paretoDistance: SampleSummary;
  nashDistance: SampleSummary;
  /** Agreements breaching some participant's red lines, or worth less than a reservation value. */
  breachingAgreements: number;
  belowReservationAgreements: number;
  warnings: string[];
}
