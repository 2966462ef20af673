/**
 * The request schema of a scenario patch sent back for preview or saving (`ScenarioPatch` in
 * src/ingest/scenarioPatch.ts; the routes pass the parsed value to `applyPatch`, so the compiler checks the two agree), built from the model's own schemas so a malformed change is a 400, not a
 * broken scenario.
 * @module
 */
import { z } from "zod";
import {
  ControlSnapshotSchema,
  EventSchema,
  IdSchema,
  SourceSchema,
  TerritorySchema,
} from "../model/index.js";
import { ClaimSchema } from "../model/territorySchema.js";

const EvidenceSchema = z.object({
  source: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  confidence: z.number(),
  cue: z.string().optional(),
});

const ChangeIdSchema = z.string().min(1).max(40);

/** A patch as `POST /api/scenarios/:id/ingest` returns it (unknown keys are dropped). */
export const ScenarioPatchSchema = z.object({
  scenario: z.string().optional(),
  changes: z
    .array(
      z.discriminatedUnion("op", [
        z.object({
          id: ChangeIdSchema,
          op: z.literal("addSource"),
          sourceId: IdSchema,
          source: SourceSchema,
        }),
        z.object({
          id: ChangeIdSchema,
          op: z.literal("addTerritory"),
          territory: TerritorySchema,
          evidence: EvidenceSchema,
        }),
        z.object({
          id: ChangeIdSchema,
          op: z.literal("addClaim"),
          territory: z.string(),
          claim: ClaimSchema,
          stance: z.string(),
          evidence: EvidenceSchema,
        }),
        z.object({
          id: ChangeIdSchema,
          op: z.literal("addControl"),
          territory: z.string(),
          snapshot: ControlSnapshotSchema,
          evidence: EvidenceSchema,
        }),
        z.object({
          id: ChangeIdSchema,
          op: z.literal("addEvent"),
          event: EventSchema,
          evidence: EvidenceSchema,
        }),
        z.object({
          id: ChangeIdSchema,
          op: z.literal("addNote"),
          note: z.string(),
          evidence: EvidenceSchema,
        }),
      ]),
    )
    .max(10_000),
  skipped: z
    .array(z.object({ reason: z.string(), summary: z.string(), evidence: EvidenceSchema.optional() }))
    .max(10_000)
    .default([]),
});
