import { describe, expect, it } from "vitest";
import { evaluateIngest } from "../../eval/ingest/evaluateIngest.js";

// The project's labelled set (eval/ingest): targets from issue 8, on all texts together. The held-out split
// (texts the rules were not tuned on) is asserted against floors a little under its measured level, so that a
// regression there fails too; its numbers are reported by `npm run eval:ingest`.
const evaluation = evaluateIngest();

describe("evaluateIngest()", () => {
  it("evaluates at least 12 texts, the seed included, with a held-out split", () => {
    expect(evaluation.skipped).toEqual([]);
    expect(evaluation.texts.length).toBeGreaterThanOrEqual(12);
    expect(evaluation.texts.some((t) => t.name === "seed")).toBe(true);
    expect(evaluation.heldout.texts).toBeGreaterThanOrEqual(5);
  });

  it("reaches F1 ≥ 0.9 for actors and territories and ≥ 0.75 for claims on the project's set", () => {
    expect(evaluation.all.actors.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.all.territories.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.all.claims.f1).toBeGreaterThanOrEqual(0.75);
  });

  it("does not regress on the held-out texts", () => {
    expect(evaluation.heldout.actors.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.heldout.territories.f1).toBeGreaterThanOrEqual(0.85);
    // Measured 0.40 when this floor was set (6 texts, 18 labelled claims): far below the tuned texts.
    expect(evaluation.heldout.claims.f1).toBeGreaterThanOrEqual(0.35);
  });

  it("does not regress on the unseen batch (written and scored before the rules were changed for it)", () => {
    expect(evaluation.unseen.texts).toBe(6);
    expect(evaluation.unseen.actors.f1).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.unseen.territories.f1).toBeGreaterThanOrEqual(0.9);
    // 0.37 at first sight (9 correct of 15 proposed, 34 labelled); 0.40 after the general rules of 2026-11-25.
    expect(evaluation.unseen.claims.f1).toBeGreaterThanOrEqual(0.38);
  });
});
