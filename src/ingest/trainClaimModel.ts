/**
 * Training the claim model. The labels are per text ("RU demands UA-14" somewhere in the article), not per
 * sentence, so every candidate of a labelled triple starts as a positive example (multiple-instance
 * learning). Later rounds keep as positives only the candidates that score within `margin` (in log-odds)
 * of the triple's best candidate under the previous round's model — the sentences that most look like they
 * state the claim — and drop the others. Each round fits one L2-regularised logistic regression per stance
 * by stochastic gradient descent, in an order drawn from the given random source, so the same seed gives
 * the same weights.
 * @module
 */
import type { Rng } from "../util/rng.js";
import type { ClaimCandidate } from "./claimCandidates.js";
import { type ClaimModel, MODEL_STANCES } from "./claimModel.js";

/** One labelled text: its candidates and its gold triples `ACTOR stance TARGET` (stances of MODEL_STANCES). */
export interface TrainingText {
  candidates: readonly ClaimCandidate[];
  gold: ReadonlySet<string>;
}

/** Options of {@link trainClaimModel}. */
export interface TrainClaimModelOptions {
  rng: Rng;
  seed: number;
  epochs?: number;
  /** Rounds of positive re-selection after the first fit. */
  rounds?: number;
  l2?: number;
  margin?: number;
  threshold?: number;
  /** Weights smaller than this in absolute value are dropped from the stored model. */
  prune?: number;
}

type Weights = Map<string, number>;

function logit(w: Weights | undefined, features: readonly string[]): number {
  let z = 0;
  if (w) for (const f of features) z += w.get(f) ?? 0;
  return z;
}

function fitLogistic(
  examples: readonly (readonly [readonly string[], number])[],
  epochs: number,
  l2: number,
  rng: Rng,
) {
  const w: Weights = new Map();
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = 0.2 / (1 + e);
    for (const k of order) {
      const [features, y] = examples[k] as readonly [readonly string[], number];
      const g = 1 / (1 + Math.exp(-logit(w, features))) - y;
      for (const f of features) {
        const v = w.get(f) ?? 0;
        w.set(f, v - rate * (g + l2 * v));
      }
    }
  }
  return w;
}

/**
 * Fits the claim model to `texts`. Deterministic for a given random source.
 * @example trainClaimModel(texts, { rng: rng(1), seed: 1 }).weights.demands
 */
export function trainClaimModel(texts: readonly TrainingText[], options: TrainClaimModelOptions): ClaimModel {
  const epochs = options.epochs ?? 5;
  const rounds = options.rounds ?? 2;
  const l2 = options.l2 ?? 1e-3;
  const margin = options.margin ?? 1;
  const prune = options.prune ?? 1e-3;
  const weights = {} as ClaimModel["weights"];
  for (const stance of MODEL_STANCES) {
    let w: Weights | undefined;
    for (let round = 0; round <= rounds; round++) {
      const examples: (readonly [readonly string[], number])[] = [];
      for (const text of texts) {
        const best = new Map<string, number>();
        if (w)
          for (const c of text.candidates) {
            const key = `${c.actor} ${stance} ${c.target}`;
            if (text.gold.has(key)) best.set(key, Math.max(best.get(key) ?? -Infinity, logit(w, c.features)));
          }
        for (const c of text.candidates) {
          const key = `${c.actor} ${stance} ${c.target}`;
          const positive = text.gold.has(key);
          if (positive && w && logit(w, c.features) < (best.get(key) ?? 0) - margin) continue;
          examples.push([c.features, positive ? 1 : 0]);
        }
      }
      w = fitLogistic(examples, epochs, l2, options.rng);
    }
    const kept: Record<string, number> = {};
    for (const [f, v] of [...(w ?? new Map<string, number>())].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (Math.abs(v) >= prune) kept[f] = Math.round(v * 1e4) / 1e4;
    weights[stance] = kept;
  }
  return {
    version: 1,
    threshold: options.threshold ?? 0.5,
    training: {
      texts: texts.length,
      candidates: texts.reduce((n, t) => n + t.candidates.length, 0),
      seed: options.seed,
      epochs,
      rounds,
      l2,
      margin,
    },
    weights,
  };
}
