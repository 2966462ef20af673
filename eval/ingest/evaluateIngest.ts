/**
 * The ingest evaluation: reads every label file in `eval/ingest/labels/`, runs `ingestArticle` on its text
 * (with the per-text gazetteers it names), and scores actors, territories and claims per split:
 * `tuned` (texts written by the rule author, the rules were developed on them), `dev` (texts written and
 * labelled by independent annotators from GUIDELINE.md; the rules were then tuned on them) and `sealed`
 * (written and labelled by other independent annotators; never read by the rule author, never tuned on).
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { GazetteerSchema } from "../../src/ingest/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingestArticle.js";
import type { IngestResult } from "../../src/ingest/ingestResult.js";
import {
  compareLabels,
  type ExtractionScore,
  type Prf,
  prf,
  scoreExtraction,
} from "../../src/ingest/scoreExtraction.js";

/** One evaluated text. */
export interface EvaluatedText {
  name: string;
  split: Split;
  result: IngestResult;
  score: ExtractionScore;
}

/** Scores of one split. */
export interface SplitScore {
  texts: number;
  actors: Prf;
  territories: Prf;
  claims: Prf;
}

/** The splits of the labelled set. */
export const SPLITS = ["tuned", "dev", "sealed"] as const;
export type Split = (typeof SPLITS)[number];

/** The whole evaluation. */
export interface IngestEvaluation {
  texts: EvaluatedText[];
  splits: Record<Split, SplitScore>;
  /** Every text that is not sealed: the project's own evaluation. */
  project: SplitScore;
  /**
   * A second annotator's labels (`second-annotator/`, written blind from GUIDELINE.md) scored against the
   * first annotator's: how far two people agree on the same texts, the ceiling for any extractor.
   */
  agreement: SplitScore;
  all: SplitScore;
  /** Label files whose text could not be read (e.g. the seed outside its checkout). */
  skipped: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../..");

interface LabelFile {
  text: string;
  gazetteers?: string[];
  builtin?: boolean;
  date?: string;
  split: Split;
  actors: string[];
  territories: string[];
  claims: string[];
}

const labelsOf = (l: LabelFile) => ({
  actors: l.actors ?? [],
  territories: l.territories ?? [],
  claims: l.claims ?? [],
});

function split(texts: readonly EvaluatedText[]): SplitScore {
  return {
    texts: texts.length,
    actors: prf(texts.map((t) => t.score.actors)),
    territories: prf(texts.map((t) => t.score.territories)),
    claims: prf(texts.map((t) => t.score.claims)),
  };
}

/** Runs the evaluation over `eval/ingest/labels/*.yaml`. */
export function evaluateIngest(): IngestEvaluation {
  const labelsDir = join(here, "labels");
  const texts: EvaluatedText[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(labelsDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const labels = parse(readFileSync(join(labelsDir, file), "utf8")) as LabelFile;
    if (!SPLITS.includes(labels.split)) throw new Error(`${file}: split must be one of ${SPLITS.join(", ")}`);
    // Seed paths (../shared/…) are relative to the repository root; the project's texts to this folder.
    const textPath = labels.text.startsWith("../") ? resolve(repoRoot, labels.text) : join(here, labels.text);
    let text: string;
    try {
      text = readFileSync(textPath, "utf8");
    } catch {
      skipped.push(file);
      continue;
    }
    const gazetteers = (labels.gazetteers ?? []).map((g) =>
      GazetteerSchema.parse(parse(readFileSync(join(here, g), "utf8"))),
    );
    const result = ingestArticle(text, {
      gazetteers,
      fileName: textPath,
      ...(labels.date ? { date: String(labels.date) } : {}),
      ...(labels.builtin === false ? { builtin: false } : {}),
    });
    texts.push({
      name: file.replace(/\.yaml$/, ""),
      split: labels.split,
      result,
      score: scoreExtraction(result, labels),
    });
  }
  const secondDir = join(here, "second-annotator");
  const agreementScores: { score: ExtractionScore }[] = [];
  for (const file of readdirSync(secondDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const second = parse(readFileSync(join(secondDir, file), "utf8")) as LabelFile;
    const first = parse(readFileSync(join(labelsDir, file), "utf8")) as LabelFile;
    agreementScores.push({ score: compareLabels(labelsOf(second), labelsOf(first)) });
  }
  return {
    texts,
    agreement: {
      texts: agreementScores.length,
      actors: prf(agreementScores.map((t) => t.score.actors)),
      territories: prf(agreementScores.map((t) => t.score.territories)),
      claims: prf(agreementScores.map((t) => t.score.claims)),
    },
    splits: {
      tuned: split(texts.filter((t) => t.split === "tuned")),
      dev: split(texts.filter((t) => t.split === "dev")),
      sealed: split(texts.filter((t) => t.split === "sealed")),
    },
    project: split(texts.filter((t) => t.split !== "sealed")),
    all: split(texts),
    skipped,
  };
}
