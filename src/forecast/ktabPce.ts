/**
 * KTAB's voting and Probabilistic Condorcet Election (PCE) primitives, ported from KAPSARC KTAB
 * (`KTAB/kmodel/libsrc/kmodel.cpp`: `Model::vote`, `vProb`, `coalitions`, `condPCE`, `markovUniformPCE`,
 * `markovIncentivePCE`, `scalarPCE`; MIT licence, © 2015 King Abdullah Petroleum Studies and Research Center).
 * Loop orders follow the C++ so that sums are accumulated in the same order.
 * @module
 */
import { EngineError } from "../errors.js";

/** How an actor turns a utility difference into a vote (KTAB `VotingRule`). */
export type VotingRule = "Binary" | "PropBin" | "Prop" | "PropCbc" | "Cubic" | "ASymProsp";
/** How coalition strengths become a victory probability (KTAB `VPModel`). */
export type VictoryProbModel = "Linear" | "Square" | "Quartic" | "Octic" | "Binary";
/** How pairwise victory probabilities become a distribution over options (KTAB `PCEModel`). */
export type PceModel = "Conditional" | "MarkovIncentive" | "MarkovUniform";

/** Voting rule names accepted by `--variant VotingRule=…`. */
export const votingRules: readonly VotingRule[] = [
  "Binary",
  "PropBin",
  "Prop",
  "PropCbc",
  "Cubic",
  "ASymProsp",
];
/** Victory-probability model names. */
export const victoryProbModels: readonly VictoryProbModel[] = [
  "Linear",
  "Square",
  "Quartic",
  "Octic",
  "Binary",
];
/** PCE model names. */
export const pceModels: readonly PceModel[] = ["Conditional", "MarkovIncentive", "MarkovUniform"];

/**
 * Vote of an actor with weight `w` > 0 between options worth `ui` and `uj` to it: Prop w·Δu; Binary
 * w·clip(Δu/1e-8, −1, 1); PropBin w·(0.8Δu + 0.2·Binary); Cubic wΔu³; PropCbc w(0.5Δu + 0.5Δu³);
 * ASymProsp wΔu for losses, (2/3)wΔu for gains.
 */
export function ktabVote(rule: VotingRule, w: number, ui: number, uj: number): number {
  if (!(w > 0)) throw new EngineError("invalid_argument", `invalid voting weight: ${w}`);
  const du = ui - uj;
  let rBin = du / 1e-8;
  rBin = Math.min(rBin, 1);
  rBin = Math.max(rBin, -1);
  switch (rule) {
    case "Binary":
      return w * rBin;
    case "PropBin":
      return w * ((1 - 0.2) * du + 0.2 * rBin);
    case "Prop":
      return w * du;
    case "PropCbc":
      return w * ((1 - 0.5) * du + 0.5 * (du * du * du));
    case "Cubic":
      return w * (du * du * du);
    case "ASymProsp":
      if (du < 0) return w * du;
      if (du > 0) return (2.0 * w * du) / 3.0;
      return 0;
  }
}

/** Pairwise victory probabilities [P(1≻2), P(2≻1)] from coalition strengths s1, s2 (KTAB `Model::vProb`). */
export function victoryProb(model: VictoryProbModel, s1: number, s2: number): [number, number] {
  let x1 = 0;
  let x2 = 0;
  switch (model) {
    case "Linear":
      x1 = s1;
      x2 = s2;
      break;
    case "Square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "Quartic":
      x1 = s1 * s1 * (s1 * s1);
      x2 = s2 * s2 * (s2 * s2);
      break;
    case "Octic": {
      const q1 = s1 * s1 * (s1 * s1);
      const q2 = s2 * s2 * (s2 * s2);
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case "Binary": {
      const thresh = 1.1;
      if (s1 >= thresh * s2) {
        x1 = 1.0;
        x2 = 1e-6;
      } else if (s2 >= thresh * s1) {
        x1 = 1e-6;
        x2 = 1.0;
      } else {
        const r12 = s1 / (s1 + s2);
        const p12 = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0);
        x1 = p12;
        x2 = 1 - p12;
      }
      break;
    }
  }
  return [x1 / (x1 + x2), x2 / (x1 + x2)];
}

/**
 * Coalition matrix c[i][j] = 1e-8 + Σ_k max(0, vote_k(i:j)) over `numAct` voters and `numOpt` options,
 * with c[i][i] = 1e-8 (KTAB `Model::coalitions`). `vote(k, i, j)` is voter k's vote for option i over j.
 */
export function coalitions(
  vote: (k: number, i: number, j: number) => number,
  numAct: number,
  numOpt: number,
): Float64Array[] {
  const minC = 1e-8;
  const c = Array.from({ length: numOpt }, () => new Float64Array(numOpt));
  for (let i = 0; i < numOpt; i++) {
    const ci = c[i]!;
    for (let j = 0; j < i; j++) {
      let cij = minC;
      let cji = minC;
      for (let k = 0; k < numAct; k++) {
        const v = vote(k, i, j);
        if (v > 0) cij = cij + v;
        if (v < 0) cji = cji - v;
      }
      ci[j] = cij;
      c[j]![i] = cji;
    }
    ci[i] = minC;
  }
  return c;
}

/**
 * Coalition matrix from voter weights `w` and utilities u[k][m] of option m to voter k, i.e.
 * `coalitions((k, i, j) => ktabVote(rule, w[k], u[k][i], u[k][j]), …)` with the vote inlined (same
 * arithmetic, same summation order; this is the hot loop of the SMP).
 */
export function utilityCoalitions(
  rule: VotingRule,
  w: ArrayLike<number>,
  u: readonly ArrayLike<number>[],
  numOpt: number,
): Float64Array[] {
  const numAct = w.length;
  for (let k = 0; k < numAct; k++) {
    if (!(w[k]! > 0)) throw new EngineError("invalid_argument", `invalid voting weight: ${w[k]}`);
  }
  if (rule !== "Prop")
    return coalitions((k, i, j) => ktabVote(rule, w[k]!, u[k]![i]!, u[k]![j]!), numAct, numOpt);
  const minC = 1e-8;
  // Columns (option → utilities to every voter) for contiguous access in the voter loop.
  const cols = Array.from({ length: numOpt }, (_, m) => {
    const col = new Float64Array(numAct);
    for (let k = 0; k < numAct; k++) col[k] = u[k]![m]!;
    return col;
  });
  const wk = Float64Array.from({ length: numAct }, (_, k) => w[k]!);
  const c = Array.from({ length: numOpt }, () => new Float64Array(numOpt));
  for (let i = 0; i < numOpt; i++) {
    const ci = c[i]!;
    const coli = cols[i]!;
    for (let j = 0; j < i; j++) {
      let cij = minC;
      let cji = minC;
      const colj = cols[j]!;
      for (let k = 0; k < numAct; k++) {
        const v = wk[k]! * (coli[k]! - colj[k]!);
        if (v > 0) cij = cij + v;
        else if (v < 0) cji = cji - v;
      }
      ci[j] = cij;
      c[j]![i] = cji;
    }
    ci[i] = minC;
  }
  return c;
}

/**
 * `utilityCoalitions("Prop", w, u, cols.length)` from option columns: cols[m][k] is the utility of option
 * m to voter k. Same votes, same summation order and the same result bit for bit, without branches: for a
 * vote v with |v| < 2^1023, (v + |v|)·0.5 is exactly v when v > 0 and +0 otherwise, (|v| − v)·0.5 exactly
 * −v when v < 0 and +0 otherwise, and adding +0 to a positive sum leaves it unchanged. (Votes are
 * w·Δu with |Δu| ≤ 4, so capability weights below 1e300 keep them in range.) Two options j are summed per
 * pass over the voters for instruction-level parallelism; each sum still runs over k = 0…n−1 in order.
 */
export function propCoalitions(w: Float64Array, cols: readonly Float64Array[]): Float64Array[] {
  const numAct = w.length;
  const numOpt = cols.length;
  const minC = 1e-8;
  const c = Array.from({ length: numOpt }, () => new Float64Array(numOpt));
  for (let i = 0; i < numOpt; i++) {
    const ci = c[i]!;
    const coli = cols[i]!;
    let j = 0;
    for (; j + 1 < i; j += 2) {
      const colj = cols[j]!;
      const colj1 = cols[j + 1]!;
      let cij = minC;
      let cji = minC;
      let cij1 = minC;
      let cj1i = minC;
      for (let k = 0; k < numAct; k++) {
        const wk = w[k]!;
        const uk = coli[k]!;
        const v = wk * (uk - colj[k]!);
        const av = Math.abs(v);
        cij = cij + (v + av) * 0.5;
        cji = cji + (av - v) * 0.5;
        const v1 = wk * (uk - colj1[k]!);
        const av1 = Math.abs(v1);
        cij1 = cij1 + (v1 + av1) * 0.5;
        cj1i = cj1i + (av1 - v1) * 0.5;
      }
      ci[j] = cij;
      c[j]![i] = cji;
      ci[j + 1] = cij1;
      c[j + 1]![i] = cj1i;
    }
    for (; j < i; j++) {
      const colj = cols[j]!;
      let cij = minC;
      let cji = minC;
      for (let k = 0; k < numAct; k++) {
        const v = w[k]! * (coli[k]! - colj[k]!);
        const av = Math.abs(v);
        cij = cij + (v + av) * 0.5;
        cji = cji + (av - v) * 0.5;
      }
      ci[j] = cij;
      c[j]![i] = cji;
    }
    ci[i] = minC;
  }
  return c;
}

/** Square matrix of victory probabilities from a coalition matrix, P[i][i] = ½. */
export function victoryProbMatrix(model: VictoryProbModel, c: readonly Float64Array[]): Float64Array[] {
  const n = c.length;
  const p = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const [pij, pji] = victoryProb(model, c[i]![j]!, c[j]![i]!);
      p[i]![j] = pij;
      p[j]![i] = pji;
    }
    p[i]![i] = 0.5;
  }
  return p;
}

function condPce(pv: readonly Float64Array[]): number[] {
  const n = pv.length;
  const p = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let pi = 1.0;
    const row = pv[i]!;
    for (let j = 0; j < n; j++) pi = pi * row[j]!;
    p[i] = pi;
  }
  for (let i = 0; i < n; i++) sum = sum + p[i]!;
  for (let i = 0; i < n; i++) p[i] = p[i]! / sum;
  return p;
}

function markovUniformPce(pv: readonly Float64Array[]): number[] {
  const n = pv.length;
  let p = new Array<number>(n).fill(1.0 / n);
  const q = new Array<number>(n).fill(0);
  let change = 1.0;
  let iter = 0;
  while (1e-6 < change) {
    change = 0;
    for (let i = 0; i < n; i++) {
      let pi = 0.0;
      const row = pv[i]!;
      for (let j = 0; j < n; j++) pi = pi + row[j]! * (p[i]! + p[j]!);
      q[i] = pi / n;
      const c = Math.abs(q[i]! - p[i]!);
      change = Math.max(c, change);
    }
    p = p.map((v, i) => (v + q[i]!) / 2.0);
    if (++iter >= 1000)
      throw new EngineError("internal", "MarkovUniform PCE did not converge in 1000 iterations");
  }
  return p;
}

function markovIncentivePce(c: readonly Float64Array[], pv: readonly Float64Array[]): number[] {
  const n = c.length;
  const inctv = Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => c[i]![j]! * pv[i]![j]! + (i === j ? 1e-10 : 0)),
  );
  const chlg = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let sum = 0.0;
      for (let k = 0; k < n; k++) sum = sum + inctv[k]![j]!;
      chlg[i]![j] = inctv[i]![j]! / sum;
    }
  }
  let p = new Array<number>(n).fill(1.0 / n);
  const q = new Array<number>(n).fill(0);
  let change = 1.0;
  let iter = 0;
  while (1e-8 < change) {
    change = 0.0;
    for (let i = 0; i < n; i++) {
      let qi = 0.0;
      for (let j = 0; j < n; j++) {
        // ct(i,j) = p_i·P[j→i], ct(j,i) = p_j·P[i→j]
        const cj = p[i]! * chlg[j]![i]! + p[j]! * chlg[i]![j]!;
        qi = qi + pv[i]![j]! * cj;
      }
      q[i] = qi;
      const d = Math.abs(q[i]! - p[i]!);
      change = Math.max(d, change);
    }
    p = p.map((v, i) => (v + q[i]!) / 2.0);
    if (++iter >= 1000)
      throw new EngineError("internal", "MarkovIncentive PCE did not converge in 1000 iterations");
  }
  return p;
}

/** Option probabilities from a coalition matrix (KTAB `Model::probCE2`); also returns the victory matrix. */
export function probCE(
  pce: PceModel,
  vpm: VictoryProbModel,
  c: readonly Float64Array[],
): { p: number[]; victory: Float64Array[] } {
  const victory = victoryProbMatrix(vpm, c);
  switch (pce) {
    case "Conditional":
      return { p: condPce(victory), victory };
    case "MarkovUniform":
      return { p: markovUniformPce(victory), victory };
    case "MarkovIncentive":
      return { p: markovIncentivePce(c, victory), victory };
  }
}

/**
 * Probability of each of `numOpt` options given voter weights `w` (one per voter) and utilities
 * u[k][m] of option m to voter k (KTAB `Model::scalarPCE`).
 */
export function scalarPce(
  w: ArrayLike<number>,
  u: readonly ArrayLike<number>[],
  numOpt: number,
  rule: VotingRule,
  vpm: VictoryProbModel,
  pce: PceModel,
): number[] {
  return probCE(pce, vpm, utilityCoalitions(rule, w, u, numOpt)).p;
}
