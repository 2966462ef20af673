import { findOutcomeAtLeast, paretoFrontier } from "../analysis/pareto/index.js";
import { nash } from "../analysis/solutions/index.js";
import { type FactoredSpace, outcomeCount, selectAlternatives } from "../space/index.js";
import type { DomainState, NegotiationDomain } from "./negotiationDomain.js";

/** Exact facts about a domain state, computed once per state and shared by the runs. */
export interface StateMetrics {
  /** A zone of agreement exists: an outcome within every participant's red lines worth its reservation value. */
  zopa: boolean;
  /** Pareto frontier of the participants within their red lines (null when skipped: > 2 parties, large space). */
  frontier: number[][] | null;
  /** The Nash point over that frontier (reservation values, or 0, as disagreement point). */
  nash: number[] | null;
}

/** Largest space for which a frontier of more than two participants is computed. */
export const MAX_MULTILATERAL_FRONTIER_OUTCOMES = 100_000n;

const cache = new WeakMap<NegotiationDomain, Map<string, StateMetrics>>();
const byState = new WeakMap<DomainState, StateMetrics>();

/** The {@link StateMetrics} of `state` (cached per state object, and per domain and state key). */
export function domainMetrics(domain: NegotiationDomain, state: DomainState): StateMetrics {
  const direct = byState.get(state);
  if (direct) return direct;
  let byKey = cache.get(domain);
  if (!byKey) {
    byKey = new Map();
    cache.set(domain, byKey);
  }
  const key = `${state.key}|${state.reservation.join(",")}`;
  const known = byKey.get(key);
  if (known) {
    byState.set(state, known);
    return known;
  }
  const cols = domain.participants;
  const space = restrict(domain.space, (f) => cols.map((c) => state.own[c]![f] ?? null));
  const thresholds = domain.space.parties.map((_, c) =>
    cols.includes(c) ? (state.reservation[c] ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY,
  );
  const zopa = findOutcomeAtLeast(space, thresholds) !== null;
  let frontier: number[][] | null = null;
  let point: number[] | null = null;
  if (cols.length <= 2 || outcomeCount(space) <= MAX_MULTILATERAL_FRONTIER_OUTCOMES) {
    frontier = paretoFrontier(space, { parties: cols }).map((p) => p.utilities);
    const d = cols.map((c) => state.reservation[c] ?? 0);
    const top = nash(
      frontier.map((u) => ({ utilities: u, count: 1n, example: new Int32Array(0) })),
      { disagreement: d },
    )[0];
    point = top ? top.utilities : null;
  }
  const metrics = { zopa, frontier, nash: point };
  byKey.set(key, metrics);
  byState.set(state, metrics);
  return metrics;
}

/** The space keeping, in each factor, the alternatives every given mask allows. */
function restrict(space: FactoredSpace, masksOf: (factor: number) => (Uint8Array | null)[]): FactoredSpace {
  const P = space.parties.length;
  return {
    ...space,
    factors: space.factors.map((f, fi) => {
      const masks = masksOf(fi).filter((m): m is Uint8Array => m !== null);
      if (masks.length === 0) return f;
      const keep: number[] = [];
      for (let k = 0; k < f.size; k++) if (masks.every((m) => m[k] === 1)) keep.push(k);
      return selectAlternatives(f, keep, P);
    }),
  };
}

/** Euclidean distance from `u` to the nearest of `points` (null when there is none). */
export function nearestDistance(u: readonly number[], points: readonly (readonly number[])[]): number | null {
  let best = Number.POSITIVE_INFINITY;
  for (const p of points) {
    let s = 0;
    for (let i = 0; i < u.length; i++) s += (u[i]! - p[i]!) ** 2;
    if (s < best) best = s;
  }
  return points.length === 0 ? null : Math.sqrt(best);
}
