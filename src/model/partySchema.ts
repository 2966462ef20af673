import { z } from "zod";
import { DateSchema, IdSchema, ProvenanceShape, SourceRefSchema } from "./common.js";
import { ConditionSchema } from "./conditionSchema.js";
import { PreferencesSchema } from "./preferencesSchema.js";

/** A person acting for a party. */
export const PersonSchema = z
  .object({
    name: z.string().min(1),
    title: z.string().optional(),
    aliases: z.array(z.string()).optional(),
    source: SourceRefSchema.optional(),
  })
  .strict();

/** A condition a party sets for sitting at the table. */
export const PreconditionSchema = z
  .object({
    id: IdSchema,
    description: z.string().min(1),
    condition: ConditionSchema.optional().describe("Machine-readable form, when it is about outcome issues"),
    since: DateSchema.optional(),
    until: DateSchema.optional(),
    ...ProvenanceShape,
  })
  .strict();

/** How long a mediator waits without progress before walking away. */
export const PatienceSchema = z
  .object({
    rounds: z.number().int().positive().optional().describe("Rounds without progress before withdrawal"),
    days: z.number().int().positive().optional().describe("Calendar days without progress before withdrawal"),
    ...ProvenanceShape,
  })
  .strict();

/** A party: a negotiator, mediator, guarantor or observer. */
export const PartySchema = z
  .object({
    id: IdSchema.describe("ISO 3166-1 alpha-2 for states (RU, UA, US); free ids otherwise"),
    name: z.string().min(1),
    aliases: z.array(z.string()).optional().describe("Other names, demonyms and metonyms (Kremlin, Kyiv)"),
    kind: z.enum(["state", "bloc", "organisation", "faction", "person", "other"]),
    role: z.enum(["negotiator", "mediator", "guarantor", "observer"]),
    people: z.array(PersonSchema).optional(),
    preconditions: z.array(PreconditionSchema).optional(),
    patience: PatienceSchema.optional(),
    preferences: PreferencesSchema.optional(),
    source: SourceRefSchema.optional(),
  })
  .strict();

export type Party = z.infer<typeof PartySchema>;
