/**
 * The scenario format: the single source of the scenario types. JSON Schema is generated from it
 * (`schema/scenario.schema.json`, `impasse schema`).
 * @module
 */
import { z } from "zod";
import { DateSchema, IdSchema } from "./common.js";
import { EventSchema } from "./eventSchema.js";
import { ForecastInputSchema } from "./forecastInputSchema.js";
import { DimensionSchema, LinkedIssueSchema } from "./issueSchema.js";
import { PartySchema } from "./partySchema.js";
import { ProposalSchema } from "./proposalSchema.js";
import { SourceSchema } from "./sourceSchema.js";
import { TerritorySchema } from "./territorySchema.js";
import { UncertaintySchema } from "./uncertaintySchema.js";

/** A negotiation scenario. */
export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id: IdSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    date: DateSchema.describe(
      "Reference date: the analysis evaluates the scenario as it stood then by default",
    ),
    map: z
      .string()
      .optional()
      .describe("Name of a bundled map whose features are keyed on the territory ids"),
    sources: z.record(IdSchema, SourceSchema),
    parties: z.array(PartySchema).min(1),
    territories: z.array(TerritorySchema).default([]),
    dimensions: z
      .array(DimensionSchema)
      .default([])
      .describe("Status dimensions each territory in play carries"),
    issues: z
      .array(LinkedIssueSchema)
      .default([])
      .describe("Linked issues: alliances, guarantees, sanctions…"),
    proposals: z.array(ProposalSchema).default([]),
    events: z.array(EventSchema).default([]),
    uncertainty: UncertaintySchema.optional().describe(
      "Distributions of weights, option values and reservation values for Monte Carlo simulation",
    ),
    notes: z.array(z.string()).optional(),
    forecast: ForecastInputSchema.optional().describe(
      "Continuous issue dimensions with actors' capability, position and salience, for `impasse forecast`",
    ),
  })
  .strict();

/** A scenario as parsed (defaults applied). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
