/**
 * What a simulation negotiates over: a factored outcome space with every alternative (hard positions are
 * masks, not removed alternatives, so a party may breach another party's red line), the negotiating
 * columns, an optional mediator with patience, and the positions in force on each calendar date.
 * @module
 */
import type { FactoredSpace } from "../space/index.js";

/** How long a mediator waits without progress before it walks away ("move on"). */
export interface Patience {
  /** Consecutive rounds without progress before the mediator exits. */
  rounds?: number;
  /** Calendar days without progress before the mediator exits. */
  days?: number;
}

/** The mediator of a domain. */
export interface MediatorSpec {
  party: string;
  /** Utility column of the mediator in the space, or -1 when it has no preferences. */
  column: number;
  patience: Patience;
}

/** The positions in force on a date. */
export interface DomainState {
  /** Identifies the masks below (equal keys mean equal masks); used to cache menus and frontiers. */
  key: string;
  /** Reservation value per utility column (null: none stated). */
  reservation: readonly (number | null)[];
  /** own[column][factor]: alternatives allowed by that column's hard positions in force (null: all). */
  own: readonly (readonly (Uint8Array | null)[])[];
  /** agenda[factor]: alternatives allowed by every precondition in force (null: all). */
  agenda: readonly (Uint8Array | null)[];
  /** Why talks cannot take place on this date (unmet preconditions, withdrawn parties); empty when they can. */
  blocked: readonly string[];
  /** True once the mediator has withdrawn (an event effect). */
  mediatorWithdrawn: boolean;
}

/** A negotiation domain: the space, who negotiates, the mediator and the calendar of positions. */
export interface NegotiationDomain {
  /** The full space: every joint alternative of every factor, utilities for every column. */
  space: FactoredSpace;
  /** Utility columns of the negotiating parties, in turn order. */
  participants: readonly number[];
  mediator: MediatorSpec | null;
  /** Calendar date of the first round (YYYY-MM-DD), or null for a domain without a calendar. */
  start: string | null;
  /** Dates after `start` on which the state changes (sorted). */
  changeDates: readonly string[];
  /** The state on `date` (null for calendar-free domains). Cached per date. */
  stateAt(date: string | null): DomainState;
  /** Problems found while building the domain (e.g. preconditions without a machine-readable condition). */
  warnings: readonly string[];
}
