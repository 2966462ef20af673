/**
 * The Stokman–van Oosten equal-gain exchange model (Stokman & van Oosten 1994, "The exchange of voting
 * positions", in Bueno de Mesquita & Stokman (eds), European Community Decision Making; Stokman 2015),
 * implemented from the equations (the reference implementation, decide-exchange-model, is GPL and was not
 * copied). Positions are mapped to 0–100, saliences and powers are on 0–1.
 *
 * Per round, with O_p = Σ_i c_ip s_ip x_ip / Σ_i c_ip s_ip (the compromise, Decide's "NBS"):
 * - for each issue pair (p, q), actors on opposite sides of O on both issues can exchange: the one with the
 *   lower s_p/s_q supplies on p (moves its voting position toward the other's), the other supplies on q;
 * - a move Δ by actor k on p shifts O_p by δO_p = Δ·c_kp s_kp / Σ_m c_mp s_mp; the supplier on p first moves
 *   all the way to the partner's position, and the partner's move on q follows from equal gain,
 *   δO_q = δO_p (s_ip + s_jp)/(s_iq + s_jq); if that move would overshoot the partner's target the roles
 *   swap (the partner moves all the way on q and δO_p follows);
 * - the gain to each is G = δO_p (s_jp s_iq − s_ip s_jq)/(s_iq + s_jq) (j demands p, i supplies it);
 * - the highest-gain exchange is realised (ties: first by issue pair and actor ids, or at random with an
 *   rng), exchanges in which either actor would supply the same issue again are dropped, and so on until
 *   none is left;
 * - the round forecast is O on the voting positions y; next round starts at
 *   x' = (1 − w)x + w·y with w = 0.4(1 − s) + 0.1 (Decide's `new_start_position`).
 * @module
 */
import { EngineError } from "../errors.js";
import type { Rng } from "../util/rng.js";
import { checkSpatialProblem } from "./checkSpatialProblem.js";
import type { ForecastEvent, ForecastResult } from "./forecastResult.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Exchange-model options. */
export interface ExchangeOptions {
  /** Number of rounds (default 10). */
  rounds: number;
  /** Weight of (1 − salience) in the next round's start position (Decide: 0.4). */
  salienceWeight: number;
  /** Fixed weight in the next round's start position (Decide: 0.1). */
  fixedWeight: number;
}

/** Decide's defaults. */
export const exchangeDefaults: Readonly<ExchangeOptions> = {
  rounds: 10,
  salienceWeight: 0.4,
  fixedWeight: 0.1,
};

/** One candidate or realised exchange: `i` supplies on issue `p`, `j` supplies on issue `q`. */
export interface Exchange {
  i: number;
  j: number;
  p: number;
  q: number;
  /** Move of i on p and of j on q (on 0–100). */
  moveI: number;
  moveJ: number;
  /** Shift of the compromise on p and q. */
  dOp: number;
  dOq: number;
  /** Equal gain of both actors. */
  gain: number;
}

/** Compromise per issue: Σ c s x / Σ c s with issue-specific powers. */
function compromise(
  x: readonly number[][],
  s: readonly number[][],
  c: readonly number[][],
  d: number,
): number {
  let t = 0;
  let w = 0;
  for (let i = 0; i < x.length; i++) {
    w += c[i]![d]! * s[i]![d]!;
    t += c[i]![d]! * s[i]![d]! * x[i]![d]!;
  }
  return t / w;
}

/**
 * Every pair of actors on opposite sides of the compromise on both issues of an issue pair, as an
 * equal-gain exchange for positions `x` (0–100), saliences `s` and powers `c`, in issue-pair then
 * actor-pair order. Pairs with equal relative saliences have gain 0 (they are never realised).
 */
export function candidateExchanges(
  x: readonly number[][],
  s: readonly number[][],
  c: readonly number[][],
): Exchange[] {
  const n = x.length;
  const nd = x[0]!.length;
  const S = Array.from({ length: nd }, (_, d) => x.reduce((t, _, i) => t + c[i]![d]! * s[i]![d]!, 0));
  const O = Array.from({ length: nd }, (_, d) => compromise(x, s, c, d));
  const out: Exchange[] = [];
  for (let P = 0; P < nd; P++) {
    for (let Q = P + 1; Q < nd; Q++) {
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (x[i]![P]! > O[P]! === x[j]![P]! > O[P]!) continue;
          if (x[i]![Q]! > O[Q]! === x[j]![Q]! > O[Q]!) continue;
          const ri = s[i]![P]! / s[i]![Q]!;
          const rj = s[j]![P]! / s[j]![Q]!;
          // a supplies on P (lower relative salience on P), b supplies on Q.
          const [a, b] = ri < rj ? [i, j] : [j, i];
          const sap = s[a]![P]!;
          const saq = s[a]![Q]!;
          const sbp = s[b]![P]!;
          const sbq = s[b]![Q]!;
          const distP = Math.abs(x[a]![P]! - x[b]![P]!);
          const distQ = Math.abs(x[b]![Q]! - x[a]![Q]!);
          let dOp = (distP * c[a]![P]! * sap) / S[P]!;
          let dOq = (dOp * (sap + sbp)) / (saq + sbq);
          let moveB = (dOq * S[Q]!) / (c[b]![Q]! * sbq);
          let moveA = distP;
          if (moveB > distQ) {
            moveB = distQ;
            dOq = (distQ * c[b]![Q]! * sbq) / S[Q]!;
            dOp = (dOq * (saq + sbq)) / (sap + sbp);
            moveA = (dOp * S[P]!) / (c[a]![P]! * sap);
          }
          const gain = Math.max(0, (dOp * (sbp * saq - sap * sbq)) / (saq + sbq));
          out.push({ i: a, j: b, p: P, q: Q, moveI: moveA, moveJ: moveB, dOp, dOq, gain });
        }
      }
    }
  }
  return out;
}

/**
 * Realises exchanges highest gain first until none is valid; returns them in order and the voting
 * positions after them. An actor supplies on an issue at most once per round. Equal gains are ordered by
 * issue pair and actor ids (`ids`), so the result does not depend on actor order; with `rng` one of them is
 * drawn instead.
 */
export function realiseExchanges(
  x: readonly number[][],
  s: readonly number[][],
  c: readonly number[][],
  rng?: Rng,
  ids: readonly string[] = x.map((_, i) => String(i)),
): { exchanges: Exchange[]; y: number[][] } {
  let pool = candidateExchanges(x, s, c).filter((e) => e.gain > 0);
  const key = (e: Exchange) => `${e.p}\u0000${e.q}\u0000${[ids[e.i], ids[e.j]].sort().join("\u0000")}`;
  const y = x.map((r) => [...r]);
  const done: Exchange[] = [];
  while (pool.length > 0) {
    let best = pool[0]!.gain;
    for (const e of pool) if (e.gain > best) best = e.gain;
    // Gains equal up to rounding (sums taken in another actor order) count as ties.
    const top = pool.filter((e) => e.gain >= best * (1 - 1e-9));
    top.sort((u, v) => (key(u) < key(v) ? -1 : key(u) > key(v) ? 1 : 0));
    const e = rng ? top[rng.int(top.length)]! : top[0]!;
    done.push(e);
    const dir = (from: number, to: number) => (to >= from ? 1 : -1);
    y[e.i]![e.p] = y[e.i]![e.p]! + dir(x[e.i]![e.p]!, x[e.j]![e.p]!) * e.moveI;
    y[e.j]![e.q] = y[e.j]![e.q]! + dir(x[e.j]![e.q]!, x[e.i]![e.q]!) * e.moveJ;
    const used = (k: number, d: number) => (k === e.i && d === e.p) || (k === e.j && d === e.q);
    pool = pool.filter((o) => o !== e && !used(o.i, o.p) && !used(o.j, o.q));
  }
  return { exchanges: done, y };
}

/**
 * Runs the equal-gain exchange model on `problem` for `rounds` rounds. Uses the actors' issue-specific
 * `power` when present, else their capability normalised by the largest. History holds the start positions
 * of each round and the final one; `final.expected` is the compromise O on the last round's voting positions.
 * `rng` only breaks ties between equal gains (Decide does so at random; without rng the first is taken).
 */
export function runExchange(
  problem: SpatialProblem,
  options: Partial<ExchangeOptions> = {},
  rng?: Rng,
): ForecastResult {
  checkSpatialProblem(problem);
  const o: ExchangeOptions = { ...exchangeDefaults, ...options };
  if (!(Number.isInteger(o.rounds) && o.rounds >= 1))
    throw new EngineError("invalid_argument", `invalid rounds: ${o.rounds}`);
  if (problem.dimensions.length < 2) {
    throw new EngineError(
      "invalid_argument",
      "invalid forecast input: the exchange model needs two or more dimensions",
    );
  }
  const dims = problem.dimensions;
  const maxCap = Math.max(...problem.actors.map((a) => a.capability));
  const c = problem.actors.map((a) => a.power ?? dims.map(() => a.capability / maxCap));
  const s = problem.actors.map((a) => a.salience);
  const to100 = (v: number, d: number) => ((v - dims[d]!.min) / (dims[d]!.max - dims[d]!.min)) * 100;
  const from100 = (v: number, d: number) => dims[d]!.min + (v / 100) * (dims[d]!.max - dims[d]!.min);
  let x = problem.actors.map((a) => a.position.map((v, d) => to100(v, d)));
  const history: number[][][] = [x.map((r) => r.map((v, d) => from100(v, d)))];
  const log: ForecastEvent[] = [];
  let lastY = x;
  for (let t = 0; t < o.rounds; t++) {
    const { exchanges, y } = realiseExchanges(
      x,
      s,
      c,
      rng,
      problem.actors.map((a) => a.id),
    );
    for (const e of exchanges) {
      const [ai, aj] = [problem.actors[e.i]!.id, problem.actors[e.j]!.id];
      const [dp, dq] = [dims[e.p]!.id, dims[e.q]!.id];
      log.push({
        turn: t,
        kind: "exchange",
        actors: [ai, aj],
        dimensions: [dp, dq],
        text: `${ai} moves on ${dp}, ${aj} moves on ${dq} (gain ${e.gain.toFixed(4)} each)`,
      });
    }
    lastY = y;
    x = x.map((row, i) =>
      row.map((v, d) => {
        const w = o.salienceWeight * (1 - s[i]![d]!) + o.fixedWeight;
        return (1 - w) * v + w * y[i]![d]!;
      }),
    );
    history.push(x.map((r) => r.map((v, d) => from100(v, d))));
  }
  const expected = dims.map((_, d) => from100(compromise(lastY, s, c, d), d));
  return {
    model: "exchange",
    variant: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)])),
    actors: problem.actors.map((a) => a.id),
    dimensions: dims.map((d) => d.id),
    turns: history.length,
    history,
    probabilities: null,
    final: { expected, modal: { position: expected, probability: null } },
    converged: true,
    log,
  };
}
