import { z } from "zod";
import { DateSchema, IdSchema, SourceRefSchema } from "./common.js";
import { TerritorySelectorSchema } from "./preferencesSchema.js";

/** One term of a proposal: fixes an issue (or a dimension for some territories) to an option. */
export const ProposalTermSchema = z
  .object({
    issue: IdSchema.optional(),
    dimension: IdSchema.optional(),
    territories: TerritorySelectorSchema.optional(),
    option: IdSchema,
    note: z.string().optional(),
  })
  .strict()
  .refine((t) => (t.issue === undefined) !== (t.dimension === undefined), {
    message: "a term names exactly one of `issue` or `dimension`",
  })
  .refine((t) => t.dimension === undefined || t.territories !== undefined, {
    message: "a `dimension` term lists its `territories`",
  });

/** A named (possibly partial) package. Issues it leaves open are free. */
export const ProposalSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    by: z.array(IdSchema).min(1).describe("Parties that put it forward"),
    date: DateSchema.optional(),
    summary: z.string().optional(),
    terms: z.array(ProposalTermSchema).min(1),
    source: SourceRefSchema,
  })
  .strict();

export type Proposal = z.infer<typeof ProposalSchema>;
export type ProposalTerm = z.infer<typeof ProposalTermSchema>;
