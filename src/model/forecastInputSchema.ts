/**
 * The scenario's optional `forecast` block: continuous issue dimensions and the actors' capability,
 * position and salience on each, every value sourced or marked as an assumption with a rationale.
 * @module
 */
import { z } from "zod";

const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "ids use letters, digits, '-', '_' and '.'")
  .describe("Identifier (letters, digits, '-', '_', '.')");

/** A number with its provenance: a source id (or several), or `assumption: true` with a rationale. */
export const SourcedValueSchema = z
  .object({
    value: z.number().describe("The value"),
    source: Id.optional().describe("Id of an entry in the scenario's `sources`"),
    sources: z.array(Id).optional().describe("Several supporting sources"),
    assumption: z
      .boolean()
      .optional()
      .describe("True when the value is a modelling judgement, not a sourced fact"),
    rationale: z.string().optional().describe("Why this value: a short, neutral explanation"),
  })
  .strict()
  .refine((v) => v.source !== undefined || (v.sources?.length ?? 0) > 0 || v.assumption === true, {
    message: "give a source (or sources) or mark the value as an assumption",
  })
  .refine((v) => v.assumption !== true || (v.rationale ?? "").trim() !== "", {
    message: "an assumption needs a rationale",
  });

/** A sourced value. */
export type SourcedValue = z.infer<typeof SourcedValueSchema>;

/** A continuous issue dimension. */
export const ForecastDimensionSchema = z
  .object({
    id: Id,
    name: z.string().min(1),
    description: z.string().optional(),
    scale: z
      .object({
        min: z.number(),
        max: z.number(),
        minLabel: z.string().describe("What the low end of the scale means"),
        maxLabel: z.string().describe("What the high end of the scale means"),
      })
      .strict()
      .refine((s) => s.min < s.max, { message: "scale.min must be below scale.max" }),
    statusQuo: SourcedValueSchema.optional().describe("Where things stand now on this scale"),
  })
  .strict();

/** One actor's stance on one dimension. */
export const ForecastStanceSchema = z
  .object({
    position: SourcedValueSchema.describe("Position on the dimension's scale"),
    salience: SourcedValueSchema.describe(
      "Salience in [0, 1]: how much the actor cares about this dimension",
    ),
  })
  .strict();

/** An actor of the forecast: a state, bloc or domestic faction. */
export const ForecastActorSchema = z
  .object({
    id: Id,
    name: z.string().min(1),
    party: Id.optional().describe("Id of the scenario party this actor stands for"),
    capability: SourcedValueSchema.describe("Capability / clout (> 0, any unit shared by all actors)"),
    stances: z.record(Id, ForecastStanceSchema).describe("Dimension id → position and salience"),
  })
  .strict();

/** The `forecast` block of a scenario (also a standalone forecast file). */
export const ForecastInputSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    dimensions: z.array(ForecastDimensionSchema).min(1),
    actors: z.array(ForecastActorSchema).min(2),
  })
  .strict()
  .superRefine((f, ctx) => {
    const dims = new Map(f.dimensions.map((d) => [d.id, d]));
    if (dims.size !== f.dimensions.length)
      ctx.addIssue({ code: "custom", message: "duplicate dimension id", path: ["dimensions"] });
    const seen = new Set<string>();
    f.actors.forEach((a, i) => {
      if (seen.has(a.id))
        ctx.addIssue({ code: "custom", message: `duplicate actor id: ${a.id}`, path: ["actors", i, "id"] });
      seen.add(a.id);
      if (!(a.capability.value > 0)) {
        ctx.addIssue({
          code: "custom",
          message: `invalid capability: ${a.capability.value}`,
          path: ["actors", i, "capability"],
        });
      }
      for (const key of Object.keys(a.stances)) {
        if (!dims.has(key))
          ctx.addIssue({
            code: "custom",
            message: `unknown dimension: ${key}`,
            path: ["actors", i, "stances", key],
          });
      }
      for (const d of f.dimensions) {
        const st = a.stances[d.id];
        if (!st) {
          ctx.addIssue({
            code: "custom",
            message: `missing stance on dimension: ${d.id}`,
            path: ["actors", i, "stances"],
          });
          continue;
        }
        const x = st.position.value;
        if (!(x >= d.scale.min && x <= d.scale.max)) {
          ctx.addIssue({
            code: "custom",
            message: `invalid position: ${x}`,
            path: ["actors", i, "stances", d.id, "position"],
          });
        }
        const s = st.salience.value;
        if (!(s >= 0 && s <= 1)) {
          ctx.addIssue({
            code: "custom",
            message: `invalid salience: ${s}`,
            path: ["actors", i, "stances", d.id, "salience"],
          });
        }
      }
    });
    f.dimensions.forEach((d, k) => {
      const sq = d.statusQuo?.value;
      if (sq !== undefined && !(sq >= d.scale.min && sq <= d.scale.max)) {
        ctx.addIssue({
          code: "custom",
          message: `invalid status quo: ${sq}`,
          path: ["dimensions", k, "statusQuo"],
        });
      }
    });
  });

/** A forecast block as parsed. */
export type ForecastInput = z.infer<typeof ForecastInputSchema>;

/** Every source id a forecast block cites (for checking against the scenario's `sources`). */
export function forecastSourceIds(input: ForecastInput): string[] {
  const ids = new Set<string>();
  const add = (v: SourcedValue | undefined) => {
    if (!v) return;
    if (v.source) ids.add(v.source);
    for (const s of v.sources ?? []) ids.add(s);
  };
  for (const d of input.dimensions) add(d.statusQuo);
  for (const a of input.actors) {
    add(a.capability);
    for (const st of Object.values(a.stances)) {
      add(st.position);
      add(st.salience);
    }
  }
  return [...ids].sort();
}

/** Every scenario party id the forecast actors link to (for checking against the scenario's `parties`). */
export function forecastPartyIds(input: ForecastInput): string[] {
  return [...new Set(input.actors.flatMap((a) => (a.party === undefined ? [] : [a.party])))].sort();
}
