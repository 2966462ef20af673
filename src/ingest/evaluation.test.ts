import { describe, expect, it } from "vitest";
import { evaluateIngest } from "../../eval/ingest/evaluateIngest.js";

// The labelled set in eval/ingest (GUIDELINE.md): issue 8's targets on the project's set (tuned + dev texts),
// and floors a little under the measured level for the independent splits, so that a regression there fails.
// The sealed split is written and labelled by independent annotators and never read by whoever changes the
// rules; `npm run eval:ingest` prints its scores without its misses.
const evaluation = evaluateIngest();

describe("evaluateIngest()", () => {
  it("evaluates the seed and at least 12 texts in each of the three splits", () => {
    expect(evaluation.skipped).toEqual([]);
    expect(evaluation.texts.some((t) => t.name === "seed")).toBe(true);
    for (const split of ["tuned", "dev", "sealed"] as const)
      expect(evaluation.splits[split].texts).toBeGreaterThanOrEqual(12);
  });

  it("reaches F1 ≥ 0.9 for actors and territories on the project's set, claims F1 ≥ 0.61 (0.631 when set)", () => {
    // Issue 8 asked for claims F1 ≥ 0.75 on the project's set. With the rule author's own labels the rules
    // scored 0.77; with every text labelled by independent annotators (and the project's set grown to 160
    // texts) the measured level is 0.63, the claim model cross-validated by batch. Not met; see docs/ingest.md.
    expect(evaluation.project.actors.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.project.territories.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.project.claims.f1).toBeGreaterThanOrEqual(0.61);
    expect(evaluation.splits.dev.claims.f1).toBeGreaterThanOrEqual(0.59);
  });

  it("scores the sealed texts as the project's own evaluation predicts (claims F1 0.634 vs 0.631 when set)", () => {
    expect(evaluation.splits.sealed.texts).toBeGreaterThanOrEqual(66);
    expect(evaluation.splits.sealed.actors.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.splits.sealed.territories.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.splits.sealed.claims.f1).toBeGreaterThanOrEqual(0.61);
    expect(Math.abs(evaluation.project.claims.f1 - evaluation.splits.sealed.claims.f1)).toBeLessThanOrEqual(
      0.05,
    );
  });

  it("gains from the claim model on the sealed texts (the rules alone: claims F1 0.547 when set)", () => {
    expect(evaluation.rules.splits.sealed.claims.f1).toBeGreaterThanOrEqual(0.52);
    expect(evaluation.splits.sealed.claims.f1).toBeGreaterThan(
      evaluation.rules.splits.sealed.claims.f1 + 0.05,
    );
    expect(evaluation.rules.project.claims.f1).toBeGreaterThanOrEqual(0.59);
  });

  it("reports the agreement of two annotators on the same sealed texts (the ceiling for the extractor)", () => {
    expect(evaluation.agreement.texts).toBeGreaterThanOrEqual(114);
    expect(evaluation.agreement.claims.f1).toBeGreaterThan(0.9);
    expect(evaluation.agreement.claims.f1).toBeGreaterThan(evaluation.splits.sealed.claims.f1);
  });
});
