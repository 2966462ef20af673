/**
 * The gazetteer ingest matches against: actors (with names, demonyms, metonyms and people), territories
 * (with aliases, transliterations and cities), groups of territories (Donbas) and negotiated issues.
 * Built from the built-in lists, from a scenario, or from a small YAML/JSON file (`GazetteerSchema`).
 * @module
 */
import { z } from "zod";

/** A person who speaks for an actor. */
export const GazetteerPersonSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional().describe("Surnames, other spellings"),
  })
  .strict();

/** A state, bloc, organisation or faction. */
export const GazetteerActorSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional().describe("Other names and abbreviations (U.S., EU)"),
    demonyms: z
      .array(z.string().min(1))
      .optional()
      .describe("Adjectives/plurals (Russian, Russians): an actor only before agent nouns or as plural"),
    metonyms: z
      .array(z.string().min(1))
      .optional()
      .describe("Capitals and seats (Kremlin, Kyiv): an actor unless used as a place (`in Kyiv`)"),
    people: z.array(GazetteerPersonSchema).optional(),
  })
  .strict();

/** A territory: a region, province or disputed area. */
export const GazetteerTerritorySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional().describe("Other spellings and transliterations"),
    cities: z.array(z.string().min(1)).optional().describe("Cities and places that lie in it"),
    annexedBy: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The party that declared it annexed, for an agentless 'the annexation of X' or 'X, annexed in …'",
      ),
  })
  .strict();

/** A name that stands for several territories (Donbas → Donetsk + Luhansk). */
export const GazetteerGroupSchema = z
  .object({
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
    territories: z.array(z.string().min(1)).min(1),
  })
  .strict();

/** A negotiated issue that claims can target (ceasefire, independence, NATO membership). */
export const GazetteerIssueSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** A gazetteer file. */
export const GazetteerSchema = z
  .object({
    actors: z.array(GazetteerActorSchema).default([]),
    territories: z.array(GazetteerTerritorySchema).default([]),
    groups: z.array(GazetteerGroupSchema).default([]),
    issues: z.array(GazetteerIssueSchema).default([]),
  })
  .strict();

export type Gazetteer = z.infer<typeof GazetteerSchema>;
export type GazetteerActor = z.infer<typeof GazetteerActorSchema>;
export type GazetteerTerritory = z.infer<typeof GazetteerTerritorySchema>;
export type GazetteerGroup = z.infer<typeof GazetteerGroupSchema>;
export type GazetteerIssue = z.infer<typeof GazetteerIssueSchema>;
export type GazetteerPerson = z.infer<typeof GazetteerPersonSchema>;
