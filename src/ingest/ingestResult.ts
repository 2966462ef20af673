/**
 * The result of reading one article: who is mentioned, which territories, which claims (with evidence and
 * offsets) and which dated events. Plain data, serialisable as the CLI's `--json` output.
 * @module
 */

import type { z } from "zod";
import type { ClaimBasisSchema } from "../model/index.js";

/** The stances a claim can take. */
export const STANCES = [
  "demands",
  "refuses_to_cede",
  "offers",
  "accepts",
  "rejects",
  "recognizes",
  "controls",
  "threatens",
] as const;

/** A stance of an actor towards a territory or an issue. */
export type Stance = (typeof STANCES)[number];

/** An actor found in the article, with the people who spoke or acted for it. */
export interface IngestActor {
  id: string;
  name: string;
  /** Number of mentions (names, metonyms, demonyms before agent nouns, people). */
  mentions: number;
  /** People of this actor named in the article. */
  people: string[];
}

/** A territory found in the article. Unknown ones (not in any gazetteer) have `unknown: true`. */
export interface IngestTerritory {
  id: string;
  name: string;
  mentions: number;
  /** The forms seen in the text (aliases, cities). */
  forms: string[];
  unknown?: boolean;
}

/** One claim: actor, stance, target, with the evidence sentence and its offsets in the article text. */
export interface IngestClaim {
  actor: string;
  stance: Stance;
  /** Territory id, `*` for "any territory", or `issue:<id>` for an issue. */
  territory: string;
  /** Display name of the target. */
  targetName: string;
  /** True for a negated fact (`areas Russia doesn't even control`). */
  negated: boolean;
  /** `part` when the text says "parts of", `whole` for "all of"/"entire". */
  scope?: "part" | "whole";
  /** Percent of the territory, when the text gives one ("70% of Donetsk"). */
  share?: number;
  /** For demands and threats: the basis the wording suggests. */
  basis?: z.infer<typeof ClaimBasisSchema>;
  /** The evidence sentence. */
  evidence: string;
  /** Character offsets of the evidence sentence in the input text. */
  start: number;
  end: number;
  /** The cue word(s) that signalled the stance. */
  cue: string;
  /** 0..1, from the cue's strength, how the actor and target were resolved, and hedging. */
  confidence: number;
}

/** A dated happening reported in the article. */
export interface IngestEvent {
  kind: "talks" | "walkout" | "warning" | "statement" | "proposal" | "annexation" | "military" | "agreement";
  title: string;
  /** Resolved date (YYYY-MM-DD), when the article date or an explicit date allows. */
  date?: string;
  /** How the date was found: stated in full, relative to the article date, or the article date itself. */
  dateResolution: "explicit" | "relative" | "article_date" | "before_article_date" | "unresolved";
  /** The date expression as written, if any. */
  dateText?: string;
  parties: string[];
  territories: string[];
  evidence: string;
  start: number;
  end: number;
  confidence: number;
}

/** Everything extracted from one article. */
export interface IngestResult {
  /** The article's date (from options or a dateline), if known. */
  date?: string;
  /** The article title (first line) when it looks like one. */
  title?: string;
  actors: IngestActor[];
  territories: IngestTerritory[];
  claims: IngestClaim[];
  events: IngestEvent[];
}
