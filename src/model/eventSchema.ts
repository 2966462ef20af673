import { z } from "zod";
import { DateSchema, IdSchema, SourceRefSchema } from "./common.js";
import { RedLineSchema, ReservationSchema } from "./preferencesSchema.js";

/** A machine-readable change an event makes to the parties' positions from its date on. */
export const EventEffectSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("addRedLine"), party: IdSchema, redLine: RedLineSchema }).strict(),
  z.object({ type: z.literal("dropRedLine"), party: IdSchema, redLine: IdSchema }).strict(),
  z.object({ type: z.literal("setReservation"), party: IdSchema, reservation: ReservationSchema }).strict(),
  z.object({ type: z.literal("withdraw"), party: IdSchema }).strict(),
  z.object({ type: z.literal("rejoin"), party: IdSchema }).strict(),
]);

/** A dated happening: talks, a walk-out, a warning, a statement, an annexation, a proposal… */
export const EventSchema = z
  .object({
    id: IdSchema,
    date: DateSchema,
    kind: z.enum([
      "talks",
      "walkout",
      "warning",
      "statement",
      "proposal",
      "annexation",
      "military",
      "agreement",
      "other",
    ]),
    title: z.string().min(1),
    description: z.string().optional(),
    parties: z.array(IdSchema).optional(),
    territories: z.array(z.string()).optional(),
    proposal: IdSchema.optional().describe("The proposal this event puts forward"),
    effects: z.array(EventEffectSchema).optional(),
    source: SourceRefSchema,
  })
  .strict();

export type ScenarioEvent = z.infer<typeof EventSchema>;
export type EventEffect = z.infer<typeof EventEffectSchema>;
