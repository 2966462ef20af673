/**
 * The built-in gazetteer: Ukraine's 27 first-level units (with Donbas as a group), the built-in actors and
 * a few negotiated issues that claims commonly target. Used when no scenario is given, and merged under
 * a scenario's own names when one is.
 * @module
 */

import { borderTerritories } from "./borderTerritories.js";
import { builtinActors } from "./builtinActors.js";
import type { Gazetteer, GazetteerIssue } from "./gazetteer.js";
import { ukraineTerritories, ukraineTerritoryGroups } from "./ukraineTerritories.js";

/** Issues (not territories) that a claim may target. Matched case-insensitively. */
export const builtinIssues: readonly GazetteerIssue[] = [
  {
    id: "ceasefire",
    name: "ceasefire",
    aliases: [
      "ceasefire",
      "cease-fire",
      "truce",
      "armistice",
      "freeze the fighting",
      "freezing the fighting",
      "halt to the fighting",
      "halt to fighting",
      "pause in the fighting",
      "pause in fighting",
      "cessation of hostilities",
    ],
  },
  {
    id: "nato_membership",
    name: "NATO membership",
    aliases: [
      "NATO membership",
      "membership in NATO",
      "membership of NATO",
      "NATO accession",
      "accession to NATO",
      "join NATO",
      "joining NATO",
      "NATO bid",
      "bid to join NATO",
      "bid for NATO membership",
      "NATO aspirations",
      "barred from NATO",
      "NATO ambitions",
      "membership of the alliance",
      "membership in the alliance",
      "out of NATO",
    ],
  },
  {
    id: "sanctions",
    name: "sanctions relief",
    aliases: [
      "sanctions relief",
      "lifting of sanctions",
      "sanctions",
      "sanctions on Russia",
      "easing of sanctions",
    ],
  },
  {
    id: "security_guarantees",
    name: "security guarantees",
    aliases: [
      "security guarantees",
      "security guarantee",
      "binding guarantees",
      "legally binding guarantees",
      "firm guarantees",
      "robust guarantees",
      "reliable guarantees",
      "ironclad guarantees",
      "Western guarantees",
      "any guarantee",
      "guarantees of security",
      "reassurance force",
    ],
  },
  { id: "independence", name: "independence", aliases: ["independence", "statehood", "secession"] },
  { id: "autonomy", name: "autonomy", aliases: ["autonomy", "autonomy plan", "self-rule"] },
  {
    id: "referendum",
    name: "referendum",
    aliases: ["referendum", "self-determination referendum", "plebiscite"],
  },
  {
    id: "neutrality",
    name: "neutrality",
    aliases: ["neutrality", "neutral status", "stay neutral", "remain neutral"],
  },
];

/** The built-in gazetteer. */
export const builtinGazetteer: Gazetteer = {
  actors: [...builtinActors],
  territories: [...ukraineTerritories, ...borderTerritories],
  groups: [...ukraineTerritoryGroups],
  issues: [...builtinIssues],
};
