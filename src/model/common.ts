/**
 * Small schema pieces shared by the scenario model: ids, dates, source references.
 * @module
 */
import { z } from "zod";

/** An identifier: letters, digits, `-`, `_`, `.`; starts with a letter or digit. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "ids use letters, digits, '-', '_' and '.'")
  .describe("Identifier (letters, digits, '-', '_', '.')");

/** A calendar date `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dates are written YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "not a calendar date",
    },
  )
  .describe("Calendar date, YYYY-MM-DD");

/** A reference to an entry of the scenario's `sources`. */
export const SourceRefSchema = IdSchema.describe("Id of an entry in `sources`");

/** Provenance for an assumption: a source, or an explicit statement that it is an assumption, and why. */
export const ProvenanceShape = {
  source: SourceRefSchema.optional(),
  sources: z.array(SourceRefSchema).optional().describe("Several supporting sources"),
  assumption: z
    .boolean()
    .optional()
    .describe("True when the value is a modelling assumption, not a sourced fact"),
  rationale: z.string().optional().describe("Why this value: a short, neutral explanation"),
};
