import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labelledTexts } from "../../eval/ingest/labelledTexts.js";
import { trainOnTexts } from "../../eval/ingest/trainOnTexts.js";
import { shippedClaimModel } from "./shippedClaimModel.js";

describe("shippedClaimModel()", () => {
  it("is the model `npm run train:ingest` trains from the tuned and dev texts (never the sealed ones)", () => {
    const { texts, skipped } = labelledTexts();
    if (skipped.length > 0)
      throw new Error(`../shared is missing beside the checkout: cannot read ${skipped.join(", ")}`);
    const training = texts.filter((t) => t.split !== "sealed");
    expect(training.length).toBeGreaterThanOrEqual(100);
    const retrained = `${JSON.stringify(trainOnTexts(training))}\n`;
    const shipped = readFileSync(new URL("./shippedClaimModel.json", import.meta.url), "utf8");
    // If this fails after a label change: run `npm run train:ingest` and commit the model.
    expect(retrained === shipped).toBe(true);
    expect(shippedClaimModel().training.texts).toBe(training.length);
  });
});
