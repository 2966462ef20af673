/**
 * Who holds the stance of a cue: the antecedent of a relative pronoun, a possessive or demonym before a noun
 * cue ("Russia's demands", "Russian-occupied Crimea"), the first verb's subject in a coordination, a passive
 * `by` agent, the nearest subject-like candidate on the left (with its coordinated names), a perspective
 * frame, the speaker of a passive cession, the discourse topic, or the authors of a plan just named.
 * @module
 */
import { CONTROL_PARTICIPLES, CONTROL_VERBS, PROPOSE_VERBS, REQUEST_VERBS, SPEECH } from "./claimRules.js";
import type { Agent, ClauseContext } from "./clauseContext.js";
import type { Trigger } from "./findTriggers.js";
import { isPossessive } from "./isPossessive.js";

/**
 * The agent of cue `tr` in the clause of `ctx`, or undefined when there is none (a party that is only asked,
 * a noun cue without possessor). Found once per cue and kept in `ctx.agents`: cues refer to each other's agents.
 * @example findAgent(ctx, ctx.triggers[0])?.ids // "Russia demands Kherson" → ["RU"]
 */
export function findAgent(ctx: ClauseContext, tr: Trigger): Agent | undefined {
  if (!ctx.agents.has(tr)) ctx.agents.set(tr, locateAgent(ctx, tr));
  return ctx.agents.get(tr);
}

/** The agent of cue `tr`, found afresh (see findAgent). */
function locateAgent(ctx: ClauseContext, tr: Trigger): Agent | undefined {
  const { tokens } = ctx.article;
  const { actorsIn, clause, triggers, candidates, frame, speaker, sentence, discourse } = ctx;
  // "any plan that forces Kyiv to …": the subject is the relative pronoun's antecedent.
  const rel = tokens[tr.start - 1];
  if (!tr.noun && rel && ["that", "which"].includes(rel.norm) && rel.pos !== "SCONJ") {
    const antecedent = actorsIn.find((x) => x.endToken === tr.start - 1);
    if (antecedent) return { ids: antecedent.ids, via: "name", start: antecedent.firstToken };
    // "UN Security Council resolutions that call for …": an actor naming the antecedent.
    const owner = actorsIn.find((x) => x.endToken < tr.start - 1 && x.endToken >= tr.start - 5);
    if (
      owner &&
      tokens
        .slice(owner.endToken, tr.start - 1)
        .every((x, j, all) => ["PROPN", "NOUN"].includes(x.pos) || (x.text === "," && j === all.length - 1))
    )
      return { ids: owner.ids, via: "name", start: owner.firstToken };
    if (tokens[tr.start - 2]?.pos === "NOUN") return undefined;
  }
  const head = tokens[tr.start];
  const attributive =
    head !== undefined &&
    CONTROL_PARTICIPLES.has(head.norm) &&
    (["DET", "PUNCT"].includes(tokens[tr.start - 1]?.pos ?? "") ||
      // "the partially occupied regions", not "has never held Odesa"
      (tokens[tr.start - 1]?.pos === "ADV" && ["DET", "PUNCT"].includes(tokens[tr.start - 2]?.pos ?? "")));
  let possessivePronoun = false;
  if (tr.noun || attributive) {
    // Possessive or demonym right before a noun cue: "Russia's demands", "Russian control",
    // "Russian-occupied Crimea".
    let k = tr.start - 1;
    while (
      k > clause.start &&
      (["ADJ", "NUM"].includes(tokens[k]?.pos ?? "") ||
        tokens[k]?.text === "-" ||
        // "Morocco's autonomy plan", "the U.S. peace proposal"
        (tr.kind === "offer" && tokens[k]?.pos === "NOUN" && !actorsIn.some((x) => x.endToken - 1 === k)))
    )
      k--;
    if (tokens[k]?.text === "'s" || tokens[k]?.text === "’s" || tokens[k]?.norm === "'s") k--;
    const m = actorsIn.find((x) => x.endToken - 1 === k);
    if (m) return { ids: m.ids, via: "name", start: m.firstToken };
    // "its support", "the country's claim": the clause's subject.
    possessivePronoun =
      ["its", "their", "his", "her"].includes(tokens[k]?.norm ?? "") ||
      ["country", "government"].includes(tokens[k]?.norm ?? "");
    if (attributive && !tr.noun) {
      // "Russian control of Luhansk and of the occupied parts of …": the same holder.
      const prior = triggers.filter((x) => x.kind === "control" && x.end <= tr.start).at(-1);
      return prior ? findAgent(ctx, prior) : undefined;
    }
    const by = actorsIn.find(
      (x) => x.firstToken === tr.end + 1 && ["by", "from"].includes(tokens[tr.end]?.norm ?? ""),
    );
    if (by) return { ids: by.ids, via: "name", start: by.firstToken };
    // "restored full control over", "have taken control of": the verb's subject holds it.
    let v = tr.start - 1;
    while (v > clause.start && ["ADJ", "DET"].includes(tokens[v]?.pos ?? "")) v--;
    const verbBefore = tokens[v]?.pos === "VERB" && CONTROL_VERBS.has(tokens[v]?.lemma ?? "");
    // "floated formal recognition of …", "offered recognition": the proposer's stance.
    const proposeBefore = tokens[v]?.pos === "VERB" && PROPOSE_VERBS.has(tokens[v]?.lemma ?? "");
    if (
      !possessivePronoun &&
      (tr.kind === "demand" ||
        (tr.kind === "recognize" && !proposeBefore) ||
        tr.kind === "accept" ||
        (tr.kind === "control" && !verbBefore))
    )
      return undefined;
  }
  // Second verb of a coordination ("welcomed the statement and offered …"): the first verb's subject.
  let c = tr.start - 1;
  if (tokens[c]?.pos === "ADV") c--;
  if (tokens[c]?.norm === "and" || tokens[c]?.norm === "but") {
    // Parallel forms ("would have required … it still holds … and recognized …") pair up first.
    const form = (k: number) => {
      const t = tokens[k];
      const w = t?.norm ?? "";
      // irregular pasts ("said", "told", "held") count with the regular ones
      if (/ed$/.test(w) || (t?.pos === "VERB" && w !== t.lemma && !/(s|ing)$/.test(w))) return "ed";
      return /ing$/.test(w) ? "ing" : /s$/.test(w) ? "s" : "base";
    };
    const priors = triggers.filter((x) => x.end <= c && !x.governed && !x.noun);
    const prior = priors.filter((x) => form(x.start) === form(tr.start)).at(-1);
    if (prior) {
      const a = findAgent(ctx, prior);
      if (a) return a;
    }
    // "Putin said Kyiv must pull out of Donetsk, and ruled out …": a parallel verb that is no cue (said).
    for (let k = c - 1; k > clause.start; k--) {
      const t = tokens[k];
      if (t?.pos !== "VERB" || form(k) !== form(tr.start)) continue;
      // "he had been briefed by Witkoff and dismissed …": the subject before the parallel verb
      const subject = candidates.filter((x) => x.start < k && !isPossessive(ctx, x.start)).at(-1);
      if (subject) return subject;
      break;
    }
    const fallback = priors.at(-1);
    if (fallback) {
      const a = findAgent(ctx, fallback);
      if (a) return a;
    }
  }
  // Passive: "was annexed by Russia", "backed by the EU".
  const byAt = tokens[tr.end + 1]?.norm === "the" ? tr.end + 2 : tr.end + 1;
  const by = actorsIn.find((x) => x.firstToken === byAt && tokens[tr.end]?.norm === "by");
  if (by && (tokens[tr.start - 1]?.lemma === "be" || /ed$/.test(tokens[tr.start]?.norm ?? ""))) {
    // "proposed by London and Paris": every coordinated agent.
    const ids = [...by.ids];
    let last = by;
    for (;;) {
      const link = tokens[last.endToken]?.norm ?? "";
      if (![",", "and"].includes(link)) break;
      let k = last.endToken + 1;
      if (tokens[k]?.norm === "and") k++;
      if (tokens[k]?.norm === "the") k++;
      const next = actorsIn.find((x) => x.firstToken === k);
      if (!next) break;
      for (const id of next.ids) if (!ids.includes(id)) ids.push(id);
      last = next;
    }
    return { ids, via: "name", start: by.firstToken };
  }
  // A possessive ("Ukraine's borders") modifies a noun; it is the agent of a verb only as a last resort.
  // A parenthetical speaker ("Ukraine will not, Zelensky said, give up …") is not the subject.
  const parenthetical = (x: Agent) => {
    const m = actorsIn.find((a) => a.firstToken === x.start);
    return (
      m !== undefined &&
      tokens[x.start - 1]?.text === "," &&
      SPEECH.has(tokens[m.endToken]?.lemma ?? "") &&
      tokens[m.endToken + 1]?.text === ","
    );
  };
  // "The Polisario Front, which fought Morocco for independence …, rejected the proposal": names inside a
  // relative clause that closed before the cue are not its subject.
  const insideRelative = (x: { start: number }) => {
    for (let k = x.start - 1; k > clause.start; k--) {
      const w = tokens[k];
      if (!w) break;
      if (w.text === "," && ["which", "who"].includes(tokens[k + 1]?.norm ?? "")) {
        // the relative clause ends at the next comma after x; the cue must come after it
        for (let j = x.start; j < tr.start; j++) if (tokens[j]?.text === ",") return true;
        return false;
      }
      if (w.text === "," || w.text === ".") return false;
    }
    return false;
  };
  const before = candidates.filter((x) => x.start < tr.start && !parenthetical(x) && !insideRelative(x));
  const plain = before.filter((x) => !isPossessive(ctx, x.start));
  const left = plain.length > 0 ? plain : before;
  const nearest = left.at(-1);
  if (nearest) {
    // "urged Kosovo to …", "called on Serbia to …": the named party is asked, it holds no stance.
    const p1 = tokens[nearest.start - 1];
    const p2 = tokens[nearest.start - 2];
    const asked =
      (REQUEST_VERBS.has(p1?.lemma ?? "") || (p1?.norm === "on" && REQUEST_VERBS.has(p2?.lemma ?? ""))) &&
      tr.kind !== "cession";
    if (asked) return undefined;
    // Coordination: "India and Pakistan", "Putin and his foreign minister Lavrov".
    const ids = [...nearest.ids];
    for (let j = left.length - 2; j >= 0; j--) {
      const c = left[j];
      const between = tokens.slice((c?.start ?? 0) + 1, left[j + 1]?.start ?? 0);
      if (
        c &&
        between.length <= 5 &&
        between.some((t) => t.norm === "and" || t.norm === "nor" || t.text === ",") &&
        between.every((t) => t.pos !== "VERB" && t.pos !== "AUX")
      ) {
        for (const id of c.ids) if (!ids.includes(id)) ids.push(id);
      } else break;
    }
    return { ...nearest, ids };
  }
  if (frame) return { ids: frame.ids, via: "frame", start: frame.firstToken };
  // "Donetsk will not be given up, Zelensky said": a passive cession's holder is the speaker.
  if (tr.kind === "cession" && !tr.noun && tokens[tr.start - 1]?.lemma === "be" && speaker.length > 0)
    return { ids: speaker, via: "pronoun", start: clause.start, passive: true };

  // "A ceasefire … is simply out of the question" in Peskov's answer: the speaker's rejection
  if (tr.kind === "negpred" && speaker.length > 0)
    return { ids: speaker, via: "pronoun", start: clause.start };
  if (tr.kind === "negpred" && discourse.lastSubjects.length > 0)
    return { ids: discourse.lastSubjects, via: "topic", start: clause.start };
  // A plan's content in the passive, just after the plan was named: "Ukrainian forces would be asked
  // to withdraw from Donetsk", "the front in Kherson would be frozen", "sanctions would be lifted".
  const passiveCue =
    tokens[tr.start - 1]?.lemma === "be" ||
    tokens[tr.start - 1]?.norm === "been" ||
    (tokens[tr.start - 2]?.lemma === "be" && tokens[tr.start - 1]?.pos === "ADV");
  const planModal = tokens
    .slice(sentence.firstToken, tr.start)
    .some((t) => ["would", "will", "could"].includes(t.norm));
  if (
    passiveCue &&
    planModal &&
    discourse.lastPlanAuthors.length > 0 &&
    sentence.index - discourse.lastPlanSentence <= 3
  )
    return { ids: discourse.lastPlanAuthors, via: "topic", start: clause.start, passive: true };
  // ""The withdrawal of Ukrainian units from Donbas is a condition," Peskov said": a nominal cession without
  // an owner is the speaker's topic (resolveStance decides whether it is a demand).
  if (tr.kind === "cession" && tr.noun && speaker.length > 0)
    return { ids: speaker, via: "pronoun", start: clause.start };
  return undefined;
}
