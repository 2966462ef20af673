/**
 * A scenario patch: the changes ingest proposes to a scenario, each with the evidence it rests on, for a
 * person to review. A patch never changes a scenario by itself; `applyPatch` builds a new one.
 * @module
 */
import type { Claim, ControlSnapshot, ScenarioEvent, Source, Territory } from "../model/index.js";

/** Where a proposed change comes from: the sentence, its offsets in the article, the cue and a confidence. */
export interface PatchEvidence {
  /** Id of the article's source (a key of `sources`). */
  source: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  cue?: string;
}

/** One proposed change. `id` is stable within the patch, so a reviewer can accept or reject it by id. */
export type PatchChange =
  | { id: string; op: "addSource"; sourceId: string; source: Source }
  | { id: string; op: "addTerritory"; territory: Territory; evidence: PatchEvidence }
  | {
      id: string;
      op: "addClaim";
      /** Id of the territory the claim is added to. */
      territory: string;
      claim: Claim;
      /** The stance found in the text (demands, threatens, refuses_to_cede). */
      stance: string;
      evidence: PatchEvidence;
    }
  | { id: string; op: "addControl"; territory: string; snapshot: ControlSnapshot; evidence: PatchEvidence }
  | { id: string; op: "addEvent"; event: ScenarioEvent; evidence: PatchEvidence }
  | { id: string; op: "addNote"; note: string; evidence: PatchEvidence };

/** A finding that was not turned into a change, and why. */
export interface PatchSkip {
  reason: string;
  summary: string;
  evidence?: PatchEvidence;
}

/** The proposed changes for one scenario (or for none, when ingest ran without one). */
export interface ScenarioPatch {
  /** Id of the scenario the patch was built against, if any. */
  scenario?: string;
  changes: PatchChange[];
  skipped: PatchSkip[];
}
