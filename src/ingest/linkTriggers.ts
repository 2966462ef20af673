/**
 * Linking triggers: a frame (request, offer, rejection, demand, threat) takes over the trigger it governs
 * ("want Ukraine to give up", "ruled out ceding", "threatened to seize"), and a cession takes the negative
 * predicate that refuses it ("giving up … is off the table").
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import type { Trigger } from "./findTriggers.js";

/**
 * Links frames to the trigger they govern: requests/offers/threats to cessions and take-verbs, refusals.
 * Sets `governs` on the frame and `governed` on the trigger it takes over, in place.
 * @example linkTriggers(triggers, tokens) // "want … give up": triggers[0].governs === 1
 */
export function linkTriggers(triggers: Trigger[], tokens: readonly TextToken[]): void {
  // "lays out conditions …, including the withdrawal of Ukrainian forces from … and recognition of Crimea": the
  // nouns listed after "including" are the demand's contents, not cues of their own.
  for (const [a, t] of triggers.entries()) {
    if (t.kind !== "demand" || t.noun) continue;
    for (const next of triggers.slice(a + 1)) {
      if (!next.noun) break;
      const including = tokens
        .slice(t.end, next.start)
        .some((x) => x.norm === "including" || x.norm === "notably");
      if (including && (next.kind === "cession" || next.kind === "recognize")) next.governed = true;
    }
  }
  for (const [a, t] of triggers.entries()) {
    const next = triggers[a + 1];
    if (!next) continue;
    const gap = next.start - t.end;
    if (
      t.kind === "request" &&
      (next.kind === "cession" || next.kind === "recognize" || next.kind === "accept") &&
      gap <= 8
    ) {
      t.governs = a + 1;
      next.governed = true;
    } else if (
      (t.kind === "offer" || t.kind === "reject" || t.kind === "accept") &&
      next.kind === "cession" &&
      gap <= 4
    ) {
      t.governs = a + 1;
      next.governed = true;
    } else if (t.kind === "reject" && next.kind === "offer" && !next.noun && gap <= 1) {
      // "ruled out easing sanctions", "refused to freeze the front": rejecting what the offer names.
      t.governs = a + 1;
      next.governed = true;
    } else if (
      t.kind === "reject" &&
      (next.kind === "recognize" || next.kind === "accept") &&
      !next.noun &&
      gap === 1 &&
      tokens[t.end]?.norm === "to"
    ) {
      // "refused to recognize the annexation": the refusal takes the recognition over (a rejection).
      t.governs = a + 1;
      next.governed = true;
    } else if (
      t.kind === "demand" &&
      !t.noun &&
      tokens[t.end]?.norm === "that" &&
      (next.kind === "recognize" || next.kind === "accept" || next.kind === "cession") &&
      !next.noun &&
      gap <= 5
    ) {
      // "demanded that Kyiv recognize Crimea as Russian": the complement is the demand, not Kyiv's stance.
      t.governs = a + 1;
      next.governed = true;
    } else if (t.kind === "threaten" && next.kind === "control" && gap <= 6) {
      t.governs = a + 1;
      next.governed = true;
    } else if (
      t.kind === "cession" &&
      next.kind === "negpred" &&
      gap <= 12 &&
      !newPredicate(tokens, t.end, next.start)
    ) {
      // "giving up any territory — Crimea included — is off the table"
      next.governed = true;
      t.governs = a + 1;
    }
  }
}

/** True when `[from, to)` holds a coordinated new predicate ("… and called …"). */
function newPredicate(tokens: readonly TextToken[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if ((tokens[k]?.norm === "and" || tokens[k]?.norm === "but") && tokens[k + 1]?.pos === "VERB")
      return true;
  return false;
}
