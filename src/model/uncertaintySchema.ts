/**
 * Optional uncertainty block of a scenario: distributions for preference weights, option values and
 * reservation values, drawn once per Monte Carlo run (see docs/simulate.md).
 * @module
 */
import { z } from "zod";
import { IdSchema } from "./common.js";

/** A distribution of one parameter. */
export const DistributionSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("uniform"), min: z.number(), max: z.number() })
    .strict()
    .refine((d) => d.min <= d.max, { message: "min must not exceed max" }),
  z
    .object({
      kind: z.literal("truncatedNormal"),
      mean: z.number(),
      sd: z.number().positive(),
      min: z.number(),
      max: z.number(),
    })
    .strict()
    .refine((d) => d.min < d.max, { message: "min must be below max" }),
  z
    .object({ kind: z.literal("triangular"), min: z.number(), mode: z.number(), max: z.number() })
    .strict()
    .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, {
      message: "triangular needs min ≤ mode ≤ max and min < max",
    }),
]);

const provenance = { rationale: z.string().optional(), source: IdSchema.optional() };

/** One uncertain parameter of one party's preferences. */
export const UncertainParameterSchema = z.discriminatedUnion("parameter", [
  z
    .object({
      parameter: z.literal("reservation"),
      party: IdSchema,
      distribution: DistributionSchema,
      ...provenance,
    })
    .strict(),
  z
    .object({
      parameter: z.literal("territoryWeight"),
      party: IdSchema,
      territory: z.string(),
      distribution: DistributionSchema,
      ...provenance,
    })
    .strict(),
  z
    .object({
      parameter: z.literal("dimensionWeight"),
      party: IdSchema,
      dimension: IdSchema,
      distribution: DistributionSchema,
      ...provenance,
    })
    .strict(),
  z
    .object({
      parameter: z.literal("issueWeight"),
      party: IdSchema,
      issue: IdSchema,
      distribution: DistributionSchema,
      ...provenance,
    })
    .strict(),
  z
    .object({
      parameter: z.literal("dimensionValue"),
      party: IdSchema,
      dimension: IdSchema,
      option: IdSchema,
      territory: z
        .string()
        .optional()
        .describe("Only this territory (a territoryValues entry); default every territory"),
      distribution: DistributionSchema,
      ...provenance,
    })
    .strict(),
  z
    .object({
      parameter: z.literal("issueValue"),
      party: IdSchema,
      issue: IdSchema,
      option: IdSchema,
      distribution: DistributionSchema,
      ...provenance,
    })
    .strict(),
]);

/** The `uncertainty` block: parameters drawn independently in every run. */
export const UncertaintySchema = z
  .object({
    parameters: z.array(UncertainParameterSchema).min(1),
    rationale: z.string().optional(),
  })
  .strict()
  .describe("Distributions of preference parameters for Monte Carlo simulation (docs/simulate.md)");

/** A distribution of one parameter. */
export type Distribution = z.infer<typeof DistributionSchema>;
/** One uncertain parameter. */
export type UncertainParameter = z.infer<typeof UncertainParameterSchema>;
/** The `uncertainty` block. */
export type Uncertainty = z.infer<typeof UncertaintySchema>;
