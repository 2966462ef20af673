/**
 * Gazetteer matching: every occurrence of an actor name, demonym, metonym, person, territory, city, group
 * or issue in the analysed text, aligned to token boundaries, longest match first. Context rules remove the
 * readings that are not actors: a metonym used as a place (`talks in London`, `the Minsk agreements`), a
 * demonym that only qualifies a thing (`Russian lands`), a river (`the Dnipro River`).
 * @module
 */
import type { AnalyzedText, TextToken } from "./analyzeText.js";
import { foldText } from "./foldText.js";
import type { Gazetteer } from "./gazetteer.js";

/** What a mention refers to. */
export type MentionKind =
  | "actor"
  | "person"
  | "demonym"
  | "metonym"
  | "territory"
  | "city"
  | "group"
  | "issue";

/** A matched name in the text. */
export interface Mention {
  kind: MentionKind;
  /** Actor id (actor, person, demonym, metonym), territory ids (territory, city, group) or issue id. */
  ids: string[];
  /** The person's full name, for `person` mentions. */
  person?: string;
  text: string;
  start: number;
  end: number;
  /** Token range `[firstToken, endToken)`. */
  firstToken: number;
  endToken: number;
  sentence: number;
}

interface Entry {
  pattern: string;
  caseSensitive: boolean;
  /** Written all in lower case in the gazetteer ("four annexed regions"): matched without a capital. */
  lowercase: boolean;
  kind: MentionKind;
  ids: string[];
  person?: string;
}

/** Nouns after which a demonym names the state acting (`Russian forces`, `the Ukrainian side`). */
export const AGENT_NOUNS = new Set(
  (
    "forces force troops army military government officials official side delegation delegates negotiators " +
    "negotiator president leader leaders leadership authorities diplomats diplomat minister ministry envoy " +
    "envoys spokesman spokeswoman spokesperson soldiers units administration parliament lawmakers " +
    "premier navy commanders command negotiating team foreign defence defense prime state control rule " +
    "allies ally partners governments officials counterparts " +
    "sovereignty occupation claim claims demand demands annexation proposal proposals position " +
    "plan draft document memorandum framework blueprint initiative counterproposal counter-proposal offer"
  ).split(" "),
);

/** Participles after which a hyphenated demonym names an actor (`Russian-brokered`, `Russian-held`). */
const AGENT_PARTICIPLES = new Set(
  "brokered backed led held occupied controlled proposed drafted installed annexed administered run sponsored".split(
    " ",
  ),
);
const REQUEST_LEMMAS = new Set("want urge ask expect press pressure tell force call".split(" "));
const RIVERS = new Set(["dnipro", "dnepr", "dnieper"]);
const PLACE_PREPOSITIONS = new Set(
  "in at to near outside into toward towards via around across visit visited visiting arrived".split(" "),
);
const EVENT_NOUNS = new Set(
  "summit talks meeting meetings conference agreement agreements accords accord memorandum format process protocol protocols declaration communique round".split(
    " ",
  ),
);

/** A proper name followed by a generic geographic noun; the name alone names the place too. */
const GENERIC_TAIL =
  /^((?:[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?) (?:Shoal|Shoals|Island|Islands|Heights|Peninsula|Strip|Valley|Reef|Spit|Corridor|Atoll|Archipelago|Enclave)$/u;

function entries(g: Gazetteer): Entry[] {
  const out: Entry[] = [];
  const add = (pattern: string, kind: MentionKind, ids: string[], person?: string) => {
    const p = pattern.trim();
    if (p.length < 2) return;
    const caseSensitive = p.length <= 4 && p === p.toUpperCase();
    out.push({
      pattern: caseSensitive ? foldText(p) : foldText(p.toLowerCase()),
      caseSensitive,
      lowercase: p === p.toLowerCase(),
      kind,
      ids,
      ...(person ? { person } : {}),
    });
  };
  for (const a of g.actors) {
    for (const n of [a.name, ...(a.aliases ?? [])]) add(n, "actor", [a.id]);
    for (const n of a.demonyms ?? []) add(n, "demonym", [a.id]);
    for (const n of a.metonyms ?? []) add(n, "metonym", [a.id]);
    for (const p of a.people ?? [])
      for (const n of [p.name, ...(p.aliases ?? [])]) add(n, "person", [a.id], p.name);
  }
  for (const t of g.territories) {
    for (const n of [t.name, ...(t.aliases ?? [])]) {
      add(n, "territory", [t.id]);
      // "Scarborough Shoal" is also "Scarborough", "the Golan Heights" also "the Golan".
      const short = n.match(GENERIC_TAIL);
      if (short?.[1] && short[1].length >= 4) add(short[1], "territory", [t.id]);
    }
    for (const n of t.cities ?? []) add(n, "city", [t.id]);
  }
  for (const gr of g.groups)
    for (const n of [gr.name, ...(gr.aliases ?? [])]) add(n, "group", gr.territories);
  for (const i of g.issues) for (const n of [i.name, ...(i.aliases ?? [])]) add(n, "issue", [i.id]);
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Finds every gazetteer name in `analyzed`, sorted by position. Names are matched on folded text
 * (case- and accent-insensitive) except short all-capital abbreviations (US, EU, DPR), which match exactly;
 * names other than issues and names the gazetteer writes in lower case must contain a capital in the text.
 * @example findMentions(analyzeText("Kyiv rejects it."), builtinGazetteer)[0].ids // → ["UA"]
 */
export function findMentions(analyzed: AnalyzedText, gazetteer: Gazetteer): Mention[] {
  const { text, tokens } = analyzed;
  const folded = foldText(text);
  const lower = folded.toLowerCase();
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  for (const t of tokens) {
    byStart.set(t.start, t.index);
    byEnd.set(t.end, t.index);
  }
  const raw: Mention[] = [];
  for (const e of entries(gazetteer)) {
    const hay = e.caseSensitive ? folded : lower;
    let from = 0;
    for (;;) {
      const at = hay.indexOf(e.pattern, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + e.pattern.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end])) continue;
      const first = byStart.get(at);
      // "UN-sponsored" is one token: the name covers it when a hyphen follows.
      let last = byEnd.get(end);
      if (last === undefined && text[end] === "-" && first !== undefined && (tokens[first]?.end ?? 0) > end)
        last = first;
      if (first === undefined || last === undefined) continue;
      const matched = text.slice(at, end);
      if (e.kind !== "issue" && !e.lowercase && matched === matched.toLowerCase()) continue;
      raw.push({
        kind: e.kind,
        ids: e.ids,
        ...(e.person ? { person: e.person } : {}),
        text: text.slice(at, end),
        start: at,
        end,
        firstToken: first,
        endToken: last + 1,
        sentence: tokens[first]?.sentence ?? 0,
      });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of raw) {
    const prev = kept.at(-1);
    if (prev && m.start < prev.end) {
      // Same span, other reading (Kosovo the party and Kosovo the territory): keep both.
      const same = kept.filter((k) => k.start === m.start && k.end === m.end);
      if (same.length > 0 && !same.some((k) => k.kind === m.kind && k.ids.join() === m.ids.join()))
        kept.push(m);
      continue;
    }
    kept.push(m);
  }
  const inContext = kept.filter((m) => keepInContext(m, tokens));
  // A capital used as an actor ("Kyiv rejected …") is not also the city; used as a place it is only the place.
  const actorSpans = new Set(inContext.filter((m) => m.kind === "metonym").map((m) => m.start));
  // A name that is both a party and a territory, followed by "'s" + an agent noun or by an agent noun
  // ("Kosovo's prime minister", "Kosovo police"), is the party.
  const partySpans = new Set(
    inContext
      .filter(
        (m) =>
          m.kind === "actor" &&
          (possessorOfAgent(m, tokens, inContext) ||
            ["AUX", "VERB"].includes(tokens[m.endToken]?.pos ?? "") ||
            (tokens[m.endToken]?.norm === "to" && REQUEST_LEMMAS.has(tokens[m.firstToken - 1]?.lemma ?? ""))),
      )
      .map((m) => m.start),
  );
  for (const s of partySpans) actorSpans.add(s);
  return inContext.filter((m) => !((m.kind === "territory" || m.kind === "city") && actorSpans.has(m.start)));
}

function possessorOfAgent(m: Mention, tokens: readonly TextToken[], all: readonly Mention[]): boolean {
  let k = m.endToken;
  if (tokens[k]?.norm === "'s") k++;
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (!t) return false;
    if (AGENT_NOUNS.has(t.norm) || ["police", "president", "premier", "officials"].includes(t.norm))
      return true;
    if (all.some((x) => x.kind === "person" && x.firstToken === j)) return true;
    if (t.pos !== "ADJ" && t.pos !== "PROPN" && t.pos !== "NOUN") return false;
  }
  return false;
}

function keepInContext(m: Mention, tokens: readonly TextToken[]): boolean {
  const before = tokens[m.firstToken - 1];
  const before2 = tokens[m.firstToken - 2];
  const after = tokens[m.endToken];
  if ((m.kind === "city" || m.kind === "territory") && after?.norm === "river") return false;
  // A dateline ("KYIV, May 2, 2025 —") names where the report was filed: not a place in the story.
  if (
    (m.kind === "city" || m.kind === "territory") &&
    m.text.length > 3 &&
    m.text === m.text.toUpperCase() &&
    after?.text === "," &&
    (!before || before.sentence !== tokens[m.firstToken]?.sentence)
  )
    return false;
  if (m.kind === "city" && before?.norm === "the" && RIVERS.has(m.text.toLowerCase())) return false;
  if (m.kind === "metonym") {
    // A dateline ("PARIS, April 18") names where the report was filed, not who acts.
    if (m.text.length > 3 && m.text === m.text.toUpperCase()) return false;
    if (before && PLACE_PREPOSITIONS.has(before.norm)) return false;
    if (before?.norm === "the" && before2 && PLACE_PREPOSITIONS.has(before2.norm)) return false;
    if (after && EVENT_NOUNS.has(after.norm)) return false;
    if (after && (after.text === "-" || after.text === "–") && tokens[m.endToken + 1]?.norm === "based")
      return false;
  }
  if (m.kind === "actor" || m.kind === "metonym" || m.kind === "territory") {
    // Part of a longer place name ("South Georgia", "New Delhi" is listed whole).
    if (before && ["South", "North", "East", "West", "New", "Northern", "Southern"].includes(before.text))
      return false;
  }
  if (m.kind === "actor" && before?.text === "," && before2?.pos === "PROPN") {
    // "talks in Jeddah, Saudi Arabia": the state locates the city; not when a verb follows it, as after
    // a fronted phrase ("According to Kyiv, Russia occupies …").
    const before3 = tokens[m.firstToken - 3];
    let next = m.endToken;
    while (tokens[next]?.pos === "ADV") next++;
    const subject = tokens[next]?.pos === "VERB" || tokens[next]?.pos === "AUX";
    if (before3 && PLACE_PREPOSITIONS.has(before3.norm) && !subject) return false;
  }
  if (m.kind === "demonym") {
    if (/s$/.test(m.text) && !/ss$/.test(m.text) && after?.pos !== "NOUN") return true;
    for (let i = m.endToken; i < m.endToken + 3 && i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) break;
      if (AGENT_NOUNS.has(t.norm)) return true;
      if (i === m.endToken && t.text === "-" && AGENT_PARTICIPLES.has(tokens[i + 1]?.norm ?? "")) return true;
      if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN" && t.text !== "-") break;
    }
    return false;
  }
  return true;
}
