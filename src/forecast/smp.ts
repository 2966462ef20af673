/**
 * KTAB's Spatial Model of Politics (SMP), a port of KAPSARC KTAB's `smpc` (`examples/smp/libsrc/smp.cpp`,
 * `smpbcn.cpp`; `KTAB/kmodel/libsrc/kmodel.cpp`, `kstate.cpp`; MIT licence, © 2015 King Abdullah Petroleum
 * Studies and Research Center). Wise, Efird et al., KAPSARC, "An Introduction to KTAB" and "Multidimensional
 * Bargaining using KTAB".
 *
 * Each turn: risk attitudes from a risk-neutral PCE over current positions; every actor picks the challenge
 * with the highest expected gain; challenger and target are offered an interpolated bargain; each actor's
 * queue of bargains (status quo, own, received) is resolved by a PCE over the queue; the winner's coordinates
 * become the actor's next position. Stops when the total move is below 2 % of the first move (after at least
 * two turns) or after 100 turns.
 * @module
 */
import { EngineError } from "../errors.js";
import type { Rng } from "../util/rng.js";
import { checkSpatialProblem } from "./checkSpatialProblem.js";
import type { ForecastEvent, ForecastResult } from "./forecastResult.js";
import {
  ktabVote,
  type PceModel,
  pceModels,
  probCE,
  propCoalitions,
  scalarPce,
  utilityCoalitions,
  type VictoryProbModel,
  type VotingRule,
  victoryProbModels,
  votingRules,
} from "./ktabPce.js";
import { runSmpReference } from "./smpReference.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Range of inferred risk attitudes (KTAB `BigRRange`). */
export type BigRRange = "Min" | "Mid" | "Max";
/** How actor h estimates actor i's risk attitude (KTAB `BigRAdjust`). */
export type BigRAdjust = "None" | "OneThird" | "Half" | "TwoThirds" | "Full";
/** How third parties weigh a challenge (KTAB `ThirdPartyCommit`). */
export type ThirdPartyCommit = "NoCommit" | "SemiCommit" | "FullCommit";
/** Bargain interpolation (KTAB `InterVecBrgn`). */
export type InterVecBrgn = "S1P1" | "S2P2" | "S2PMax";
/** Whose interpolation forms the bargain (KTAB `SMPBargnModel`). */
export type BargnModel = "InitOnlyInterp" | "InitRcvrInterp" | "PWCompInterp";
/** Deterministic (argmax) or stochastic (sampled) bargain resolution (KTAB `StateTransMode`). */
export type StateTransitions = "Deterministic" | "Stochastic";

/** SMP settings; names and defaults as in KTAB (`smp.h`, `kmodel.h`). */
export interface SmpOptions {
  VictoryProbModel: VictoryProbModel;
  PCEModel: PceModel;
  StateTransitions: StateTransitions;
  VotingRule: VotingRule;
  BigRRange: BigRRange;
  BigRAdjust: BigRAdjust;
  ThirdPartyCommit: ThirdPartyCommit;
  InterVecBrgn: InterVecBrgn;
  BargnModel: BargnModel;
  /** Turn limit (KTAB: 100). */
  maxTurns: number;
  /** Stop when Σ‖Δx‖ of the last step / (Σ‖Δx‖ of the first + 1e-4) is below this (KTAB: 0.02). */
  minDeltaRatio: number;
}

/** KTAB's default deterministic configuration. */
export const smpDefaults: Readonly<SmpOptions> = {
  VictoryProbModel: "Linear",
  PCEModel: "Conditional",
  StateTransitions: "Deterministic",
  VotingRule: "Prop",
  BigRRange: "Mid",
  BigRAdjust: "OneThird",
  ThirdPartyCommit: "SemiCommit",
  InterVecBrgn: "S2P2",
  BargnModel: "InitOnlyInterp",
  maxTurns: 100,
  minDeltaRatio: 0.02,
};

/** Allowed values of each enumerated SMP setting (the reference table of variants). */
export const smpVariants: Readonly<Record<string, readonly string[]>> = {
  VictoryProbModel: victoryProbModels,
  PCEModel: pceModels,
  StateTransitions: ["Deterministic", "Stochastic"],
  VotingRule: votingRules,
  BigRRange: ["Min", "Mid", "Max"],
  BigRAdjust: ["None", "OneThird", "Half", "TwoThirds", "Full"],
  ThirdPartyCommit: ["NoCommit", "SemiCommit", "FullCommit"],
  InterVecBrgn: ["S1P1", "S2P2", "S2PMax"],
  BargnModel: ["InitOnlyInterp", "InitRcvrInterp", "PWCompInterp"],
};

interface Bargain {
  init: number;
  rcvr: number;
  posInit: Float64Array;
  posRcvr: Float64Array;
}

/** SMPModel::bsUtil: utility of a salience-weighted distance sd ∈ [0, 1] for risk attitude R. */
function bsUtil(sd: number, r: number): number {
  return sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
}

/** SMPModel::bvDiff: sqrt(Σ_d (s_d·Δ_d)² / Σ_d s_d²). */
function bvDiff(a: Float64Array, b: Float64Array, s: Float64Array): number {
  let dsSqr = 0;
  let ssSqr = 0;
  for (let d = 0; d < a.length; d++) {
    const ds = (a[d]! - b[d]!) * s[d]!;
    dsSqr = dsSqr + ds * ds;
    ssSqr = ssSqr + s[d]! * s[d]!;
  }
  return Math.sqrt(dsSqr / ssSqr);
}

function norm(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s = s + (a[d]! - b[d]!) * (a[d]! - b[d]!);
  return Math.sqrt(s);
}

function round4(x: number): number {
  // C++ `(int)(0.5 + x*s)` truncates toward zero; positions are ≥ 0 so this is floor.
  return Math.trunc(0.5 + x * 10000.0) / 10000.0;
}

function bigRfromProb(p: readonly number[], rr: BigRRange): Float64Array {
  let pMin = 1.0;
  let pMax = 0.0;
  for (const pi of p) {
    pMin = Math.min(pi, pMin);
    pMax = Math.max(pi, pMax);
  }
  // All options equally likely (e.g. every actor at one point): KTAB divides 0/0; we use risk neutrality.
  if (!(pMax > pMin)) return new Float64Array(p.length);
  return Float64Array.from(p, (pi) => {
    switch (rr) {
      case "Min":
        return (pi - pMin) / (pMax - pMin);
      case "Mid":
        return (3 * pi - (pMax + 2 * pMin)) / (2 * (pMax - pMin));
      case "Max":
        return (2 * pi - (pMax + pMin)) / (pMax - pMin);
    }
  });
}

function estNRA(rh: number, ri: number, ra: BigRAdjust): number {
  switch (ra) {
    case "Full":
      return ri;
    case "TwoThirds":
      return (rh + 2.0 * ri) / 3.0;
    case "Half":
      return (rh + ri) / 2;
    case "OneThird":
      return (2.0 * rh + ri) / 3.0;
    case "None":
      return rh;
  }
}

/**
 * Third party n's Prop vote on i ≻ j in SMPState::probEduChlg (Actor::vProbLittle, then thirdPartyVoteSU)
 * with the same arithmetic: `tin`, `tiin` are uIkDefJ and uIDefJk (from i's column), `mode` 0 SemiCommit,
 * 1 FullCommit, 2 NoCommit. Branch-free: for |v| < 2^1023, (v + |v|)·0.5 is exactly v if v > 0 and +0
 * otherwise, (|v| − v)·0.5 exactly −v if v < 0 and +0 otherwise, and cI, cJ > 0 are unchanged by +0.
 */
function tpVote(
  wn: number,
  uni: number,
  unj: number,
  unn: number,
  tin: number,
  tiin: number,
  cI: number,
  cJ: number,
  mode: number,
): number {
  const vn = wn * (uni - unj);
  const avn = Math.abs(vn);
  const cni = cI + (vn + avn) * 0.5;
  const cnj = cJ + (avn - vn) * 0.5;
  const pin = cni / (cni + cnj);
  const pjn = 1.0 - pin;
  const unj2 = unj + unj;
  // uJDefIk: unj + unj + unj (Semi, Full) or + unn (No); uJkDefI: + unj (Full) or + unn (Semi, No).
  const uJDefIk = unj2 + (mode === 2 ? unn : unj);
  const uJkDefI = unj2 + (mode === 1 ? unj : unn);
  const uIkJ = pin * tin + pjn * uJDefIk;
  const uIJk = pin * tiin + pjn * uJkDefI;
  return wn * (uIkJ - uIJk);
}

/** The end of SMPState::probEduChlg for k = i: i's expected gain from challenging j. */
function expectedGain(uii: number, uij: number, sj: number, chij: number, chji: number): number {
  const euSQ = uii + uij;
  const uhkij = uii + uii;
  const uhkji = uij + uij;
  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const euCntst = phij * uhkij + phji * uhkji;
  const euChlg = (1 - sj) * uhkij + sj * euCntst;
  return euChlg - euSQ;
}

/** One SMP state with everything KTAB's `setAllAUtil` derives from it. */
class SmpState {
  readonly n: number;
  /** vDiff[i][j]: distance from i's ideal to j's position with i's saliences. */
  readonly vDiff: Float64Array[];
  /** nra[i]: inferred risk attitude. */
  readonly nra: Float64Array;
  /** rhi[h][i]: h's estimate of i's risk attitude. */
  readonly rhi: Float64Array[];
  /** Unique position indices (first appearance). */
  readonly uIndices: number[];

  constructor(
    readonly pos: Float64Array[],
    readonly ideals: Float64Array[],
    readonly m: SmpContext,
  ) {
    const n = pos.length;
    this.n = n;
    this.vDiff = [];
    for (let i = 0; i < n; i++) {
      const row = new Float64Array(n);
      const ideal = ideals[i]!;
      const si = m.sal[i]!;
      for (let j = 0; j < n; j++) row[j] = bvDiff(ideal, pos[j]!, si);
      this.vDiff.push(row);
    }
    this.vDiffT = Array.from({ length: n }, (_, j) => {
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) col[i] = this.vDiff[i]![j]!;
      return col;
    });
    const o = m.options;
    // Coalitions over the exactly distinct positions, expanded to all actors: actors sharing a position
    // have identical utility columns, so KTAB's c(i, j) between them is its floor 1e-8, as on the diagonal.
    // (Only for antisymmetric votes, v(a:b) = −v(b:a): ASymProsp weighs gains and losses differently, so
    // KTAB's pair order matters there and every actor is kept.)
    const key = pos.map((p, i) => (o.VotingRule === "ASymProsp" ? String(i) : Array.from(p).join(",")));
    const first = new Map<string, number>();
    const slot = key.map((k) => {
      if (!first.has(k)) first.set(k, first.size);
      return first.get(k)!;
    });
    const reps = [...first.values()].map((u) => slot.indexOf(u));
    let cu: Float64Array[];
    if (o.VotingRule === "Prop") {
      // Column r: risk-neutral utility of reps[r]'s position to every actor.
      const cols = reps.map((j) => {
        const d = this.vDiffT[j]!;
        const col = new Float64Array(n);
        for (let k = 0; k < n; k++) col[k] = bsUtil(d[k]!, 0);
        return col;
      });
      cu = propCoalitions(m.cap, cols);
    } else {
      const rn = this.vDiff.map((row) => Float64Array.from(reps, (j) => bsUtil(row[j]!, 0)));
      cu = utilityCoalitions(o.VotingRule, m.cap, rn, reps.length);
    }
    const c: Float64Array[] = [];
    for (let i = 0; i < n; i++) {
      const row = new Float64Array(n);
      const cua = cu[slot[i]!]!;
      for (let j = 0; j < n; j++) row[j] = cua[slot[j]!]!;
      c.push(row);
    }
    const p = probCE(o.PCEModel, o.VictoryProbModel, c).p;
    this.nra = bigRfromProb(p, o.BigRRange);
    this.rhi = [];
    for (let h = 0; h < n; h++) {
      const row = new Float64Array(n);
      const rh = this.nra[h]!;
      for (let i = 0; i < n; i++) row[i] = estNRA(rh, this.nra[i]!, o.BigRAdjust);
      this.rhi.push(row);
    }
    const u: number[] = [];
    for (let i = 0; i < n; i++) {
      let seen = false;
      for (let k = 0; k < u.length && !seen; k++) seen = this.equiv(i, u[k]!);
      if (!seen) u.push(i);
    }
    this.uIndices = u;
  }

  /** vDiffT[j][i] = vDiff[i][j], for column access. */
  readonly vDiffT: Float64Array[];

  /** aUtil[h] as a lazily filled set of columns (see {@link Perspective}). */
  perspective(h: number, pool?: Perspective): Perspective {
    const p = pool ?? new Perspective(this.n);
    p.reset(this, h);
    return p;
  }

  private own: Float64Array[] | null = null;

  /** ownUtil[i][j] = aUtil[i](i, j): i's own utility of j's position. */
  ownUtil(): Float64Array[] {
    if (!this.own) {
      const n = this.n;
      this.own = this.vDiff.map((row, i) => {
        const r = this.rhi[i]![i]!;
        const ui = new Float64Array(n);
        for (let j = 0; j < n; j++) ui[j] = bsUtil(row[j]!, r);
        return ui;
      });
    }
    return this.own;
  }

  equiv(i: number, j: number): boolean {
    return norm(this.pos[i]!, this.pos[j]!) < 1e-3;
  }

  /** utility to actor i of position x, from its current position with its own risk attitude. */
  posUtil(i: number, x: Float64Array): number {
    return bsUtil(bvDiff(this.pos[i]!, x, this.m.sal[i]!), this.nra[i]!);
  }

  /**
   * SMPState::probEduChlg with `u` = aUtil[h]: h's estimate of P(i ≻ j) and of the expected gain to k of
   * i challenging j.
   */
  probEduChlg(pv: Perspective, k: number, i: number, j: number): [number, number] {
    const o = this.m.options;
    const vr = o.VotingRule;
    const prop = vr === "Prop";
    const tpc = o.ThirdPartyCommit;
    const coli = pv.col(i);
    const colj = pv.col(j);
    const uii = coli[i]!;
    const uij = colj[i]!;
    const uji = coli[j]!;
    const ujj = colj[j]!;
    const uki = coli[k]!;
    const ukj = colj[k]!;
    const euSQ = uki + ukj;
    const uhkij = uki + uki;
    const uhkji = ukj + ukj;
    const wts = this.m.weight;
    const sj = this.m.totalSal[j]!;
    let cI = ktabVote(vr, wts[i]!, uii, uij);
    let cJ = ktabVote(vr, wts[j]!, uji, ujj);
    let chij = 1e-10;
    let chji = 1e-10;
    if (cI > 0.0) chij = chij + cI;
    if (cI < 0.0) chji = chji - cI;
    if (cJ > 0.0) chij = chij + cJ;
    if (cJ < 0.0) chji = chji - cJ;
    cI = chij;
    cJ = chji;
    const diag = pv.diag;
    const semi = tpc === "SemiCommit";
    const full = tpc === "FullCommit";
    for (let n = 0; n < this.n; n++) {
      if (n === i || n === j) continue;
      const wn = wts[n]!;
      const uni = coli[n]!;
      const unj = colj[n]!;
      const unn = diag[n]!;
      // Actor::vProbLittle
      const vn = prop ? wn * (uni - unj) : ktabVote(vr, wn, uni, unj);
      const cni = vn > 0 ? cI + vn : cI;
      const cnj = vn < 0 ? cJ - vn : cJ;
      const pin = cni / (cni + cnj);
      const pjn = 1.0 - pin;
      // Actor::thirdPartyVoteSU
      let uIkDefJ: number;
      let uJDefIk: number;
      let uIDefJk: number;
      let uJkDefI: number;
      if (semi) {
        uIkDefJ = uni + uni + unn;
        uJDefIk = unj + unj + unj;
        uIDefJk = uni + uni + uni;
        uJkDefI = unj + unj + unn;
      } else if (full) {
        uIkDefJ = uni + uni + uni;
        uJDefIk = unj + unj + unj;
        uIDefJk = uni + uni + uni;
        uJkDefI = unj + unj + unj;
      } else {
        uIkDefJ = uni + uni + unn;
        uJDefIk = unj + unj + unn;
        uIDefJk = uni + uni + unn;
        uJkDefI = unj + unj + unn;
      }
      const uIkJ = pin * uIkDefJ + pjn * uJDefIk;
      const uIJk = pin * uIDefJk + pjn * uJkDefI;
      const vnij = prop ? wn * (uIkJ - uIJk) : ktabVote(vr, wn, uIkJ, uIJk);
      chij = vnij > 0 ? chij + vnij : chij;
      chji = vnij < 0 ? chji - vnij : chji;
    }
    const phij = chij / (chij + chji);
    const phji = chji / (chij + chji);
    const euCntst = phij * uhkij + phji * uhkji;
    const euChlg = (1 - sj) * uhkij + sj * euCntst;
    return [phij, euChlg - euSQ];
  }

  /**
   * `probEduChlg(aUtil[i], i, i, j)` for the Prop voting rule (the challenge scan), bit-identical, for two
   * targets j1, j2 of i at once (one pass over the third parties; j2 = j1 for one target), with column
   * values u(x, j) = bsUtil(vDiff[x][j], r^i_x) computed inline instead of filling aUtil[i]'s columns.
   * Each target's sums run over x in index order without i and that target, as in KTAB; the conditional
   * additions are branch-free and exact as in {@link tpVote}. `ti[x]`, `tii[x]` are the third-party terms
   * uIkDefJ and uIDefJk, which depend on i's column only. Writes [P(i ≻ j1), gain(j1), P(i ≻ j2),
   * gain(j2)] to `out`. Used when ideals lag positions (no early stop there).
   */
  chlgPropPair(
    i: number,
    j1: number,
    j2: number,
    coli: Float64Array,
    diag: Float64Array,
    ti: Float64Array,
    tii: Float64Array,
    out: Float64Array,
  ): void {
    const tpc = this.m.options.ThirdPartyCommit;
    const mode = tpc === "SemiCommit" ? 0 : tpc === "FullCommit" ? 1 : 2;
    const wts = this.m.weight;
    const rh = this.rhi[i]!;
    const d1 = this.vDiffT[j1]!;
    const d2 = this.vDiffT[j2]!;
    const uii = coli[i]!;
    const uij1 = bsUtil(d1[i]!, rh[i]!);
    const uij2 = bsUtil(d2[i]!, rh[i]!);
    const wi = wts[i]!;
    const cI1v = ktabVote("Prop", wi, uii, uij1);
    const cJ1v = ktabVote("Prop", wts[j1]!, coli[j1]!, bsUtil(d1[j1]!, rh[j1]!));
    const cI2v = ktabVote("Prop", wi, uii, uij2);
    const cJ2v = ktabVote("Prop", wts[j2]!, coli[j2]!, bsUtil(d2[j2]!, rh[j2]!));
    let h1 = 1e-10;
    let g1 = 1e-10;
    if (cI1v > 0.0) h1 = h1 + cI1v;
    if (cI1v < 0.0) g1 = g1 - cI1v;
    if (cJ1v > 0.0) h1 = h1 + cJ1v;
    if (cJ1v < 0.0) g1 = g1 - cJ1v;
    let h2 = 1e-10;
    let g2 = 1e-10;
    if (cI2v > 0.0) h2 = h2 + cI2v;
    if (cI2v < 0.0) g2 = g2 - cI2v;
    if (cJ2v > 0.0) h2 = h2 + cJ2v;
    if (cJ2v < 0.0) g2 = g2 - cJ2v;
    const cI1 = h1;
    const cJ1 = g1;
    const cI2 = h2;
    const cJ2 = g2;
    const nn = this.n;
    for (let x = 0; x < nn; x++) {
      if (x === i) continue;
      const wn = wts[x]!;
      const uni = coli[x]!;
      const unn = diag[x]!;
      const tin = ti[x]!;
      const tiin = tii[x]!;
      const r = rh[x]!;
      if (x !== j1) {
        const sd = d1[x]!;
        const unj = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
        const v = tpVote(wn, uni, unj, unn, tin, tiin, cI1, cJ1, mode);
        const av = Math.abs(v);
        h1 = h1 + (v + av) * 0.5;
        g1 = g1 + (av - v) * 0.5;
      }
      if (x !== j2) {
        const sd = d2[x]!;
        const unj = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
        const v = tpVote(wn, uni, unj, unn, tin, tiin, cI2, cJ2, mode);
        const av = Math.abs(v);
        h2 = h2 + (v + av) * 0.5;
        g2 = g2 + (av - v) * 0.5;
      }
    }
    const sj1 = this.m.totalSal[j1]!;
    const sj2 = this.m.totalSal[j2]!;
    out[0] = h1 / (h1 + g1);
    out[1] = expectedGain(uii, uij1, sj1, h1, g1);
    out[2] = h2 / (h2 + g2);
    out[3] = expectedGain(uii, uij2, sj2, h2, g2);
  }

  /**
   * `probEduChlg(aUtil[i], i, i, j)` for the Prop rule, target j of i (u_ii ≥ u_ij), with column values u(x, j) computed inline,
   * that gives up early when j provably cannot beat `thr` (the best gain so far, at least 1e-5). Every
   * third-party vote for i is at most ρ_x = w_x·(max(uIkDefJ − uIDefJk, 0) + 1e-14) (its share of j's side
   * is ≤ 0 and p ≤ 1; 1e-14 covers rounding). The votes are first computed for the third parties in the
   * order `ord` (largest ρ first) and stored; `rest[t]` sums ρ over ord[t…]. After a block, with partial
   * sums h of the votes for i and g of those for j, the exact totals satisfy chij ≤ (h + rest)(1 + 1e-9)
   * and chji ≥ g(1 − 1e-9), so P(j ≻ i) ≥ g / (chij + g) and the gain (u_ii − u_ij)(1 − 2 s_j P(j ≻ i))
   * is below the bound plus 1e-9 (the slack of the target bound). If that cannot beat `thr` the target
   * cannot change the choice and is dropped (returns false). Otherwise the stored votes (each computed
   * exactly as in KTAB) are summed in index order as in KTAB and [P(i ≻ j), gain] written to `out`.
   */
  chlgPropBounded(
    i: number,
    j: number,
    coli: Float64Array,
    diag: Float64Array,
    ti: Float64Array,
    tii: Float64Array,
    ord: Int32Array,
    rest: Float64Array,
    votes: Float64Array,
    thr: number,
    out: Float64Array,
  ): boolean {
    const tpc = this.m.options.ThirdPartyCommit;
    const mode = tpc === "SemiCommit" ? 0 : tpc === "FullCommit" ? 1 : 2;
    const wts = this.m.weight;
    const rh = this.rhi[i]!;
    const d = this.vDiffT[j]!;
    const uii = coli[i]!;
    const uij = bsUtil(d[i]!, rh[i]!);
    const cIv = ktabVote("Prop", wts[i]!, uii, uij);
    const cJv = ktabVote("Prop", wts[j]!, coli[j]!, bsUtil(d[j]!, rh[j]!));
    let h = 1e-10;
    let g = 1e-10;
    if (cIv > 0.0) h = h + cIv;
    if (cIv < 0.0) g = g - cIv;
    if (cJv > 0.0) h = h + cJv;
    if (cJv < 0.0) g = g - cJv;
    const cI = h;
    const cJ = g;
    const sj = this.m.totalSal[j]!;
    const du = uii - uij;
    const nv = ord.length;
    const canStop = du >= 0;
    let hp = h;
    let gp = g;
    for (let start = 0; start < nv; start += 8) {
      const end = Math.min(start + 8, nv);
      for (let t = start; t < end; t++) {
        const x = ord[t]!;
        if (x === j) continue;
        const sd = d[x]!;
        const r = rh[x]!;
        const unj = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
        const v = tpVote(wts[x]!, coli[x]!, unj, diag[x]!, ti[x]!, tii[x]!, cI, cJ, mode);
        votes[x] = v;
        const av = Math.abs(v);
        hp = hp + (v + av) * 0.5;
        gp = gp + (av - v) * 0.5;
      }
      if (canStop && end < nv) {
        const gl = gp * (1 - 1e-9);
        const hi = (hp + rest[end]!) * (1 + 1e-9);
        const pji = (gl / (hi + gl)) * (1 - 1e-9);
        if (du * (1 - 2 * sj * pji) + 1e-9 <= thr) return false;
      }
    }
    const nn = this.n;
    for (let x = 0; x < nn; x++) {
      if (x === i || x === j) continue;
      const v = votes[x]!;
      const av = Math.abs(v);
      h = h + (v + av) * 0.5;
      g = g + (av - v) * 0.5;
    }
    out[0] = h / (h + g);
    out[1] = expectedGain(uii, uij, sj, h, g);
    return true;
  }

  /** pDist(-1) then posProb: probability of each actor's own position (own-perspective utilities). */
  positionProbabilities(): number[] {
    const o = this.m.options;
    const u = this.uIndices;
    const own = this.ownUtil();
    const cols = u.map((j) => {
      const col = new Float64Array(this.n);
      for (let i = 0; i < this.n; i++) col[i] = own[i]![j]!;
      return col;
    });
    const pd = probCE(o.PCEModel, o.VictoryProbModel, propCoalitions(this.m.cap, cols)).p;
    return Array.from({ length: this.n }, (_, i) => {
      let k = -1;
      for (let j1 = 0; j1 < u.length; j1++) if (this.equiv(i, u[j1]!)) k = j1;
      return pd[k]!;
    });
  }
}

/**
 * aUtil[h] of one perspective h: column j holds h's estimate of the utility to every actor i of j's
 * position, u(i, j) = bsUtil(vDiff[i][j], r^h_i). Columns are computed on first use (the challenge scan
 * needs only a few), into buffers reused across perspectives.
 */
class Perspective {
  readonly diag: Float64Array;
  /** Column buffers, allocated on first use. */
  private readonly cols: (Float64Array | null)[];
  private readonly stamp: Int32Array;
  private generation = 0;
  private state: SmpState | null = null;
  private rh: Float64Array = new Float64Array(0);

  constructor(readonly n: number) {
    this.diag = new Float64Array(n);
    this.cols = new Array<Float64Array | null>(n).fill(null);
    this.stamp = new Int32Array(n);
  }

  reset(state: SmpState, h: number): void {
    this.state = state;
    this.rh = state.rhi[h]!;
    this.generation++;
    for (let i = 0; i < this.n; i++) this.diag[i] = bsUtil(state.vDiff[i]![i]!, this.rh[i]!);
  }

  col(j: number): Float64Array {
    let c = this.cols[j];
    if (!c) {
      c = new Float64Array(this.n);
      this.cols[j] = c;
      this.stamp[j] = -1;
    }
    if (this.stamp[j] !== this.generation) {
      const d = this.state!.vDiffT[j]!;
      const rh = this.rh;
      for (let i = 0; i < this.n; i++) {
        const sd = d[i]!;
        const r = rh[i]!;
        c[i] = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
      }
      this.stamp[j] = this.generation;
    }
    return c;
  }

  /** u(i, j) without filling column j. */
  at(i: number, j: number): number {
    return bsUtil(this.state!.vDiff[i]![j]!, this.rh[i]!);
  }
}

interface SmpContext {
  options: SmpOptions;
  cap: Float64Array;
  sal: Float64Array[];
  totalSal: Float64Array;
  /** weight[i] = totalSal[i]·cap[i], the weight of i's votes in challenges. */
  weight: Float64Array;
  accommodation: number[][] | null;
  rng: Rng | null;
  names: string[];
  dims: string[];
  /** Maps a unit-scale coordinate back to dimension d's scale. */
  fromUnit: (x: number, d: number) => number;
}

function interpolate(
  m: SmpContext,
  i: number,
  j: number,
  posI: Float64Array,
  posJ: Float64Array,
  prbI: number,
  prbJ: number,
): Bargain {
  const nd = posI.length;
  const bI = new Float64Array(nd);
  const bJ = new Float64Array(nd);
  const ivb = m.options.InterVecBrgn;
  for (let k = 0; k < nd; k++) {
    const tik = posI[k]!;
    const sik = m.sal[i]![k]!;
    const tjk = posJ[k]!;
    const sjk = m.sal[j]![k]!;
    if (ivb === "S2PMax") {
      const di = prbJ > prbI ? prbJ - prbI : 0;
      const dj = prbI > prbJ ? prbI - prbJ : 0;
      const sik2 = sik * sik;
      const sjk2 = sjk * sjk;
      const dik = (di * sjk2) / (di * sjk2 + 1e-6 + (1 - di) * sik2);
      const djk = (dj * sik2) / (dj * sik2 + 1e-6 + (1 - dj) * sjk2);
      bI[k] = tik + dik * (tjk - tik);
      bJ[k] = tjk + djk * (tik - tjk);
    } else {
      const e = ivb === "S1P1" ? 1 : 2;
      const wik = sik ** e * prbI ** e;
      const wjk = sjk ** e * prbJ ** e;
      bI[k] = round4(((wik + 1e-6) * tik + wjk * tjk) / (wik + 1e-6 + wjk));
      bJ[k] = round4((wik * tik + (1e-6 + wjk) * tjk) / (wik + 1e-6 + wjk));
    }
  }
  return { init: i, rcvr: j, posInit: bI, posRcvr: bJ };
}

function fmt(x: Float64Array, m: SmpContext): string {
  return Array.from(x, (v, d) => `${m.dims[d]}=${m.fromUnit(v, d).toFixed(1)}`).join(", ");
}

/** SMPState::doBCN: one turn of challenges, bargains and their resolution. */
function step(
  s: SmpState,
  turn: number,
  log: ForecastEvent[],
): { pos: Float64Array[]; ideals: Float64Array[] } {
  const m = s.m;
  const o = m.options;
  const n = s.n;
  const brgns: Bargain[][] = Array.from({ length: n }, () => []);
  const buffer = new Perspective(n);
  const prop = o.VotingRule === "Prop";
  const ti = new Float64Array(n);
  const tii = new Float64Array(n);
  const pOut = new Float64Array(4);
  const rowI = new Float64Array(n);
  const keys = new Float64Array(n);
  const rest = new Float64Array(n + 1);
  const rho = new Float64Array(n);
  const vbucket = new Int32Array(n);
  const bucketCount = new Int32Array(17);
  const ord = new Int32Array(n - 1);
  const votes = new Float64Array(n);
  const bound = new Float64Array(n);
  const qClamp = 1 << 24;
  for (let i = 0; i < n; i++) {
    brgns[i]!.push({ init: i, rcvr: i, posInit: s.pos[i]!, posRcvr: s.pos[i]! });
    let bestJ = -1;
    let pIJ = 0;
    let bestEU = -1.0;
    const ui = s.perspective(i, buffer);
    // KTAB scans targets j in order and keeps the first strict maximum above 1e-5. The expected gain of
    // challenging j is (u_ii − u_ij)(1 − 2 s_j (1 − P)) ≤ u_ii − u_ij, so targets are visited by that bound,
    // largest first, and skipped once the bound cannot beat the best found; ties go to the smaller j as
    // in KTAB's scan.
    for (let j = 0; j < n; j++) rowI[j] = ui.at(i, j);
    const uii = rowI[i]!;
    if (prop) {
      // Third-party terms from i's own column (thirdPartyVoteSU's uIkDefJ and uIDefJk), fixed over targets.
      const coli = ui.col(i);
      const diag = ui.diag;
      for (let x = 0; x < n; x++) {
        const uxi = coli[x]!;
        const ux2 = uxi + uxi;
        ti[x] = o.ThirdPartyCommit === "FullCommit" ? ux2 + uxi : ux2 + diag[x]!;
        tii[x] = o.ThirdPartyCommit === "NoCommit" ? ux2 + diag[x]! : ux2 + uxi;
      }
    }
    // With ideals that lag positions (non-identity accommodation) u_ii need not be the largest utility
    // and the bound does not hold: evaluate every target then (in any order). Otherwise the visiting order
    // only decides how soon the scan stops, not its result (the best target over those visited, ties to
    // the smaller j, and every skipped target has a gain below the best or below 1e-5), so targets are
    // sorted by a key that packs the bound quantised to 2^-20, q = ⌊2^20·bound⌋ (clamped), with the index:
    // (q + Q)·n + j, an integer below 2^53, sorted natively. The scan stops when the quantum's upper end
    // (q + 1)·2^-20 cannot beat the best, and skips single targets by their exact bound as before.
    const lagging = m.accommodation !== null;
    let cnt = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      if (lagging) {
        keys[cnt++] = j;
        continue;
      }
      const b = uii - rowI[j]!;
      bound[j] = b;
      const q = Math.min(Math.max(Math.floor(b * 1048576), -qClamp), qClamp);
      keys[cnt++] = (q + qClamp) * n + j;
    }
    if (!lagging) keys.subarray(0, cnt).sort();
    const coliI = ui.col(i);
    let t = cnt - 1;
    // The next target to evaluate, in decreasing key order, or −1 when the scan is done.
    const next = (): number => {
      while (t >= 0) {
        const key = keys[t--]!;
        if (lagging) return key;
        const j = key % n;
        const thr = Math.max(bestEU, 1e-5);
        const q = (key - j) / n - qClamp;
        if (q < qClamp && (q + 1) / 1048576 + 1e-9 <= thr) {
          t = -1;
          return -1;
        }
        if (bound[j]! + 1e-9 > thr) return j;
      }
      return -1;
    };
    const consider = (j: number, pij: number, edu: number) => {
      if (1e-5 < edu && (bestEU < edu || (bestEU === edu && j < bestJ))) {
        bestJ = j;
        pIJ = pij;
        bestEU = edu;
      }
    };
    if (prop && !lagging) {
      // Bounds ρ_x on the third parties' votes for i; third parties ordered by ρ, largest first, with the
      // sums of ρ from each place to the end (see chlgPropBounded).
      let rmax = 0;
      for (let x = 0; x < n; x++) {
        rho[x] = m.weight[x]! * (Math.max(ti[x]! - tii[x]!, 0) + 1e-14);
        if (x !== i) rmax = Math.max(rmax, rho[x]!);
      }
      // Counting sort into 16 buckets of ρ/ρmax, largest first (the order within a bucket is immaterial).
      bucketCount.fill(0);
      for (let x = 0; x < n; x++) {
        if (x === i) continue;
        const b = 15 - Math.min(15, Math.floor((rho[x]! / rmax) * 16));
        vbucket[x] = b;
        bucketCount[b + 1]!++;
      }
      for (let b = 1; b <= 16; b++) bucketCount[b] = bucketCount[b]! + bucketCount[b - 1]!;
      for (let x = 0; x < n; x++) {
        if (x === i) continue;
        ord[bucketCount[vbucket[x]!]!++] = x;
      }
      const nv = n - 1;
      let acc = 0;
      rest[nv] = 0;
      for (let t = nv - 1; t >= 0; t--) {
        acc = acc + rho[ord[t]!]!;
        rest[t] = acc;
      }
    }
    for (let j1 = next(); j1 >= 0; j1 = next()) {
      if (prop && !lagging) {
        if (
          s.chlgPropBounded(i, j1, coliI, ui.diag, ti, tii, ord, rest, votes, Math.max(bestEU, 1e-5), pOut)
        ) {
          consider(j1, pOut[0]!, pOut[1]!);
        }
      } else if (prop) {
        const j2 = next();
        s.chlgPropPair(i, j1, j2 >= 0 ? j2 : j1, coliI, ui.diag, ti, tii, pOut);
        consider(j1, pOut[0]!, pOut[1]!);
        if (j2 >= 0) consider(j2, pOut[2]!, pOut[3]!);
      } else {
        const [pij, edu] = s.probEduChlg(ui, i, i, j1);
        consider(j1, pij, edu);
      }
    }
    if (!(0 < bestEU)) continue;
    const j = bestJ;
    const posI = s.pos[i]!;
    const posJ = s.pos[j]!;
    const bIIJ = interpolate(m, i, j, posI, posJ, pIJ, 1 - pIJ);
    let chosen = bIIJ;
    const extra: Bargain[] = [];
    if (o.BargnModel !== "InitOnlyInterp") {
      // KTAB passes the second element of probEduChlg(j, i, i, j) — j's estimate of i's expected gain,
      // not the probability its comment names — into the interpolation. Kept as in KTAB.
      const pjiJ = s.probEduChlg(s.perspective(j), i, i, j)[1];
      const bJIJ = interpolate(m, i, j, posI, posJ, pjiJ, 1 - pjiJ);
      if (o.BargnModel === "InitRcvrInterp") {
        extra.push(bJIJ);
      } else {
        // KTAB weighs j's bargain with the initiator's capability (brgnJIJ->actInit) and j's salience.
        const wi = m.cap[i]! * m.totalSal[i]!;
        const wj = m.cap[i]! * m.totalSal[j]!;
        const mix = (a: Float64Array, b: Float64Array) =>
          Float64Array.from(a, (v, d) => (wi * v + wj * b[d]!) / (wi + wj));
        chosen = {
          init: i,
          rcvr: j,
          posInit: mix(bIIJ.posInit, bJIJ.posInit),
          posRcvr: mix(bIIJ.posRcvr, bJIJ.posRcvr),
        };
      }
    }
    brgns[i]!.push(chosen, ...extra);
    brgns[j]!.push(chosen, ...extra);
    log.push({
      turn,
      kind: "challenge",
      actors: [m.names[i]!, m.names[j]!],
      text: `${m.names[i]} challenges ${m.names[j]} (P[win] ${pIJ.toFixed(3)}, expected gain ${bestEU.toFixed(4)}); proposed bargain ${fmt(chosen.posRcvr, m)}`,
    });
  }
  const newPos: Float64Array[] = [];
  const own = s.ownUtil();
  // brgnUtil in doBCN: the mean utility to each actor of the state after bargain b, cached per bargain
  // (each appears in two queues).
  const cache = new Map<Bargain, Float64Array>();
  let sq: Float64Array | null = null;
  const bargainUtil = (bg: Bargain): Float64Array => {
    let v = bg.init === bg.rcvr ? sq : cache.get(bg);
    if (v) return v;
    v = new Float64Array(n);
    const sqb = bg.init === bg.rcvr;
    // Start values: 0 for the status quo, else 0 + u(a, init's new position) + u(a, rcvr's new position).
    for (let a = 0; a < n; a++) {
      let sum = 0.0;
      if (!sqb) {
        sum = sum + s.posUtil(a, bg.posInit);
        sum = sum + s.posUtil(a, bg.posRcvr);
      }
      v[a] = sum;
    }
    // Then Σ over x (∉ {init, rcvr} unless status quo) in index order, four actors per pass (independent
    // sums, for instruction-level parallelism), in three ranges that skip init and rcvr.
    const lo = sqb ? n : Math.min(bg.init, bg.rcvr);
    const hi = sqb ? n : Math.max(bg.init, bg.rcvr);
    let a = 0;
    for (; a + 3 < n; a += 4) {
      const u0 = own[a]!;
      const u1 = own[a + 1]!;
      const u2 = own[a + 2]!;
      const u3 = own[a + 3]!;
      let s0 = v[a]!;
      let s1 = v[a + 1]!;
      let s2 = v[a + 2]!;
      let s3 = v[a + 3]!;
      for (let x = 0; x < lo; x++) {
        s0 = s0 + u0[x]!;
        s1 = s1 + u1[x]!;
        s2 = s2 + u2[x]!;
        s3 = s3 + u3[x]!;
      }
      for (let x = lo + 1; x < hi; x++) {
        s0 = s0 + u0[x]!;
        s1 = s1 + u1[x]!;
        s2 = s2 + u2[x]!;
        s3 = s3 + u3[x]!;
      }
      for (let x = hi + 1; x < n; x++) {
        s0 = s0 + u0[x]!;
        s1 = s1 + u1[x]!;
        s2 = s2 + u2[x]!;
        s3 = s3 + u3[x]!;
      }
      v[a] = s0 / n;
      v[a + 1] = s1 / n;
      v[a + 2] = s2 / n;
      v[a + 3] = s3 / n;
    }
    for (; a < n; a++) {
      const ua = own[a]!;
      let sum = v[a]!;
      for (let x = 0; x < lo; x++) sum = sum + ua[x]!;
      for (let x = lo + 1; x < hi; x++) sum = sum + ua[x]!;
      for (let x = hi + 1; x < n; x++) sum = sum + ua[x]!;
      v[a] = sum / n;
    }
    // Every status-quo bargain has the same value (the current state), summed in the same order.
    if (bg.init === bg.rcvr) sq = v;
    else cache.set(bg, v);
    return v;
  };
  for (let k = 0; k < n; k++) {
    const q = brgns[k]!;
    const nb = q.length;
    const cols = q.map(bargainUtil);
    let p: number[];
    if (o.VotingRule === "Prop") {
      p = probCE(o.PCEModel, o.VictoryProbModel, propCoalitions(m.cap, cols)).p;
    } else {
      const u: Float64Array[] = [];
      for (let a = 0; a < n; a++) {
        const row = new Float64Array(nb);
        for (let b = 0; b < nb; b++) row[b] = cols[b]![a]!;
        u.push(row);
      }
      p = scalarPce(m.cap, u, nb, o.VotingRule, o.VictoryProbModel, o.PCEModel);
    }
    let mMax = 0;
    if (o.StateTransitions === "Stochastic" && m.rng) {
      const r = m.rng.next();
      let acc = 0;
      mMax = nb - 1;
      for (let b = 0; b < nb; b++) {
        acc += p[b]!;
        if (r < acc) {
          mMax = b;
          break;
        }
      }
    } else {
      let best = -1.0;
      for (let b = 0; b < nb; b++) {
        const a = Math.abs(p[b]!);
        if (best < a) {
          best = a;
          mMax = b;
        }
      }
    }
    const bk = q[mMax]!;
    if (bk.init === bk.rcvr) {
      newPos.push(Float64Array.from(s.pos[k]!));
    } else {
      const x = bk.init === k ? bk.posInit : bk.posRcvr;
      newPos.push(Float64Array.from(x));
      const other = bk.init === k ? bk.rcvr : bk.init;
      log.push({
        turn,
        kind: "bargain",
        actors: [m.names[k]!, m.names[other]!],
        text: `${m.names[k]} adopts the bargain with ${m.names[other]} (${(p[mMax]! * 100).toFixed(1)}% of its queue of ${nb}): ${fmt(x, m)}`,
      });
    }
  }
  // SMPState::newIdeals: ideal_i ← Σ_j a_ij·pos_j + (1 − Σ_j a_ij)·ideal_i.
  const acc = m.accommodation;
  const ideals = acc
    ? newPos.map((_, i) => {
        const row = acc[i]!;
        let si = 0.0;
        const ip = new Float64Array(newPos[0]!.length);
        for (let j = 0; j < n; j++) {
          const aij = row[j]!;
          si = si + aij;
          for (let d = 0; d < ip.length; d++) ip[d] = ip[d]! + aij * newPos[j]![d]!;
        }
        si = Math.min(si, 1.0);
        const lag = 1.0 - si;
        for (let d = 0; d < ip.length; d++) ip[d] = ip[d]! + lag * s.ideals[i]![d]!;
        return ip;
      })
    : newPos;
  return { pos: newPos, ideals };
}

function stateDist(a: readonly Float64Array[], b: readonly Float64Array[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = d + norm(a[i]!, b[i]!);
  return d;
}

function isIdentity(acc: number[][] | undefined): boolean {
  if (!acc) return true;
  return acc.every((row, i) => row.every((v, j) => Math.abs(v - (i === j ? 1 : 0)) < 1e-10));
}

/**
 * Runs KTAB's Spatial Model of Politics on `problem`. Positions are mapped to [0, 1] per dimension (KTAB
 * divides its 0–100 inputs by 100) and mapped back in the result. If some actor's saliences sum above 1,
 * all saliences are divided by the largest total (KTAB requires totals ≤ 1). `rng` is used only with
 * `StateTransitions=Stochastic`. Returns per-state positions, per-state PCE probabilities of each actor's
 * position, the expected (probability-weighted over unique positions) and modal final positions.
 * @example runSmp(readKtabCsv(text, "dummyData_3Dim.csv")).turns // → 11
 */
export function runSmp(
  problem: SpatialProblem,
  options: Partial<SmpOptions> = {},
  rng?: Rng,
): ForecastResult {
  checkSpatialProblem(problem);
  const o: SmpOptions = { ...smpDefaults, ...options };
  for (const [key, values] of Object.entries(smpVariants)) {
    const v = (o as unknown as Record<string, string>)[key]!;
    if (!values.includes(v)) throw new EngineError("invalid_argument", `invalid ${key}: ${v}`);
  }
  if (!(Number.isInteger(o.maxTurns) && o.maxTurns >= 1)) {
    throw new EngineError("invalid_argument", `invalid maxTurns: ${o.maxTurns}`);
  }
  // The branch-free kernels are exact while votes stay below 2^1023 in magnitude; beyond capabilities of
  // 1e300 use the plain implementation (same results, slower).
  if (!problem.actors.every((a) => a.capability < 1e300)) return runSmpReference(problem, o, rng);
  const dims = problem.dimensions;
  const actors = problem.actors;
  const maxTotal = Math.max(...actors.map((a) => a.salience.reduce((s, v) => s + v, 0)));
  const salScale = Math.max(maxTotal, 1);
  const sal = actors.map((a) => Float64Array.from(a.salience, (v) => v / salScale));
  const m: SmpContext = {
    options: o,
    cap: Float64Array.from(actors, (a) => a.capability),
    sal,
    totalSal: Float64Array.from(sal, (s) => s.reduce((t, v) => t + v, 0)),
    weight: new Float64Array(0),
    accommodation: isIdentity(problem.accommodation) ? null : problem.accommodation!,
    rng: rng ?? null,
    names: actors.map((a) => a.id),
    dims: dims.map((d) => d.id),
    fromUnit: (x, d) => dims[d]!.min + x * (dims[d]!.max - dims[d]!.min),
  };
  m.weight = Float64Array.from(m.totalSal, (t, i) => t * m.cap[i]!);
  const toUnit = (x: number, d: number) => (x - dims[d]!.min) / (dims[d]!.max - dims[d]!.min);
  const fromUnit = m.fromUnit;
  const pos0 = actors.map((a) => Float64Array.from(a.position, (x, d) => toUnit(x, d)));
  // Only the current state is kept: its position probabilities (a function of the state alone) are
  // computed before it is replaced, so the per-state matrices do not pile up for the garbage collector.
  let last = new SmpState(pos0, pos0, m);
  const positions: Float64Array[][] = [pos0];
  const probabilities: number[][] = [];
  const log: ForecastEvent[] = [];
  let converged = false;
  for (let iter = 1; ; iter++) {
    const next = step(last, iter - 1, log);
    probabilities.push(last.positionProbabilities());
    last = new SmpState(next.pos, next.ideals, m);
    positions.push(next.pos);
    const d01 = stateDist(positions[0]!, positions[1]!) + 1e-4;
    const dxy = stateDist(positions[iter]!, positions[iter - 1]!);
    const quiet = dxy / d01 < o.minDeltaRatio;
    if (iter >= 2 && quiet) {
      converged = true;
      break;
    }
    if (o.maxTurns <= iter) break;
  }
  probabilities.push(last.positionProbabilities());
  const lastP = probabilities[probabilities.length - 1]!;
  const nd = dims.length;
  const expected = new Array<number>(nd).fill(0);
  let modal = last.uIndices[0]!;
  for (const u of last.uIndices) {
    const pu = lastP[u]!;
    for (let d = 0; d < nd; d++) expected[d] = expected[d]! + pu * last.pos[u]![d]!;
    if (pu > lastP[modal]!) modal = u;
  }
  return {
    model: "smp",
    variant: Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)])),
    actors: m.names,
    dimensions: m.dims,
    turns: positions.length,
    history: positions.map((pos) => pos.map((p) => Array.from(p, (x, d) => fromUnit(x, d)))),
    probabilities,
    final: {
      expected: expected.map((x, d) => fromUnit(x, d)),
      modal: { position: Array.from(last.pos[modal]!, (x, d) => fromUnit(x, d)), probability: lastP[modal]! },
    },
    converged,
    log,
  };
}
