/**
 * Bueno de Mesquita's expected-utility ("challenge") model in the reading of Scholz, Calbert & Smith (2011,
 * "Unravelling Bueno de Mesquita's group decision model", J. Theoretical Politics 23(4):510–531), after
 * Bueno de Mesquita (1994, "Political forecasting: an expected utility method", in Bueno de Mesquita &
 * Stokman (eds), European Community Decision Making). The public replications disagree on several choices;
 * each is an option (defaults reproduce dmasad/BDM_DecisionModel_Replication):
 *
 * - `probability`: `dmasad` P_ij = max(0, Σ_k c_k s_k δ_k) / Σ_k c_k s_k |δ_k|, δ_k = |x_k−x_j| − |x_k−x_i|;
 *   `eum` P_ij = Σ_k max(0, v_k) / Σ_k |v_k|, v_k = c_k s_k (U^k_i − U^k_j), U^k_m = 1 − (|x_k−x_m|/Δ)^{r_i};
 *   `scholz` (jmckib, "Scholz's code") numerator Σ_k max(0, c_k s_k (d_kj^{r_k} − d_ki^{r_k})), denominator
 *   Σ_{k,a,b} |c_k s_k (d_ka^{r_k} − d_kb^{r_k})|. P_ij = 0 when x_i = x_j.
 * - `Q` (probability that j does not move unchallenged; dmasad, jmckib 1, eum 0.5) and `T` (a number, or
 *   `eftekhari`: 1 if |x_i−μ| < |x_i−x_j| else 0).
 * - `median`: μ used in U_b/U_w — `mean` (c·s-weighted mean, dmasad), `total` (position with the largest
 *   pairwise vote total, eum), `margin` (winner of the pairwise contest with the largest margin, dmasad `vote`).
 * - `compromise`: `linear` x_j + (x_i−x_j)|E_j/E_i| (dmasad, jmckib) or `weighted` (|E_j|x_j + |E_i|x_i)/(|E_i|+|E_j|) (eum).
 * - `offers`: which incoming offer an actor takes — `maxEU` (largest sender EU, ties to the nearest; dmasad),
 *   `smallestMove` (the one that moves it least; BDM, eum), `typePriority` (confrontation, then compromise,
 *   then capitulation, largest EU within a type; after jmckib).
 *
 * Per round: r_i = 1; utilities U_s, U_f, U_b, U_w, U_sq (eqs 15–24 with Δ = scale range); P_ij; E_i(j) =
 * s_j[P U_s + (1−P) U_f] + (1−s_j) U_s − Q U_sq − (1−Q)[T U_b + (1−T) U_w] (eq 25); risk from the "danger"
 * S_k = Σ_{j≠k} E_j(k): R_i = (2S_i − S_max − S_min)/(S_max − S_min), r_i = (1 − R_i/3)/(1 + R_i/3) (eqs
 * 32–33); second pass with the new r; offers and moves. Runs each dimension separately, `rounds` rounds.
 * @module
 */
import { EngineError } from "../errors.js";
import { checkSpatialProblem } from "./checkSpatialProblem.js";
import type { ForecastEvent, ForecastResult } from "./forecastResult.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** BDM options; see the module comment for each choice. */
export interface BdmOptions {
  probability: "dmasad" | "eum" | "scholz";
  Q: number;
  T: number | "eftekhari";
  median: "mean" | "total" | "margin";
  compromise: "linear" | "weighted";
  offers: "maxEU" | "smallestMove" | "typePriority";
  rounds: number;
}

/** Defaults: dmasad's replication (Q = T = 1, μ = weighted mean, linear compromise, largest-EU offer). */
export const bdmDefaults: Readonly<BdmOptions> = {
  probability: "dmasad",
  Q: 1,
  T: 1,
  median: "mean",
  compromise: "linear",
  offers: "maxEU",
  rounds: 10,
};

/** Allowed values of the enumerated BDM options. */
export const bdmVariants: Readonly<Record<string, readonly string[]>> = {
  probability: ["dmasad", "eum", "scholz"],
  median: ["mean", "total", "margin"],
  compromise: ["linear", "weighted"],
  offers: ["maxEU", "smallestMove", "typePriority"],
};

/** One 1-D BDM actor. */
export interface BdmActor {
  id: string;
  c: number;
  x: number;
  s: number;
}

/** The quantities of one pass, exposed for tests and inspection. */
export interface BdmPass {
  mu: number;
  r: number[];
  /** prob[i][j] = P_ij. */
  prob: number[][];
  /** eu[i][j] = E_i(j), i challenging j (NaN on the diagonal). */
  eu: number[][];
}

/** c·s-weighted mean position. */
export function bdmMean(actors: readonly BdmActor[]): number {
  let t = 0;
  let w = 0;
  for (const a of actors) {
    w += a.s * a.c;
    t += a.s * a.c * a.x;
  }
  return t / w;
}

/** Pairwise vote totals: votes(j, k) = Σ_i c_i s_i (|x_i − x_k| − |x_i − x_j|)/Δ. */
function pairVotes(actors: readonly BdmActor[], dx: number, j: number, k: number): number {
  let v = 0;
  for (const a of actors)
    v += (a.c * a.s * (Math.abs(a.x - actors[k]!.x) - Math.abs(a.x - actors[j]!.x))) / dx;
  return v;
}

/** Median-voter position: largest total of pairwise votes (`total`) or largest single margin (`margin`). */
export function bdmMedian(actors: readonly BdmActor[], dx: number, rule: "total" | "margin"): number {
  let best = Number.NEGATIVE_INFINITY;
  let pos = actors[0]!.x;
  for (let j = 0; j < actors.length; j++) {
    let total = 0;
    for (let k = 0; k < actors.length; k++) {
      const v = pairVotes(actors, dx, j, k);
      if (rule === "margin") {
        if (v > best) {
          best = v;
          pos = actors[j]!.x;
        }
      } else total += v;
    }
    if (rule === "total" && total > best) {
      best = total;
      pos = actors[j]!.x;
    }
  }
  return pos;
}

function muOf(actors: readonly BdmActor[], dx: number, o: BdmOptions): number {
  return o.median === "mean" ? bdmMean(actors) : bdmMedian(actors, dx, o.median);
}

/** jmckib's ("Scholz's code") denominator Σ_{k,a,b} |c_k s_k (d_ka^{r_k} − d_kb^{r_k})|, the same for every pair. */
function scholzDenominator(actors: readonly BdmActor[], r: readonly number[], dx: number): number {
  let bottom = 0;
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    const d = actors.map((b) => (Math.abs(a.x - b.x) / dx) ** r[k]!);
    for (const p of d) for (const q of d) bottom += Math.abs(a.c * a.s * (p - q));
  }
  return bottom;
}

function probability(
  actors: readonly BdmActor[],
  r: readonly number[],
  dx: number,
  i: number,
  j: number,
  o: BdmOptions,
  denominator: number,
) {
  const xi = actors[i]!.x;
  const xj = actors[j]!.x;
  if (xi === xj) return 0;
  let top = 0;
  let bottom = 0;
  if (o.probability === "dmasad") {
    for (const a of actors) {
      const d = Math.abs(a.x - xj) - Math.abs(a.x - xi);
      top += a.c * a.s * d;
      bottom += a.c * a.s * Math.abs(d);
    }
    top = Math.max(0, top);
  } else if (o.probability === "eum") {
    const ri = r[i]!;
    for (const a of actors) {
      const v = a.c * a.s * (1 - (Math.abs(a.x - xi) / dx) ** ri - (1 - (Math.abs(a.x - xj) / dx) ** ri));
      if (v > 0) top += v;
      bottom += Math.abs(v);
    }
  } else {
    for (let k = 0; k < actors.length; k++) {
      const a = actors[k]!;
      const rk = r[k]!;
      const v = a.c * a.s * ((Math.abs(a.x - xj) / dx) ** rk - (Math.abs(a.x - xi) / dx) ** rk);
      if (v > 0) top += v;
    }
    bottom = denominator;
  }
  return bottom > 0 ? top / bottom : 0;
}

function expectedUtilities(
  actors: readonly BdmActor[],
  r: readonly number[],
  dx: number,
  mu: number,
  o: BdmOptions,
) {
  const n = actors.length;
  const prob = Array.from({ length: n }, () => new Array<number>(n).fill(Number.NaN));
  const eu = Array.from({ length: n }, () => new Array<number>(n).fill(Number.NaN));
  const den = o.probability === "scholz" ? scholzDenominator(actors, r, dx) : 0;
  for (let i = 0; i < n; i++) {
    const a = actors[i]!;
    const ri = r[i]!;
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      const b = actors[j]!;
      const dij = Math.abs(a.x - b.x) / dx;
      const dmu = Math.abs(a.x - mu) / dx;
      const us = 2 - 4 * (0.5 - 0.5 * dij) ** ri;
      const uf = 2 - 4 * (0.5 + 0.5 * dij) ** ri;
      const ub = 2 - 4 * (0.5 - 0.25 * (dmu + dij)) ** ri;
      const uw = 2 - 4 * (0.5 + 0.25 * (dmu + dij)) ** ri;
      const usq = 2 - 4 * 0.5 ** ri;
      const p = probability(actors, r, dx, i, j, o, den);
      const T = o.T === "eftekhari" ? (Math.abs(a.x - mu) < Math.abs(a.x - b.x) ? 1 : 0) : o.T;
      prob[i]![j] = p;
      eu[i]![j] =
        b.s * (p * us + (1 - p) * uf) + (1 - b.s) * us - o.Q * usq - (1 - o.Q) * (T * ub + (1 - T) * uw);
    }
  }
  return { prob, eu };
}

function riskExponents(eu: readonly number[][]): number[] {
  const n = eu.length;
  const danger = Array.from({ length: n }, (_, k) => {
    let s = 0;
    for (let j = 0; j < n; j++) if (j !== k) s += eu[j]![k]!;
    return s;
  });
  const max = Math.max(...danger);
  const min = Math.min(...danger);
  if (!(max > min)) return new Array<number>(n).fill(1);
  return danger.map((s) => {
    const R = (2 * s - max - min) / (max - min);
    return (1 - R / 3) / (1 + R / 3);
  });
}

/** The two passes of one BDM round: with r = 1, then with the risk exponents the first pass implies. */
export function bdmPasses(
  actors: readonly BdmActor[],
  dx: number,
  options: Partial<BdmOptions> = {},
): [BdmPass, BdmPass] {
  const o = { ...bdmDefaults, ...options };
  const r1 = new Array<number>(actors.length).fill(1);
  const mu1 = muOf(actors, dx, o);
  const p1 = expectedUtilities(actors, r1, dx, mu1, o);
  const r2 = riskExponents(p1.eu);
  const mu2 = muOf(actors, dx, o);
  const p2 = expectedUtilities(actors, r2, dx, mu2, o);
  return [
    { mu: mu1, r: r1, ...p1 },
    { mu: mu2, r: r2, ...p2 },
  ];
}

type Outcome = { kind: "confrontation" | "compromise" | "capitulation"; x: number };

function outcome(own: number, offerEU: number, x: number, xs: number, o: BdmOptions): Outcome | null {
  // own = receiver's EU of challenging the sender; offerEU = sender's EU of challenging the receiver.
  if (own > 0 && own < offerEU) return { kind: "confrontation", x: xs };
  if (own < 0 && Math.abs(own) < offerEU) {
    const nx =
      o.compromise === "linear"
        ? x + (xs - x) * Math.abs(own / offerEU)
        : (Math.abs(own) * x + offerEU * xs) / (Math.abs(own) + offerEU);
    return { kind: "compromise", x: nx };
  }
  if (own < 0 && Math.abs(own) > offerEU) return { kind: "capitulation", x: xs };
  return null;
}

/** One BDM round on one dimension: returns the new positions and the log of moves. */
export function bdmRound(
  actors: readonly BdmActor[],
  dx: number,
  options: Partial<BdmOptions> = {},
): {
  x: number[];
  events: { kind: Outcome["kind"]; receiver: number; sender: number; x: number }[];
  pass: BdmPass;
} {
  const o = { ...bdmDefaults, ...options };
  const [, pass] = bdmPasses(actors, dx, o);
  const n = actors.length;
  const x = actors.map((a) => a.x);
  const events: { kind: Outcome["kind"]; receiver: number; sender: number; x: number }[] = [];
  const rank = { confrontation: 0, compromise: 1, capitulation: 2 };
  for (let j = 0; j < n; j++) {
    const offers: { sender: number; eu: number; xs: number }[] = [];
    for (let i = 0; i < n; i++)
      if (i !== j && pass.eu[i]![j]! > 0) offers.push({ sender: i, eu: pass.eu[i]![j]!, xs: actors[i]!.x });
    if (offers.length === 0) continue;
    const xj = actors[j]!.x;
    let chosen: { sender: number; res: Outcome | null } | null = null;
    if (o.offers === "maxEU") {
      const maxEU = Math.max(...offers.map((f) => f.eu));
      const top = offers.filter((f) => f.eu === maxEU);
      let best = top[0]!;
      for (const f of top) if (Math.abs(xj - f.xs) < Math.abs(xj - best.xs)) best = f;
      chosen = { sender: best.sender, res: outcome(pass.eu[j]![best.sender]!, best.eu, xj, best.xs, o) };
    } else {
      const moving = offers
        .map((f) => ({ f, res: outcome(pass.eu[j]![f.sender]!, f.eu, xj, f.xs, o) }))
        .filter((c): c is { f: (typeof offers)[number]; res: Outcome } => c.res !== null);
      for (const c of moving) {
        if (!chosen?.res) {
          chosen = { sender: c.f.sender, res: c.res };
          continue;
        }
        const cur = chosen.res;
        const better =
          o.offers === "smallestMove"
            ? Math.abs(c.res.x - xj) < Math.abs(cur.x - xj)
            : rank[c.res.kind] < rank[cur.kind] ||
              (rank[c.res.kind] === rank[cur.kind] && c.f.eu > pass.eu[chosen.sender]![j]!);
        if (better) chosen = { sender: c.f.sender, res: c.res };
      }
    }
    if (chosen?.res) {
      x[j] = chosen.res.x;
      events.push({ kind: chosen.res.kind, receiver: j, sender: chosen.sender, x: chosen.res.x });
    }
  }
  return { x, events, pass };
}

/**
 * Runs the BDM challenge model on every dimension of `problem` separately for `rounds` rounds (the model
 * has no stopping rule; the public replications oscillate). History holds the positions after each round;
 * `final.expected` is the c·s-weighted mean of the last round, `final.modal.position` its median-voter
 * position (largest pairwise vote total). No probabilities. `converged` is true when the last round moved
 * nobody on any dimension.
 */
export function runBdm(problem: SpatialProblem, options: Partial<BdmOptions> = {}): ForecastResult {
  checkSpatialProblem(problem);
  const o: BdmOptions = { ...bdmDefaults, ...options };
  for (const [key, values] of Object.entries(bdmVariants)) {
    const v = (o as unknown as Record<string, string>)[key]!;
    if (!values.includes(v)) throw new EngineError("invalid_argument", `invalid ${key}: ${v}`);
  }
  if (!(o.Q >= 0 && o.Q <= 1)) throw new EngineError("invalid_argument", `invalid Q: ${o.Q}`);
  if (o.T !== "eftekhari" && !(o.T >= 0 && o.T <= 1))
    throw new EngineError("invalid_argument", `invalid T: ${o.T}`);
  if (!(Number.isInteger(o.rounds) && o.rounds >= 1))
    throw new EngineError("invalid_argument", `invalid rounds: ${o.rounds}`);
  const dims = problem.dimensions;
  const ids = problem.actors.map((a) => a.id);
  const history: number[][][] = [problem.actors.map((a) => [...a.position])];
  const log: ForecastEvent[] = [];
  let moved = false;
  for (let t = 0; t < o.rounds; t++) {
    const prev = history[t]!;
    const next = prev.map((p) => [...p]);
    moved = false;
    dims.forEach((dim, d) => {
      const actors = problem.actors.map((a, i) => ({
        id: a.id,
        c: a.capability,
        x: prev[i]![d]!,
        s: a.salience[d]!,
      }));
      const dx = dim.max - dim.min;
      const res = bdmRound(actors, dx, o);
      res.x.forEach((v, i) => {
        if (v !== prev[i]![d]) moved = true;
        next[i]![d] = v;
      });
      for (const e of res.events) {
        const r = ids[e.receiver]!;
        const s = ids[e.sender]!;
        const verb =
          e.kind === "confrontation"
            ? "loses a confrontation to"
            : e.kind === "compromise"
              ? "compromises with"
              : "capitulates to";
        log.push({
          turn: t,
          kind: e.kind,
          actors: [s, r],
          dimensions: [dim.id],
          text: `${dim.id}: ${r} ${verb} ${s} → ${+e.x.toFixed(3)}`,
        });
      }
    });
    history.push(next);
  }
  const last = history[history.length - 1]!;
  const expected = dims.map((_, d) =>
    bdmMean(
      problem.actors.map((a, i) => ({ id: a.id, c: a.capability, x: last[i]![d]!, s: a.salience[d]! })),
    ),
  );
  const modal = dims.map((dim, d) =>
    bdmMedian(
      problem.actors.map((a, i) => ({ id: a.id, c: a.capability, x: last[i]![d]!, s: a.salience[d]! })),
      dim.max - dim.min,
      "total",
    ),
  );
  return {
    model: "bdm",
    variant: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)])),
    actors: ids,
    dimensions: dims.map((d) => d.id),
    turns: history.length,
    history,
    probabilities: null,
    final: { expected, modal: { position: modal, probability: null } },
    converged: !moved,
    log,
  };
}
