import { z } from "zod";
import { IdSchema, ProvenanceShape } from "./common.js";

/** One option of a dimension or linked issue. */
export const OptionSchema = z
  .object({
    id: IdSchema,
    label: z.string().optional(),
    description: z.string().optional(),
    partition: z
      .boolean()
      .optional()
      .describe("True: choosing it splits the territory (relevant to indivisibility)"),
  })
  .strict();

/** A status dimension every territory in play carries (sovereignty, control, recognition, security, timing…). */
export const DimensionSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: z
      .enum([
        "sovereignty",
        "control",
        "recognition",
        "security",
        "administration",
        "timing",
        "access",
        "other",
      ])
      .optional(),
    recognizer: IdSchema.optional().describe("For recognition dimensions: the party whose recognition it is"),
    options: z.array(OptionSchema).min(2),
    statusQuo: IdSchema.optional().describe("Option that describes the situation without agreement"),
    ...ProvenanceShape,
  })
  .strict();

/** A linked issue negotiated alongside territory: alliances, guarantees, sanctions, sequencing… */
export const LinkedIssueSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: z
      .enum(["alliance", "guarantees", "sanctions", "sequencing", "economic", "humanitarian", "other"])
      .optional(),
    options: z.array(OptionSchema).min(2),
    statusQuo: IdSchema.optional(),
    ...ProvenanceShape,
  })
  .strict();

export type Dimension = z.infer<typeof DimensionSchema>;
export type LinkedIssue = z.infer<typeof LinkedIssueSchema>;
