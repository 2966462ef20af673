/**
 * `npm run train:ingest`: trains the claim model on the tuned and dev texts (never the sealed ones) and
 * writes `src/ingest/shippedClaimModel.json` (to a temporary file first, then renamed, so a failed run
 * leaves the old model in place). The same labels and seed give the same bytes.
 * @module
 */
import { renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { labelledTexts } from "./labelledTexts.js";
import { trainOnTexts } from "./trainOnTexts.js";

const { texts, skipped } = labelledTexts();
if (skipped.length > 0) {
  process.stderr.write(`cannot read the text of ${skipped.join(", ")} (is ../shared beside the checkout?)\n`);
  process.exit(1);
}
const training = texts.filter((t) => t.split !== "sealed");
const model = trainOnTexts(training);
const out = resolve(dirname(fileURLToPath(import.meta.url)), "../../src/ingest/shippedClaimModel.json");
writeFileSync(`${out}.tmp`, `${JSON.stringify(model)}\n`);
renameSync(`${out}.tmp`, out);
const features = Object.values(model.weights).reduce((n, w) => n + Object.keys(w).length, 0);
process.stdout.write(
  `trained on ${model.training.texts} texts (${model.training.candidates} candidates): ${features} weights → ${out}\n`,
);
