/**
 * A party's preferences: weights, option values, red lines (hard constraints), reservation value (the value of
 * no deal, optionally moved by the front line), indivisibility and salience. Every preference is an
 * assumption of the analyst; each carries a rationale and, where there is one, a source.
 * @module
 */
import { z } from "zod";
import { DateSchema, IdSchema, ProvenanceShape } from "./common.js";
import { ConditionSchema } from "./conditionSchema.js";

/** Territory selector: a list of territory ids, or `"*"` for every territory in play. */
export const TerritorySelectorSchema = z.union([z.literal("*"), z.array(z.string()).min(1)]);

/** option id → value on a 0–100 scale (100 = best for this party). */
export const OptionValuesSchema = z.record(IdSchema, z.number().min(0).max(100));

/** A hard constraint: `require` must hold (must), or `forbid` must not hold (must-not). */
export const RedLineSchema = z
  .object({
    id: IdSchema,
    description: z.string().min(1).describe("The position in plain words, e.g. 'No cession of Crimea'"),
    territories: TerritorySelectorSchema.optional().describe(
      "Expands the red line once per territory; `dimension` literals then refer to that territory",
    ),
    require: ConditionSchema.optional(),
    forbid: ConditionSchema.optional(),
    salience: z
      .number()
      .positive()
      .optional()
      .describe("Cost of conceding this position, relative to the party's other positions (default 1)"),
    since: DateSchema.optional().describe("Held from this date (inclusive)"),
    until: DateSchema.optional().describe("Dropped after this date"),
    ...ProvenanceShape,
  })
  .strict()
  .refine((r) => (r.require === undefined) !== (r.forbid === undefined), {
    message: "a red line has exactly one of `require` or `forbid`",
  });

/**
 * A domestic ratifier (parliament, referendum electorate, constitutional court) whose consent a deal needs:
 * Putnam's (1988) level-II constraint. It binds like a red line of the party and is reported under its name.
 */
export const RatifierSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).describe("e.g. 'All-Ukrainian referendum (Art. 73)'"),
    kind: z.enum(["parliament", "referendum", "court", "constitution", "other"]),
    description: z.string().min(1).describe("What the ratifier requires, in plain words"),
    territories: TerritorySelectorSchema.optional(),
    require: ConditionSchema.optional(),
    forbid: ConditionSchema.optional(),
    salience: z.number().positive().optional().describe("Cost of overcoming this ratifier (default 1)"),
    since: DateSchema.optional(),
    until: DateSchema.optional(),
    ...ProvenanceShape,
  })
  .strict()
  .refine((r) => (r.require === undefined) !== (r.forbid === undefined), {
    message: "a ratifier has exactly one of `require` or `forbid`",
  });

/** How the front line moves a reservation value: r = value + coefficient × (share − reference), clamped to [0, 1]. */
export const ControlDependenceSchema = z
  .object({
    holder: IdSchema.describe("The party whose held share moves the value"),
    territories: TerritorySelectorSchema.describe("Territories whose area-weighted share counts"),
    coefficient: z.number().describe("Change of the reservation value per unit (0–1) of held share"),
    reference: z.number().min(0).max(1).describe("Held share at which the reservation value equals `value`"),
  })
  .strict();

/** The value of no agreement (BATNA), on the party's 0–1 utility scale. */
export const ReservationSchema = z
  .object({
    value: z.number().min(0).max(1),
    control: ControlDependenceSchema.optional(),
    ...ProvenanceShape,
  })
  .strict();

/** Per-territory attitudes of a party. */
export const TerritoryAttitudeSchema = z
  .object({
    indivisible: z
      .boolean()
      .optional()
      .describe(
        "True: any outcome that partitions this territory (an option marked `partition`) is a red line",
      ),
    salience: z
      .enum(["tangible", "intangible", "mixed"])
      .optional()
      .describe("Kind of value the party attaches"),
    indivisibleSalience: z
      .number()
      .positive()
      .optional()
      .describe("Concession cost of the indivisibility red line"),
    ...ProvenanceShape,
  })
  .strict();

/** A party's preferences. */
export const PreferencesSchema = z
  .object({
    territoryWeights: z
      .record(z.string(), z.number().min(0))
      .optional()
      .describe("territory id (or '*' for the rest) → relative weight; default 0 for unlisted"),
    dimensionWeights: z
      .record(IdSchema, z.number().min(0))
      .optional()
      .describe("dimension id → relative weight"),
    issueWeights: z
      .record(IdSchema, z.number().min(0))
      .optional()
      .describe("linked issue id → weight, on the same scale as territoryWeight × dimensionWeight"),
    dimensionValues: z.record(IdSchema, OptionValuesSchema).optional().describe("dimension → option → 0–100"),
    territoryValues: z
      .record(z.string(), z.record(IdSchema, OptionValuesSchema))
      .optional()
      .describe("territory → dimension → option → 0–100, overriding dimensionValues"),
    issueValues: z.record(IdSchema, OptionValuesSchema).optional().describe("linked issue → option → 0–100"),
    territories: z.record(z.string(), TerritoryAttitudeSchema).optional(),
    redLines: z.array(RedLineSchema).optional(),
    ratifiers: z
      .array(RatifierSchema)
      .optional()
      .describe("Domestic ratification constraints (two-level games)"),
    reservation: ReservationSchema.optional(),
    discount: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe(
        "Time discount factor d (GENIUS semantics: utility u·d^t at normalised time t ∈ [0, 1]); recorded from imported domains",
      ),
    ...ProvenanceShape,
  })
  .strict();

export type RedLine = z.infer<typeof RedLineSchema>;
export type Ratifier = z.infer<typeof RatifierSchema>;
export type Reservation = z.infer<typeof ReservationSchema>;
export type Preferences = z.infer<typeof PreferencesSchema>;
