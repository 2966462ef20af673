/**
 * The ingest evaluation: runs `ingestArticle` on every labelled text (`labelledTexts`) and scores actors,
 * territories and claims per split: `tuned` (texts written by the rule author, the rules were developed on
 * them), `dev` (texts written and labelled by independent annotators from GUIDELINE.md; the rules were then
 * tuned on them) and `sealed` (written and labelled by other independent annotators; never read by whoever
 * changes the rules, never used to train the claim model).
 *
 * The claim model is scored without ever seeing the text it reads: a tuned or dev text is read with a model
 * trained on the other tuned and dev batches (leave-one-batch-out cross-validation), a sealed text with the
 * shipped model (trained on all tuned and dev texts). Every text is also read by the rules alone, so the
 * report shows what the model adds.
 * @module
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { ClaimModel } from "../../src/ingest/claimModel.js";
import { ingestArticle } from "../../src/ingest/ingestArticle.js";
import type { IngestResult } from "../../src/ingest/ingestResult.js";
import {
  compareLabels,
  type ExtractionScore,
  type Prf,
  prf,
  scoreExtraction,
} from "../../src/ingest/scoreExtraction.js";
import { shippedClaimModel } from "../../src/ingest/shippedClaimModel.js";
import { type LabelledText, labelledTexts, SPLITS, type Split, type TextLabels } from "./labelledTexts.js";
import { trainOnTexts } from "./trainOnTexts.js";

export { SPLITS, type Split } from "./labelledTexts.js";

/** One evaluated text. */
export interface EvaluatedText {
  name: string;
  split: Split;
  batch: string;
  /** What ingest reports (rules and claim model). */
  result: IngestResult;
  score: ExtractionScore;
  /** The rules alone. */
  rulesScore: ExtractionScore;
}

/** Scores of one split. */
export interface SplitScore {
  texts: number;
  actors: Prf;
  territories: Prf;
  claims: Prf;
}

/** The whole evaluation. */
export interface IngestEvaluation {
  texts: EvaluatedText[];
  splits: Record<Split, SplitScore>;
  /** Every text that is not sealed: the project's own evaluation. */
  project: SplitScore;
  all: SplitScore;
  /** The same, with the rules alone (no claim model). */
  rules: { splits: Record<Split, SplitScore>; project: SplitScore; all: SplitScore };
  /**
   * A second annotator's labels (`second-annotator/`, written blind from GUIDELINE.md) scored against the
   * first annotator's: how far two people agree on the same texts, the ceiling for any extractor.
   */
  agreement: SplitScore;
  /** Label files whose text could not be read (e.g. the seed outside its checkout). */
  skipped: string[];
}

const here = dirname(fileURLToPath(import.meta.url));

function scoreOf<T>(texts: readonly T[], pick: (t: T) => ExtractionScore): SplitScore {
  const scores = texts.map(pick);
  return {
    texts: texts.length,
    actors: prf(scores.map((s) => s.actors)),
    territories: prf(scores.map((s) => s.territories)),
    claims: prf(scores.map((s) => s.claims)),
  };
}

function summary(texts: readonly EvaluatedText[], pick: (t: EvaluatedText) => ExtractionScore) {
  const splits = Object.fromEntries(
    SPLITS.map((s) => [
      s,
      scoreOf(
        texts.filter((t) => t.split === s),
        pick,
      ),
    ]),
  ) as Record<Split, SplitScore>;
  return {
    splits,
    project: scoreOf(
      texts.filter((t) => t.split !== "sealed"),
      pick,
    ),
    all: scoreOf(texts, pick),
  };
}

/** Runs the evaluation over `eval/ingest/labels/*.yaml`. */
export function evaluateIngest(): IngestEvaluation {
  const { texts: labelled, skipped } = labelledTexts();
  const training = labelled.filter((t) => t.split !== "sealed");
  const folds = new Map<string, ClaimModel>();
  const modelFor = (t: LabelledText): ClaimModel => {
    if (t.split === "sealed") return shippedClaimModel();
    let m = folds.get(t.batch);
    if (!m) {
      m = trainOnTexts(training.filter((x) => x.batch !== t.batch));
      folds.set(t.batch, m);
    }
    return m;
  };
  const texts: EvaluatedText[] = labelled.map((t) => {
    const result = ingestArticle(t.text, { ...t.options, claimModel: modelFor(t) });
    const rules = ingestArticle(t.text, { ...t.options, claimModel: false });
    return {
      name: t.name,
      split: t.split,
      batch: t.batch,
      result,
      score: scoreExtraction(result, t.labels),
      rulesScore: scoreExtraction(rules, t.labels),
    };
  });
  const { texts: second } = labelledTexts("second-annotator");
  const firstByName = new Map(labelled.map((t) => [t.name, t.labels]));
  const agreement = second.flatMap((t) => {
    const first = firstByName.get(t.name) ?? readLabels(t.name);
    return first ? [{ score: compareLabels(t.labels, first) }] : [];
  });
  return {
    texts,
    ...summary(texts, (t) => t.score),
    rules: summary(texts, (t) => t.rulesScore),
    agreement: scoreOf(agreement, (a) => a.score),
    skipped,
  };
}

function readLabels(name: string): TextLabels | undefined {
  const l = parse(readFileSync(join(here, "labels", `${name}.yaml`), "utf8")) as Partial<TextLabels>;
  return { actors: l.actors ?? [], territories: l.territories ?? [], claims: l.claims ?? [] };
}
