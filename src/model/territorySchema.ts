import { z } from "zod";
import { DateSchema, IdSchema, SourceRefSchema } from "./common.js";

/** A dated estimate of who holds how much of a territory (percent of its area per party). */
export const ControlSnapshotSchema = z
  .object({
    date: DateSchema,
    shares: z
      .record(IdSchema, z.number().min(0).max(100))
      .describe(
        "party id → percent of the territory's area held; the rest is held by `holder` of the territory",
      ),
    approximate: z.boolean().optional(),
    note: z.string().optional(),
    source: SourceRefSchema,
  })
  .strict();

/** The basis on which a party claims a territory. */
export const ClaimBasisSchema = z.enum([
  "constitutional",
  "annexation",
  "formal_demand",
  "rhetorical",
  "threat",
]);

/** A claim a party makes to a territory. */
export const ClaimSchema = z
  .object({
    party: IdSchema,
    basis: ClaimBasisSchema,
    since: DateSchema.optional(),
    until: DateSchema.optional(),
    scope: z
      .enum(["whole", "part"])
      .optional()
      .describe("Whole territory (administrative borders) or a part"),
    note: z.string().optional(),
    source: SourceRefSchema,
  })
  .strict();

/** A territory: a first-level unit (ISO 3166-2 id where one exists) or a sub-unit. */
export const TerritorySchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "territory ids use ISO 3166-2 codes or simple ids"),
    name: z.string().min(1),
    aliases: z.array(z.string()).optional().describe("Other spellings and transliterations"),
    type: z.string().optional(),
    parent: z.string().optional().describe("Id of the territory this one lies in, for sub-units"),
    areaKm2: z.number().positive().optional(),
    holder: IdSchema.optional().describe("Party holding the share not listed in control snapshots"),
    inPlay: z.boolean().optional().describe("False: the territory carries no negotiated status issues"),
    control: z.array(ControlSnapshotSchema).optional(),
    claims: z.array(ClaimSchema).optional(),
    source: SourceRefSchema.optional(),
  })
  .strict();

export type Territory = z.infer<typeof TerritorySchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type ControlSnapshot = z.infer<typeof ControlSnapshotSchema>;
