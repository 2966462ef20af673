/**
 * The state and the record of one negotiation session. The simulation records errors here (a strategy that
 * throws or proposes outside the space ends its session with `end: "error"`) instead of crashing the run.
 * @module
 */

/** Why a session ended. */
export type EndReason = "agreement" | "deadline" | "mediator_exit" | "walk_away" | "error";

/** A problem a strategy caused, recorded in the session. */
export interface SessionError {
  /** The party whose strategy failed. */
  party: string;
  /** `strategy_error` (it threw), `invalid_offer` (outside the space or the agenda), `no_offer` (empty menu). */
  code: "strategy_error" | "invalid_offer" | "no_offer";
  message: string;
}

/** The live state of a session (after negmas' MechanismState). */
export interface SessionState {
  /** 0-based index of the current round. */
  round: number;
  /** round / (maxRounds − 1), in [0, 1]. */
  relativeTime: number;
  /** Calendar date of the current round (null without a calendar). */
  date: string | null;
  /** True once every participant accepted the same offer or text. */
  agreed: boolean;
  /** True when a participant walked away. */
  broken: boolean;
  /** True when the deadline passed without agreement. */
  timedOut: boolean;
  /** True when the mediator ran out of patience (or withdrew) first. */
  mediatorExited: boolean;
  /** Rounds in which talks could not take place (unmet preconditions, a withdrawn party). */
  blockedRounds: number;
  /** Consecutive rounds (and the date since) without progress, as a mediator with patience counts them. */
  idleRounds: number;
  lastProgressDate: string | null;
  error: SessionError | null;
}

/** The plain, serialisable result of one session. */
export interface SessionRecord {
  end: EndReason;
  /** Rounds played (the index of the last round + 1). */
  rounds: number;
  /** Calendar date on which the session ended (null without a calendar). */
  date: string | null;
  /** The agreed outcome: option index per issue of the space (null without agreement). */
  outcome: number[] | null;
  /** Utility of the agreement for each participant (null without agreement). */
  utilities: number[] | null;
  /** Participants whose red lines in force the agreement breaches. */
  breaches: string[];
  /** Participants for whom the agreement is worth less than their reservation value. */
  belowReservation: string[];
  blockedRounds: number;
  /** Distinct reasons talks were blocked. */
  blockers: string[];
  error: SessionError | null;
  /** Whether a zone of agreement existed (every red line and reservation value of the participants) at the start. */
  zopa: boolean;
  /** Euclidean distance of the agreement's utilities to the nearest Pareto frontier point (null: none / skipped). */
  paretoDistance: number | null;
  /** Euclidean distance to the Nash point (reservation values as disagreement point; null: none / skipped). */
  nashDistance: number | null;
  /** Trace lines (JSON) when requested. */
  trace?: string[];
}
