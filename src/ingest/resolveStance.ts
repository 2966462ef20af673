/**
 * The stance a cue expresses, given its agent: the rules per cue kind (request, demand, consider, cession,
 * offer, accept, reject, negative predicate, recognize, control, threaten) with negation before the cue,
 * conditions ("if Kyiv withdrew"), obligations reported by another party ("Peskov said Kyiv has to
 * withdraw"), plan content in the passive, and deadlines whose owner demands what they ask.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { ACTOR_KINDS, intentBefore, mustBefore, offerCue, regainWanted, SPEECH } from "./claimRules.js";
import type { Agent, ClauseContext, Target } from "./clauseContext.js";
import type { Mention } from "./findMentions.js";
import type { Trigger } from "./findTriggers.js";
import type { IngestClaim, Stance } from "./ingestResult.js";
import { isPossessive } from "./isPossessive.js";
import { negatedBefore } from "./negatedBefore.js";

/** A cue's stance as first read; the target pass and claim building may still revise it. */
export interface StanceReading {
  stance: Stance;
  negated: boolean;
  /** Token where the cue's object starts (after the governed cue when there is one). */
  from: number;
  /** Confidence before the target, agent and hedge adjustments. */
  conf: number;
  basis: IngestClaim["basis"];
  /** Who holds the stance when not the agent (a speaker, a plan's authors, a deadline's owner). */
  holder: string[] | undefined;
  /** The party setting the condition a conditional cession is part of: it demands the cession. */
  conditionalBy: string[] | undefined;
  /** The place that is itself the subject of a negative predicate ("Crimea is not up for discussion"). */
  subjectPlaces: Target[];
  /** The cue this one governs ("refused to cede": cede). */
  governed: Trigger | undefined;
}

/** The party a word after "as" names: "as Azerbaijani territory", "as part of Russia". */
function ownerAt(ctx: ClauseContext, k: number): string[] | undefined {
  const { tokens, mentions, gazetteer } = ctx.article;
  let p = k;
  while (
    ["a", "an", "the", "part", "of", "an", "integral", "sovereign", "de", "facto", "jure"].includes(
      tokens[p]?.norm ?? "",
    )
  )
    p++;
  const m = mentions.find((x) => x.firstToken === p && ACTOR_KINDS.has(x.kind));
  if (m) return m.ids;
  const word = tokens[p]?.norm ?? "";
  const ids = gazetteer.actors
    .filter((a) => (a.demonyms ?? []).some((d) => d.toLowerCase() === word))
    .map((a) => a.id);
  return ids.length > 0 ? ids : undefined;
}

/**
 * The owner of a deadline or ultimatum whose infinitive the cue is ("a White House deadline for Moscow to
 * agree"): its ids, null when no owner is named, undefined when the cue is no such infinitive.
 */
function deadlineOwner(ctx: ClauseContext, tr: Trigger, agent: Agent): string[] | null | undefined {
  const { tokens } = ctx.article;
  const { actorsIn } = ctx;
  if (tokens[tr.start - 1]?.norm !== "to" || tokens[agent.start - 1]?.norm !== "for") return undefined;
  const noun = tokens[agent.start - 2];
  if (
    !noun ||
    !["deadline", "ultimatum", "pressure", "call", "calls", "demand", "demands", "push"].includes(noun.norm)
  )
    return undefined;
  const owner = actorsIn.filter((m) => m.endToken <= agent.start - 2 && m.endToken >= agent.start - 5).at(-1);
  return owner ? owner.ids : null;
}

/**
 * A negative predicate whose subject is a place itself ("Crimea, annexed in 2014, is not up for discussion").
 */
function placeSubject(ctx: ClauseContext, tr: Trigger): Mention | undefined {
  const { tokens, mentions } = ctx.article;
  const { clause } = ctx;
  let k = tr.start - 1;
  while (k > clause.start && ["AUX", "ADV", "PART"].includes(tokens[k]?.pos ?? "")) k--;
  if (tokens[k]?.text === ",") {
    // skip an appositive or participle phrase back to the previous comma
    let j = k - 1;
    while (j > clause.start && tokens[j]?.text !== ",") j--;
    k = j - 1;
  }
  while (["region", "regions", "peninsula", "oblast", "islands"].includes(tokens[k]?.norm ?? "")) k--;
  return mentions.find(
    (m) => (m.kind === "territory" || m.kind === "city" || m.kind === "group") && m.endToken === k + 1,
  );
}

/** True when a plan whose authors are known was referred to in the last three sentences. */
function recentPlan(ctx: ClauseContext): boolean {
  const { discourse, sentence } = ctx;
  return discourse.lastPlanAuthors.length > 0 && sentence.index - discourse.lastPlanSentence <= 3;
}

/** "would be asked/required/forced to withdraw": a request whose author is not named. */
function passiveRequest(tokens: readonly TextToken[], tr: Trigger): boolean {
  return (
    tokens[tr.start - 1]?.norm === "to" &&
    ["asked", "required", "forced", "obliged", "expected", "told", "pressed", "pushed", "made"].includes(
      tokens[tr.start - 2]?.norm ?? "",
    ) &&
    ["be", "been", "is", "are", "was", "were"].includes(tokens[tr.start - 3]?.norm ?? "")
  );
}

/**
 * The reporter of an obligation on another party: "X said Y must/has to/should/needs to <cede>" or
 * "Y must <cede>, X said".
 */
function obligedBy(ctx: ClauseContext, tr: Trigger, agent: Agent): string[] | undefined {
  const { tokens } = ctx.article;
  const { clause, candidates, speaker } = ctx;
  const w1 = tokens[tr.start - 1]?.norm ?? "";
  const w2 = tokens[tr.start - 2]?.norm ?? "";
  const obliged =
    w1 === "must" ||
    w1 === "should" ||
    (w1 === "to" && ["has", "have", "had", "needs", "need", "ought"].includes(w2));
  if (!obliged || agent.start >= tr.start) return undefined;
  const say = tokens
    .slice(clause.start, agent.start)
    .map((t, j) => (SPEECH.has(t.lemma) ? clause.start + j : -1))
    .filter((j) => j >= 0)
    .at(-1);
  const reporter =
    say !== undefined
      ? candidates.filter((x) => x.start < say && !isPossessive(ctx, x.start)).at(-1)?.ids
      : speaker.length > 0
        ? speaker
        : undefined;
  if (!reporter || reporter.length === 0 || reporter.every((id) => agent.ids.includes(id))) return undefined;
  return reporter;
}

/**
 * The stance of cue `tr` (the `index`-th of the clause) held by `agent`, or undefined when the cue gives none
 * (a condition, a request the subject rejects, a cession that is neither refused, demanded nor offered).
 * @example resolveStance(ctx, 0, ctx.triggers[0], agent)?.stance // "Russia demands Kherson" → "demands"
 */
export function resolveStance(
  ctx: ClauseContext,
  index: number,
  tr: Trigger,
  agent: Agent,
): StanceReading | undefined {
  const { tokens, names } = ctx.article;
  const { clause, triggers, candidates, speaker, actorsIn, discourse } = ctx;
  let stance: Stance | undefined;
  let negated = false;
  let from = tr.end;
  let conf = tr.noun ? 0.8 : 0.9;
  let basis: IngestClaim["basis"];
  const governed = tr.governs !== undefined ? triggers[tr.governs] : undefined;
  const neg = negatedBefore(ctx, tr, agent);
  // "a White House deadline for Moscow to agree to a ceasefire": the deadline's owner demands it.
  const pressedBy = deadlineOwner(ctx, tr, agent);
  // "stopped short of endorsing / rejecting": neither.
  if (tokens[tr.start - 1]?.norm === "of" && tokens[tr.start - 2]?.norm === "short") return undefined;
  // Conditions and hypotheticals ("if Kyiv did not withdraw …") are not positions.
  const condFrom = Math.max(clause.start, Math.min(agent.start, tr.start) - 3);
  const ifAt = tokens.slice(condFrom, tr.start).findIndex((t) => t.norm === "if" || t.norm === "unless");
  let conditionalBy: string[] | undefined;
  let subjectPlaces: Target[] = [];
  let holder: string[] | undefined;
  if (ifAt >= 0) {
    // "Russia would freeze … if Ukraine withdrew from Donetsk": a condition the main clause's party sets.
    const at = condFrom + ifAt;
    const main = candidates.filter((x) => x.start < at && x.ids.join() !== agent.ids.join()).at(-1);
    // "… if Kyiv refused to hand them over": the refusal is the condition; the handover is still wanted.
    const refusedIf = tokens
      .slice(condFrom + ifAt, tr.start)
      .some((t) => t.lemma === "refuse" || t.lemma === "balk");
    const cessionLike = tr.kind === "cession" || governed?.kind === "cession";
    if (!cessionLike || !main || (tr.kind === "cession" && neg && !refusedIf)) return undefined;
    conditionalBy = main.ids;
  }
  switch (tr.kind) {
    case "request": {
      if (!governed) return undefined;
      // "dismissed calls to cede Donetsk": a request the subject rejects is not its own.
      const prior = triggers[index - 1];
      if (prior?.kind === "reject" && tr.start - prior.end <= 2) return undefined;
      stance = "demands";
      from = governed.end;
      break;
    }
    case "demand":
      stance = "demands";
      negated = neg;
      break;
    case "consider": {
      stance = "demands";
      basis = "rhetorical";
      negated = neg;
      // "Moscow had always regarded Karabakh as Azerbaijani territory": another party's land.
      const asAt = tokens.slice(tr.end, Math.min(clause.end, tr.end + 8)).findIndex((t) => t.norm === "as");
      const owner = asAt >= 0 ? ownerAt(ctx, tr.end + asAt + 1) : undefined;
      if (owner && !owner.some((id) => agent.ids.includes(id))) {
        stance = neg ? "rejects" : "recognizes";
        basis = undefined;
        negated = false;
      }
      break;
    }
    case "cession":
      if (conditionalBy) {
        stance = "demands";
        conf -= 0.2;
      } else if (tr.noun && conditionNoun(tokens, tr.end, clause.end) && speaker.length > 0) {
        // ""The withdrawal of Ukrainian units from Donbas is a condition," Peskov said": the speaker's demand.
        stance = "demands";
        holder = speaker;
      } else if (governed?.kind === "negpred" || neg) stance = "refuses_to_cede";
      else if (agent.passive && mustBefore(tokens, tr.start - 1)) {
        // "Kherson must be handed over, Lavrov said": the speaker demands it.
        stance = "demands";
        conf -= 0.1;
      } else if (passiveRequest(tokens, tr) && (recentPlan(ctx) || speaker.length > 0)) {
        // "Ukrainian forces would be asked to withdraw from Donetsk" (in a plan or a party's words).
        stance = "demands";
        holder = recentPlan(ctx) ? discourse.lastPlanAuthors : speaker;
        conf -= 0.1;
      } else if (obligedBy(ctx, tr, agent)) {
        // "Peskov said Kyiv has to withdraw from Luhansk": an obligation reported by another party is
        // that party's demand.
        stance = "demands";
        holder = obligedBy(ctx, tr, agent);
        conf -= 0.1;
      } else if (offerCue(tokens, clause, tr)) {
        stance = "offers";
        conf -= 0.1;
      } else return undefined;
      break;
    case "offer": {
      if (neg) {
        // "is not willing to cede Kherson": a negated offer of a cession is a refusal.
        if (governed?.kind !== "cession") return undefined;
        stance = "refuses_to_cede";
        from = governed.end;
        break;
      }
      // "prepared to recognize …", "ready to accept …": the following cue carries the stance.
      const nx = triggers[index + 1];
      if (!governed && nx && (nx.kind === "recognize" || nx.kind === "accept") && nx.start - tr.end <= 3)
        return undefined;
      stance = "offers";
      if (governed) from = governed.end;
      break;
    }
    case "accept":
      if (
        !neg &&
        ["nothing", "only"].includes(tokens[tr.end]?.norm ?? "") &&
        (tokens[tr.end]?.norm === "only" || ["less", "short"].includes(tokens[tr.end + 1]?.norm ?? ""))
      ) {
        // "will accept nothing less than the whole of Donbas": a demand.
        stance = "demands";
      } else if (governed) {
        stance = neg ? "refuses_to_cede" : "offers";
        from = governed.end;
      } else if (!neg && ["could", "would", "might"].includes(tokens[tr.start - 1]?.norm ?? "")) {
        // "signalled that Kyiv could accept a halt to fighting": willingness, an offer
        stance = "offers";
      } else stance = neg ? "rejects" : "accepts";
      break;
    case "reject":
      if (conditionalBy && governed?.kind === "cession") {
        // "… unless/if Kyiv refuses to hand them over": the main clause's party wants the handover.
        stance = "demands";
        from = governed.end;
        conf -= 0.2;
      } else if (
        governed &&
        (governed.kind === "recognize" || governed.kind === "accept" || governed.kind === "offer")
      ) {
        stance = "rejects";
        from = governed.end;
      } else if (governed) {
        stance = "refuses_to_cede";
        // "ruled out any territorial concessions": the noun phrase itself names what is refused.
        from = governed.noun ? tr.end : governed.end;
      } else stance = neg ? undefined : "rejects";
      break;
    case "negpred":
      stance = "rejects";
      conf -= 0.1;
      // "Crimea … is not up for discussion", "Donbas is not a bargaining chip": the place is not given up.
      if (placeSubject(ctx, tr)) {
        stance = "refuses_to_cede";
        const place = placeSubject(ctx, tr);
        if (place) subjectPlaces = place.ids.map((id) => ({ id, name: names.get(id) ?? place.text }));
      }
      // "Ukraine's accession to NATO is not on the table, Rubio said": the speaker's rejection.
      // (also "Ukrainian membership of NATO was out of the question, Putin repeated": a demonym modifying it)
      if (
        speaker.length > 0 &&
        agent.via === "name" &&
        (isPossessive(ctx, agent.start) ||
          (ctx.actorsIn.some((m) => m.firstToken === agent.start && m.kind === "demonym") &&
            tokens[ctx.actorsIn.find((m) => m.firstToken === agent.start)?.endToken ?? 0]?.pos === "NOUN"))
      )
        holder = speaker;
      break;
    case "recognize":
      stance = neg ? "rejects" : "recognizes";
      if (!neg && mustBefore(tokens, tr.start)) {
        // "any settlement must recognise …", as the speaker puts it: a demand.
        stance = "demands";
        if (speaker.length > 0) holder = speaker;
      }
      break;
    case "control":
      stance = "controls";
      // "must not legitimise Russia's hold on Crimea": the noun phrase states a fact; only "no control"
      // negates it.
      if (tr.noun && neg && !["no", "not"].includes(tokens[tr.start - 1]?.norm ?? "")) {
        negated = false;
        break;
      }
      // "a road beyond Yerevan's control", "out of Kyiv's control": not held.
      negated =
        neg ||
        tokens
          .slice(Math.max(clause.start, tr.start - 4), tr.start)
          .some(
            (t) =>
              t.norm === "beyond" ||
              t.norm === "outside" ||
              (t.norm === "out" && tokens[t.index + 1]?.norm === "of"),
          );
      if (regainWanted(tokens, tr.start) || intentBefore(tokens, tr.start)) {
        stance = "demands";
        negated = false;
      }
      break;
    case "threaten": {
      if (neg) return undefined;
      stance = "threatens";
      basis = "threat";
      if (governed) from = governed.end;
      // "Zelensky warned that Russia was preparing an offensive": the threat is the named party's.
      const threatEnd = governed?.start ?? Math.min(clause.end, tr.end + 8);
      const named = actorsIn.find((m) => m.firstToken > tr.end && m.endToken <= threatEnd);
      if (named && tokens[tr.end]?.norm === "that") holder = named.ids;
      break;
    }
  }
  if (!stance) return undefined;
  if (pressedBy === null) return undefined;
  if (pressedBy && (stance === "accepts" || stance === "offers" || stance === "recognizes")) {
    stance = "demands";
    holder = pressedBy;
  }
  return { stance, negated, from, conf, basis, holder, conditionalBy, subjectPlaces, governed };
}

/** "… is a condition / precondition / requirement / must": a nominal cession stated as a condition. */
function conditionNoun(tokens: readonly TextToken[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 12); k++)
    if (
      ["is", "remains", "was"].includes(tokens[k]?.norm ?? "") &&
      tokens
        .slice(k + 1, k + 4)
        .some((t) => ["condition", "precondition", "prerequisite", "requirement", "must"].includes(t.norm))
    )
      return true;
  return false;
}
