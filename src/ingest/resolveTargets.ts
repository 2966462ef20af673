/**
 * The targets of a cue's claim: what follows the cue up to the end of its object (the next cue, a new
 * predicate), or else what a following cue names ("rejected demands for …"), what a rejected plan asks for, the
 * noun phrase before a passive cue, a relative clause's antecedent, a topic before the agent ("Crimea, Ukraine
 * will never give up"), the last targets for references, ellipsis and object pronouns. Finding them can revise
 * the stance (backing a refusal is rejecting), the holder and the confidence.
 * @module
 */
import {
  ACTOR_KINDS,
  EVENT_HEADS,
  PLAN_NOUNS,
  PREPOSITIONS,
  REFERRING_NOUNS,
  SPEECH,
  TARGET_KINDS,
} from "./claimRules.js";
import type { Agent, ClauseContext, Target } from "./clauseContext.js";
import type { Mention } from "./findMentions.js";
import { findTargets } from "./findTargets.js";
import type { Trigger } from "./findTriggers.js";
import type { Stance } from "./ingestResult.js";
import type { StanceReading } from "./resolveStance.js";

/** The targets of a cue's claim, with the stance, holder and confidence as the targets revise them. */
export interface TargetReading {
  targets: Target[];
  /** A rejected plan asks the rejecting party itself to give the place up: it also refuses to cede it. */
  alsoRefuses: boolean;
  /** The end of the cue's object span. */
  end: number;
  stance: Stance;
  holder: string[] | undefined;
  conf: number;
}

/** The end of the object of the `index`-th cue of the clause: the next cue, a new predicate or the clause end. */
function spanEnd(ctx: ClauseContext, index: number): number {
  const { tokens } = ctx.article;
  const { clause, triggers } = ctx;
  const tr = triggers[index];
  if (!tr) return clause.end;
  for (let j = index + 1; j < triggers.length; j++) {
    const nx = triggers[j];
    if (!nx || nx.governed) continue;
    if (tr.kind === "control" || nx.kind !== "control") return nx.start;
  }
  if (tr.kind === "control")
    for (let k = tr.end; k < clause.end; k++) if (tokens[k]?.norm === "but") return k;
  // A coordinated or participial new predicate ends the object: "… and said …", "…, saying …".
  for (let k = tr.end + 1; k < clause.end - 1; k++) {
    const t = tokens[k];
    const nx = tokens[k + 1];
    if ((t?.norm === "and" || t?.norm === "but") && nx?.pos === "VERB") return k;
    if (
      t?.text === "," &&
      nx?.pos === "VERB" &&
      /ing$/.test(nx.norm) &&
      !["including", "citing", "notably", "particularly", "according"].includes(nx.norm)
    )
      return k;
  }
  return clause.end;
}

/**
 * The targets of cue `tr` (the `index`-th of the clause of `ctx`), held by `agent` with the stance of
 * `reading`, and the stance, holder and confidence as the targets revise them.
 * @example resolveTargets(ctx, 0, tr, agent, reading).targets // "Ukraine has refused to give it up" → the last targets
 */
export function resolveTargets(
  ctx: ClauseContext,
  index: number,
  tr: Trigger,
  agent: Agent,
  reading: StanceReading,
): TargetReading {
  const { tokens, mentions, names } = ctx.article;
  const { clause, triggers, actorsIn, sentence, discourse } = ctx;
  const { from, subjectPlaces, governed } = reading;
  let { stance, holder, conf } = reading;
  const spanOf = tr.governs !== undefined && triggers[tr.governs]?.kind !== "negpred" ? tr.governs : index;
  const end = spanEnd(ctx, spanOf);
  let stop = end;
  // "offered Kherson for …" stops at "for"; "a proposal for a truce" names its content there.
  const contentFor = tr.noun && from === tr.end && ["for", "on"].includes(tokens[from]?.norm ?? "");
  if ((stance === "refuses_to_cede" || stance === "offers") && !contentFor)
    for (let k = from; k < end; k++)
      if (tokens[k]?.norm === "for" || (tokens[k]?.norm === "in" && tokens[k + 1]?.norm === "exchange")) {
        stop = k;
        break;
      }
  let targets =
    subjectPlaces.length > 0 ? subjectPlaces : findTargets(ctx, from, stop, tr.kind !== "negpred", stance);
  const following = triggers[spanOf + 1];
  const crossesPredicate = tokens
    .slice(tr.end, following?.start ?? tr.end)
    .some((t) => t.norm === "and" || t.norm === "but");
  if (
    targets.length === 0 &&
    following &&
    tokens[tr.end]?.norm !== "by" &&
    following.start >= end &&
    following.start - tr.end <= 4 &&
    !crossesPredicate
  ) {
    // "rejected Serbian demands for an association …", "demanding international recognition of Crimea"
    targets = findTargets(ctx, following.end, spanEnd(ctx, spanOf + 1), false, stance);
    // "backed Belgrade's refusal to recognize …": backing a refusal is rejecting.
    const refusal = tokens.slice(tr.end, following.start).some((t) => t.norm === "refusal");
    if (stance === "accepts" && refusal) stance = "rejects";
  }
  let alsoRefuses = false;
  if (
    targets.length === 0 &&
    (stance === "rejects" || stance === "accepts") &&
    following &&
    !crossesPredicate &&
    following.start - tr.end <= 12 &&
    tokens.slice(tr.end, following.start).some((t) => PLAN_NOUNS.has(t.norm) || REFERRING_NOUNS.has(t.norm))
  ) {
    // "rejected a U.S.-drafted proposal that would require Ukraine to pull out of Donetsk": what the
    // rejected plan asks for. When it asks the rejecting party itself to give the place up, that party
    // also refuses to cede it.
    const inner = following.governs !== undefined ? triggers[following.governs] : following;
    const innerEnd = spanEnd(ctx, following.governs ?? spanOf + 1);
    targets = findTargets(ctx, (inner ?? following).end, innerEnd, false, stance);
    const asked = actorsIn.find(
      (m) => m.firstToken > following.start && m.endToken <= (inner ?? following).start,
    );
    alsoRefuses =
      stance === "rejects" &&
      (inner?.kind === "cession" || following.kind === "cession") &&
      (asked === undefined || asked.ids.some((id) => agent.ids.includes(id)));
  }
  if (targets.length === 0 && agent.start > tr.start && tokens[tr.end]?.norm === "by") {
    // Passive with its agent after the cue: the target is the noun phrase just before it
    // ("the month-long ceasefire proposed by Washington").
    const left = mentions
      .filter((m) => TARGET_KINDS.has(m.kind) && m.endToken <= tr.start && m.endToken >= tr.start - 2)
      .at(-1);
    if (left)
      targets = left.ids.map((id) => {
        const key = left.kind === "issue" ? `issue:${id}` : id;
        return { id: key, name: names.get(key) ?? left.text };
      });
  }
  const agentWord = tokens[agent.start - 1]?.norm;
  const relativeAfterPrep = PREPOSITIONS.has(tokens[agent.start - 2]?.norm ?? "");
  // "the parts of Donetsk and Luhansk regions they still hold": a relative clause without "that".
  const headGap = ["region", "regions", "oblast", "oblasts", "province", "provinces"].includes(
    tokens[agent.start - 1]?.norm ?? "",
  )
    ? 1
    : 0;
  const zeroRelative = mentions.some(
    (m) => TARGET_KINDS.has(m.kind) && m.endToken === agent.start - headGap && m.sentence === sentence.index,
  );
  if (zeroRelative && targets.length === 0 && agent.via === "pronoun" && stance === "controls") {
    // "… they still hold", "… it still controls": the party named last before the place.
    const place = mentions.find((m) => TARGET_KINDS.has(m.kind) && m.endToken === agent.start - headGap);
    const owner = mentions
      .filter(
        (m) =>
          ACTOR_KINDS.has(m.kind) &&
          m.sentence === sentence.index &&
          place !== undefined &&
          m.endToken <= place.firstToken,
      )
      .at(-1);
    if (owner) holder = owner.ids;
  }
  // A relative verb without its own object ("… regions that Russian forces occupy, as well as …",
  // "Sumy region, where they now hold several villages") takes the antecedent even if a place follows.
  const objectless =
    !["DET", "PROPN", "NOUN", "NUM", "PRON", "ADJ"].includes(tokens[tr.end]?.pos ?? "") ||
    tr.end >= clause.end;
  // "that" after a noun is a relative pronoun; after "said" it is a complementizer.
  const relativeThat =
    agentWord === "which" ||
    (agentWord === "that" &&
      ["NOUN", "PROPN"].includes(tokens[agent.start - 2]?.pos ?? "") &&
      // "said on Wednesday that …" is still a complementizer
      !tokens
        .slice(Math.max(clause.start, agent.start - 6), agent.start - 1)
        .some(
          (x) =>
            x.pos === "VERB" &&
            (SPEECH.has(x.lemma) ||
              ["believe", "maintain", "acknowledge", "argue", "claim"].includes(x.lemma)),
        ));
  const relative =
    ((relativeThat && !relativeAfterPrep) ||
      zeroRelative ||
      (agentWord === "where" && stance === "controls")) &&
    !tr.noun;
  // "… region, which Moscow proclaimed part of Russia along with the Luhansk and Kherson regions": the
  // antecedent and the places added after it.
  const alongWith = tokens
    .slice(tr.end, end)
    .some((t, j, all) => (t.norm === "along" || t.norm === "together") && all[j + 1]?.norm === "with");
  const added = relative && alongWith && agent.start < tr.start ? targets : [];
  if (relative && (objectless || alongWith) && agent.start < tr.start) targets = [];
  if (
    targets.length === 0 &&
    (((agentWord === "which" || agentWord === "that") && !relativeAfterPrep) ||
      zeroRelative ||
      (agentWord === "where" && stance === "controls"))
  ) {
    // Relative clause: "Kashmir, which India considers …", "a ceasefire, which the Kremlin dismissed".
    const near = mentions.filter(
      (m) =>
        TARGET_KINDS.has(m.kind) &&
        m.endToken <= agent.start - (zeroRelative ? headGap : 1) &&
        m.firstToken >= agent.start - 9,
    );
    const last = near.at(-1);
    if (last) {
      // The whole coordinated antecedent: "Crimea and the Donetsk, Luhansk and Kherson regions, which …".
      const chain = [last];
      for (;;) {
        const head = chain[0] as Mention;
        let k = head.firstToken - 1;
        if (tokens[k]?.norm === "the") k--;
        if (![",", "and", "or"].includes(tokens[k]?.norm ?? "")) break;
        if (tokens[k]?.norm !== "," && tokens[k - 1]?.norm === ",") k--;
        const prior = mentions.find(
          (m) => TARGET_KINDS.has(m.kind) && m.kind === head.kind && m.endToken === k,
        );
        if (!prior) break;
        chain.unshift(prior);
      }
      targets = chain.flatMap((m) =>
        m.ids.map((id) => {
          const key = m.kind === "issue" ? `issue:${id}` : id;
          return { id: key, name: names.get(key) ?? m.text };
        }),
      );
    }
    for (const t of added) if (!targets.some((x) => x.id === t.id)) targets.push(t);
  }
  if (
    targets.length === 0 &&
    (stance === "rejects" ||
      stance === "refuses_to_cede" ||
      stance === "controls" ||
      (agent.passive && ["demands", "offers", "recognizes"].includes(stance)) ||
      // "would have Crimea and Luhansk recognised as Russian": the places before a participle.
      (stance === "recognizes" &&
        mentions.some(
          (m) =>
            TARGET_KINDS.has(m.kind) &&
            (m.endToken === tr.start ||
              (m.endToken === tr.start - 1 && /^["\u201c\u201d]$/.test(tokens[tr.start - 1]?.text ?? ""))),
        )))
  ) {
    // "Crimea, Ukraine will never give up"; "Crimea was annexed by Russia" — not across another cue, and
    // not the name that is the agent itself (Kosovo the party and the territory).
    const previous = triggers[index - 1];
    const leftFrom = previous && previous.end <= tr.start ? previous.end : clause.start;
    const agentStarts = new Set(actorsIn.map((m) => m.start));
    const agentIds = new Set(
      mentions
        .filter((m) => TARGET_KINDS.has(m.kind) && agentStarts.has(m.start) && m.firstToken >= leftFrom)
        .flatMap((m) => m.ids),
    );
    // Only a topic before the agent ("Crimea, Ukraine will never give up") or before a passive cue.
    // A negative predicate's subject lies between its holder and it ("said a federal solution was no longer
    // possible").
    const leftTo = agent.passive ? tr.start : Math.min(agent.start, tr.start);
    // "The draft would have Crimea and Luhansk "recognised as Russian"": the places between the agent and
    // the participle.
    const causative = stance === "recognizes" && agent.start < tr.start;
    const negSubject = (tr.kind === "negpred" || causative) && agent.start < tr.start;
    let negFrom = Math.max(leftFrom, agent.start);
    for (let k = tr.start - 1; k > negFrom; k--)
      if (SPEECH.has(tokens[k]?.lemma ?? "") || tokens[k]?.norm === "that") {
        negFrom = k + 1;
        break;
      }
    const eventHead = tokens
      .slice(Math.max(leftFrom, agent.start - 3), agent.start)
      .some((t) => EVENT_HEADS.has(t.norm));
    targets = (
      eventHead
        ? []
        : findTargets(ctx, negSubject ? negFrom : leftFrom, negSubject ? tr.start : leftTo, false, stance)
    ).filter((t) => (t.id !== "*" || stance !== "controls") && !agentIds.has(t.id));
  }
  if (targets.length === 0 && (stance === "rejects" || stance === "accepts")) {
    const refersBack = tokens.slice(clause.start, Math.min(clause.end, tr.end + 2)).some(
      (t, j, all) =>
        // a demonstrative, not the complementizer of "said that Berlin would …"
        (["that", "this", "these"].includes(t.norm) &&
          !["DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"].includes(all[j + 1]?.pos ?? "")) ||
        (REFERRING_NOUNS.has(t.norm) && ["DET", "PRON"].includes(all[j - 1]?.pos ?? "")),
    );
    // Ellipsis: "Russia wants Kherson; Ukraine has refused." — a refusal with no complement.
    const elliptic =
      tr.kind === "reject" &&
      !governed &&
      (tr.end >= clause.end || [".", ";", ","].includes(tokens[tr.end]?.text ?? "")) &&
      // not a zero relative ("a move Pakistan rejected")
      (agent.start <= sentence.firstToken ||
        agent.start === clause.start ||
        ["and", "but", ",", ";"].includes(tokens[agent.start - 1]?.norm ?? ""));
    if (refersBack || elliptic) {
      // "rejected its demands on territory": the places last demanded, even if issues were named since
      const territorial = tokens
        .slice(tr.end, Math.min(clause.end, tr.end + 8))
        .some((t) => t.norm === "territory" || t.norm === "territorial");
      targets = (
        territorial && discourse.lastDemandPlaces.length > 0
          ? discourse.lastDemandPlaces
          : discourse.lastTargets
      ).map((t) => ({ ...t }));
      conf -= 0.1;
    }
  }
  const objectPronoun = ["it", "them"].includes(tokens[from]?.norm ?? "")
    ? from
    : ["it", "them"].includes(tokens[tr.end]?.norm ?? "")
      ? tr.end
      : -1;
  if (
    targets.length === 0 &&
    stance !== "controls" &&
    objectPronoun >= 0 &&
    // "recognise them as Russian", "hand them over", "give it up", "reject it": the last targets
    !(
      tokens[objectPronoun]?.norm === "it" &&
      ["is", "was", "'s"].includes(tokens[objectPronoun + 1]?.norm ?? "")
    ) &&
    discourse.lastTargets.length > 0
  ) {
    // "Russia wants Kherson. Ukraine has refused to give it up.": the object pronoun is the last target.
    targets = discourse.lastTargets.map((t) => ({ ...t }));
    conf -= 0.1;
  }
  // "give up territory—like Donetsk and Kherson": the named places are the demand.
  if (stance === "controls") targets = targets.filter((t) => t.id !== "*" && !t.id.startsWith("issue:"));
  return { targets, alsoRefuses, end, stance, holder, conf };
}
