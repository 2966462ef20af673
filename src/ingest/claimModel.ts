/**
 * The claim model: one logistic regression per stance over the sparse features of {@link ClaimCandidate}s,
 * trained on the labelled evaluation texts (`npm run train:ingest`; see trainClaimModel and scoreTriples).
 * @module
 */
import { z } from "zod";
import { STANCES } from "./ingestResult.js";

/** The stances the model predicts; `controls_negated` is "does not control". */
export const MODEL_STANCES = [...STANCES, "controls_negated"] as const;

/** A stance the model predicts. */
export type ModelStance = (typeof MODEL_STANCES)[number];

/** A trained model: weights per stance and feature, the acceptance threshold, and how it was trained. */
export const ClaimModelSchema = z.object({
  version: z.literal(1),
  threshold: z.number().min(0).max(1),
  training: z.object({
    texts: z.number().int(),
    candidates: z.number().int(),
    seed: z.number().int(),
    epochs: z.number().int(),
    rounds: z.number().int(),
    l2: z.number(),
    margin: z.number(),
  }),
  weights: z.record(z.enum(MODEL_STANCES), z.record(z.string(), z.number())),
});

/** A trained claim model. */
export type ClaimModel = z.infer<typeof ClaimModelSchema>;
