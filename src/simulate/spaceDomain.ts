import { EngineError } from "../errors.js";
import { checkSpace, type FactoredSpace } from "../space/index.js";
import type { DomainState, NegotiationDomain, Patience } from "./negotiationDomain.js";

/** Options of {@link spaceDomain}. */
export interface SpaceDomainOptions {
  /** Reservation value per party column (default: none). */
  reservation?: readonly (number | null)[];
  /** Negotiating columns in turn order (default: every column). */
  participants?: readonly number[];
  /** A mediator without preferences and its patience (default: none). */
  mediator?: { party: string; patience: Patience };
}

/**
 * A calendar-free negotiation domain over any factored space (a GENIUS domain, a synthetic space): no hard
 * positions beyond the space itself, fixed reservation values.
 * @example
 * ```ts
 * spaceDomain(randomSpace(rng(1), { factors: 5 }), { reservation: [0.3, 0.3] });
 * ```
 */
export function spaceDomain(space: FactoredSpace, options: SpaceDomainOptions = {}): NegotiationDomain {
  checkSpace(space);
  const P = space.parties.length;
  const reservation = options.reservation ?? new Array<number | null>(P).fill(null);
  if (reservation.length !== P)
    throw new EngineError(
      "dimension_mismatch",
      `invalid reservation: ${reservation.length} values for ${P} parties`,
    );
  for (const r of reservation)
    if (r !== null && !Number.isFinite(r))
      throw new EngineError("invalid_argument", `invalid reservation: ${r}`);
  const participants = options.participants ?? space.parties.map((_, p) => p);
  if (participants.length < 1 || participants.some((p) => !Number.isInteger(p) || p < 0 || p >= P))
    throw new EngineError("invalid_argument", `invalid participants: ${JSON.stringify(participants)}`);
  const none = space.factors.map(() => null);
  const state: DomainState = {
    key: "",
    reservation,
    own: space.parties.map(() => none),
    agenda: none,
    blocked: [],
    mediatorWithdrawn: false,
  };
  return {
    space,
    participants,
    mediator: options.mediator ? { ...options.mediator, column: -1 } : null,
    start: null,
    changeDates: [],
    stateAt: () => state,
    warnings: [],
  };
}
