import { EngineError } from "../../errors.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { outcomeCount } from "../../space/outcomeCount.js";
import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { paretoFrontier } from "../pareto/paretoFrontier.js";
import { checkEpsilon } from "../pareto/tolerance.js";
import { type SolutionName, solutions } from "./index.js";
import { type RationalCount, rationalCount } from "./rationalCount.js";

/** Options of {@link bargainingAnalysis}. */
export interface BargainingOptions {
  /** Reservation value per party of the space (default all 0). */
  reservation?: readonly number[];
  /** Use d = 0 as disagreement point and acceptance threshold instead of the reservation values. */
  ignoreReservation?: boolean;
  /** Relative tolerance (default 1e-9). */
  epsilon?: number;
  /** Budget of the exact rational count (see {@link countAtLeast}); default 250,000 states. */
  maxStates?: number;
}

/** The full bargaining analysis of a space. */
export interface BargainingAnalysis {
  parties: string[];
  /** Number of outcomes of the space. */
  outcomes: bigint;
  /** The reservation values given (party order). */
  reservation: number[];
  /** The disagreement point used: the reservation values, or 0 with `ignoreReservation`. */
  disagreement: number[];
  frontier: FrontierPoint[];
  solutions: Record<SolutionName, FrontierPoint[]>;
  /** Outcomes acceptable to all (u_p ≥ d_p), or null when exact counting exceeded its budget. */
  rational: RationalCount | null;
}

/**
 * Frontier, every bargaining solution (with ties) over the rational frontier, and the exact count and
 * fraction of outcomes acceptable to all parties: the analysis `impasse pareto` prints and the benchmark
 * times.
 * @example
 * ```ts
 * const a = bargainingAnalysis(space, { reservation: [0.5, 0.4] });
 * a.solutions.nash[0].utilities;
 * ```
 */
export function bargainingAnalysis(
  space: FactoredSpace,
  options: BargainingOptions = {},
): BargainingAnalysis {
  const epsilon = checkEpsilon(options.epsilon);
  const P = space.parties.length;
  const reservation = [...(options.reservation ?? new Array<number>(P).fill(0))];
  if (reservation.length !== P || reservation.some((r) => !Number.isFinite(r))) {
    throw new EngineError("invalid_argument", `invalid reservation: ${JSON.stringify(reservation)}`);
  }
  const disagreement = options.ignoreReservation ? reservation.map(() => 0) : reservation;
  const frontier = paretoFrontier(space, { epsilon });
  const chosen = Object.fromEntries(
    Object.entries(solutions).map(([name, fn]) => [name, fn(frontier, { disagreement, epsilon })]),
  ) as Record<SolutionName, FrontierPoint[]>;
  let rational: RationalCount | null = null;
  try {
    rational = rationalCount(space, disagreement, options.maxStates ? { maxStates: options.maxStates } : {});
  } catch (error) {
    if (!(error instanceof EngineError && error.code === "space_too_large")) throw error;
  }
  return {
    parties: [...space.parties],
    outcomes: outcomeCount(space),
    reservation,
    disagreement,
    frontier,
    solutions: chosen,
    rational,
  };
}
