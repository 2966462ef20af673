/**
 * The labelled evaluation texts: every `labels/*.yaml` with its text, the options to read it with (its
 * gazetteers, date) and its batch (the file-name prefix: texts of one batch share an author and a style, so
 * cross-validation leaves out a whole batch at a time). Label files whose text cannot be read (the seed
 * outside its checkout) are listed in `skipped`.
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { GazetteerSchema } from "../../src/ingest/gazetteer.js";
import type { IngestOptions } from "../../src/ingest/ingestArticle.js";

/** The splits of the labelled set. */
export const SPLITS = ["tuned", "dev", "sealed"] as const;
export type Split = (typeof SPLITS)[number];

/** The labels of one text. */
export interface TextLabels {
  actors: string[];
  territories: string[];
  claims: string[];
}

/** One labelled text, ready to ingest. */
export interface LabelledText {
  name: string;
  split: Split;
  batch: string;
  text: string;
  options: IngestOptions;
  labels: TextLabels;
}

interface LabelFile extends Partial<TextLabels> {
  text: string;
  gazetteers?: string[];
  builtin?: boolean;
  date?: string;
  split: Split;
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../..");

/** Reads `eval/ingest/<dir>/*.yaml` (default `labels`) in file-name order. */
export function labelledTexts(dir = "labels"): { texts: LabelledText[]; skipped: string[] } {
  const texts: LabelledText[] = [];
  const skipped: string[] = [];
  for (const file of readdirSync(join(here, dir))
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const l = parse(readFileSync(join(here, dir, file), "utf8")) as LabelFile;
    if (dir === "labels" && !SPLITS.includes(l.split))
      throw new Error(`${dir}/${file}: split must be one of ${SPLITS.join(", ")}`);
    // Seed paths (../shared/…) are relative to the repository root; the project's texts to this folder.
    const textPath = l.text.startsWith("../") ? resolve(repoRoot, l.text) : join(here, l.text);
    let text: string;
    try {
      text = readFileSync(textPath, "utf8");
    } catch {
      skipped.push(file);
      continue;
    }
    const gazetteers = (l.gazetteers ?? []).map((g) =>
      GazetteerSchema.parse(parse(readFileSync(join(here, g), "utf8"))),
    );
    const name = file.replace(/\.yaml$/, "");
    texts.push({
      name,
      split: l.split,
      batch: name.split("-")[0] ?? name,
      text,
      options: {
        gazetteers,
        fileName: textPath,
        ...(l.date ? { date: String(l.date) } : {}),
        ...(l.builtin === false ? { builtin: false } : {}),
      },
      labels: { actors: l.actors ?? [], territories: l.territories ?? [], claims: l.claims ?? [] },
    });
  }
  return { texts, skipped };
}
