/**
 * Scoring an extraction against hand labels: true positives, false positives and false negatives for
 * actors, territories and claims (actor, stance, target, polarity), and precision, recall and F1 from
 * counts summed over texts (micro-average).
 * @module
 */
import type { IngestResult } from "./ingestResult.js";

/** Hand labels of one text. Claims are written `ACTOR stance TARGET` with an optional trailing `negated`. */
export interface ExtractionLabels {
  actors: readonly string[];
  territories: readonly string[];
  claims: readonly string[];
}

/** Counts for one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** Predicted keys not in the labels. */
  falsePositives: string[];
  /** Labelled keys not predicted. */
  falseNegatives: string[];
}

/** Counts per category for one text. */
export interface ExtractionScore {
  actors: Counts;
  territories: Counts;
  claims: Counts;
}

/** Precision, recall and F1 (1 when there is nothing to find and nothing was found). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const claimKey = (actor: string, stance: string, target: string, negated: boolean) =>
  `${actor} ${stance} ${target}${negated ? " negated" : ""}`;

function count(predicted: readonly string[], gold: readonly string[]): Counts {
  const p = new Set(predicted);
  const g = new Set(gold);
  const falsePositives = [...p].filter((x) => !g.has(x));
  const falseNegatives = [...g].filter((x) => !p.has(x));
  return {
    tp: p.size - falsePositives.length,
    fp: falsePositives.length,
    fn: falseNegatives.length,
    falsePositives,
    falseNegatives,
  };
}

/**
 * Compares `result` with `labels`.
 * @example scoreExtraction(result, {actors: ["RU"], territories: [], claims: ["RU demands UA-14"]}).claims.tp
 */
export function scoreExtraction(result: IngestResult, labels: ExtractionLabels): ExtractionScore {
  const gold = labels.claims.map((c) => {
    const parts = c.trim().split(/\s+/);
    return claimKey(parts[0] ?? "", parts[1] ?? "", parts[2] ?? "", parts[3] === "negated");
  });
  return {
    actors: count(
      result.actors.map((a) => a.id),
      labels.actors,
    ),
    territories: count(
      result.territories.map((t) => t.id),
      labels.territories,
    ),
    claims: count(
      result.claims.map((c) => claimKey(c.actor, c.stance, c.territory, c.negated)),
      gold,
    ),
  };
}

/**
 * Compares two sets of hand labels (`other` against `gold`): how far two annotators agree.
 * @example compareLabels({actors: ["RU"], territories: [], claims: ["RU demands UA-14"]}, gold).claims.tp
 */
export function compareLabels(other: ExtractionLabels, gold: ExtractionLabels): ExtractionScore {
  const key = (c: string) => {
    const parts = c.trim().split(/\s+/);
    return claimKey(parts[0] ?? "", parts[1] ?? "", parts[2] ?? "", parts[3] === "negated");
  };
  return {
    actors: count(other.actors, gold.actors),
    territories: count(other.territories, gold.territories),
    claims: count(other.claims.map(key), gold.claims.map(key)),
  };
}

/**
 * Micro-averaged precision, recall and F1 over `counts`.
 * @example prf([{tp: 9, fp: 1, fn: 1, falsePositives: [], falseNegatives: []}]) // → {precision: 0.9, recall: 0.9, f1: 0.9}
 */
export function prf(counts: readonly Pick<Counts, "tp" | "fp" | "fn">[]): Prf {
  const tp = counts.reduce((s, c) => s + c.tp, 0);
  const fp = counts.reduce((s, c) => s + c.fp, 0);
  const fn = counts.reduce((s, c) => s + c.fn, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
