/**
 * The lexicon and small cue tests behind claim extraction: which words negate, hedge, refer back, name any
 * territory, mark rhetoric or threat, and helpers that read a cue's surroundings ("would regain control",
 * "determined to take", "must recognise", the speaker of a quotation). Shared by the claim-extraction modules (extractClaims and the modules it calls).
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import type { Mention } from "./findMentions.js";
import type { Trigger } from "./findTriggers.js";
import type { IngestClaim } from "./ingestResult.js";
import type { Clause } from "./splitClauses.js";

/** Mention kinds that name who acts. */
export const ACTOR_KINDS = new Set(["actor", "person", "demonym", "metonym"]);
/** Mention kinds that name what a claim is about. */
export const TARGET_KINDS = new Set(["territory", "city", "group", "issue"]);
/** Prepositions: a name after one is not a subject. */
export const PREPOSITIONS = new Set(
  "of in with to from for against on into over by between about at toward towards under among than like including".split(
    " ",
  ),
);
/** Words that negate the next cue (but "not just/only" does not). */
export const NEGATORS = new Set([
  "not",
  "n't",
  "never",
  "no",
  "cannot",
  "neither",
  "nor",
  "refuse",
  "refuses",
  "refused",
  "refusing",
  "refusal",
  // "the constitution forbids giving up any land"
  "forbids",
  "forbid",
  "forbade",
  "prohibits",
  "prohibit",
  "bans",
  // "provided nobody asks it to …", "warns against forcing Ukraine to …"
  "nobody",
  "against",
]);
/** Words that make a report less certain. */
export const HEDGES = new Set(
  "reportedly allegedly insiders suggest suggests might may could rumored rumoured purportedly apparently".split(
    " ",
  ),
);
/** Phrases that refer back to the last demanded territories. */
export const REFERENCES = [
  ["these", "territories"],
  ["these", "regions"],
  ["these", "areas"],
  ["these", "lands"],
  ["those", "territories"],
  ["those", "regions"],
  ["those", "areas"],
  ["all", "of", "these"],
  ["all", "of", "them"],
  ["these", "demands"],
  ["the", "four", "regions"],
  ["the", "four", "oblasts"],
  ["all", "three"],
  ["all", "four"],
  ["all", "five"],
];
/** Phrases meaning "any territory". */
export const ANY_TERRITORY = [
  ["any", "territory"],
  ["any", "territories"],
  ["any", "land"],
  ["any", "of", "its", "territory"],
  ["any", "part", "of"],
  ["an", "inch"],
  ["a", "single", "inch"],
  ["territorial", "concessions"],
  ["any", "cession"],
  ["any", "occupied", "territory"],
  ["any", "occupied", "territories"],
  ["any", "of", "the", "land"],
  ["any", "of", "its", "land"],
  ["any", "of", "their", "land"],
  ["a", "single", "metre"],
  ["a", "single", "meter"],
  ["a", "single", "centimetre"],
  ["a", "single", "kilometre"],
  ["one", "inch"],
  ["an", "inch", "of"],
  ["any", "concessions", "on", "territory"],
  ["any", "land"],
  ["any", "of", "its", "territory"],
  ["any", "of", "the", "territory"],
  ["any", "of", "the", "occupied"],
  ["all", "occupied", "territories"],
  ["all", "the", "occupied", "territories"],
  ["all", "of", "the", "occupied", "territories"],
  ["all", "its", "territories"],
  ["all", "of", "its", "territory"],
];
/** "its land", "their own territory": the speaker's whole territory, only in refusals to cede. */
export const OWN_LAND = [
  ["its", "land"],
  ["its", "own", "land"],
  ["its", "territory"],
  ["its", "own", "territory"],
  ["their", "land"],
  ["their", "lands"],
  ["our", "land"],
  ["our", "territory"],
];
/** Head nouns of a relative clause about an act, not a place ("a move Pakistan rejected"). */
export const EVENT_HEADS = new Set(
  "move step decision plan proposal deal offer agreement resolution idea measure change".split(" "),
);
/** Verbs whose subject holds the control named by a following noun ("took control of"). */
export const CONTROL_VERBS = new Set(
  "restore regain take gain establish seize retain keep assume exercise have maintain tighten consolidate extend".split(
    " ",
  ),
);
/** Prepositions of time: what follows is not a target ("before any ceasefire"). */
export const TEMPORAL = new Set(["before", "after", "until", "during", "since", "without", "except"]);
/** Prepositions of place: what follows is where, not what ("in Stepanakert"). */
export const LOCATIVE = new Set(["in", "at", "near"]);
/** Prepositions that attach a place to an issue ("mediation on Kashmir"). */
export const MODIFIER_PREPS = new Set(["on", "for", "in", "over", "about", "of"]);
/** Words marking a rhetorical claim. */
export const RHETORICAL = new Set(
  "historic historical belong belongs rightful rightfully ancestral novorossiya always reclaim consider considers regard regards".split(
    " ",
  ),
);
/** Words marking a threat. */
export const THREAT_WORDS = new Set(
  "threaten threatened threatens threat warn warned seize force military offensive".split(" "),
);

/** Nouns that, after a determiner, refer back to the last demand ("the demands", "that idea"). */
export const REFERRING_NOUNS = new Set([
  "demands",
  "demand",
  "idea",
  "proposal",
  "proposals",
  "plan",
  "plans",
  "offer",
  "terms",
  "conditions",
]);
/** Nouns of a plan whose authors hold its positions ("the U.S. plan would require …"). */
export const PLAN_NOUNS = new Set(
  "plan draft proposal proposals framework blueprint memorandum document initiative roadmap text deal".split(
    " ",
  ),
);
/** Participles naming a plan's authors with "by" ("drafted by Washington"). */
export const AUTHOR_PARTICIPLES = new Set(
  "drafted proposed written prepared presented brokered authored negotiated crafted floated drawn delivered put".split(
    " ",
  ),
);
/** Verbs whose subject is the author of the plan they govern ("pressed Kyiv to accept a framework"). */
export const PUSH_VERBS = new Set(
  "press push propose present unveil draft deliver circulate send table submit offer float pitch outline prepare draw put urge".split(
    " ",
  ),
);
/** Names that are never an unknown disputed place: continents, regions of the world, institutions. */
export const NOT_PLACES =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Europe|Asia|Africa|America|North America|South America|Latin America|the West|West|East|Middle East|Eurasia|Scandinavia|Balkans)$|\b(Forum|Institute|Council|Centre|Center|University|Agency|Ministry|Party|Front|Court|Commission|Assembly|Parliament|Congress|Senate|Bank|Fund|Foundation|Group|Association|Union|Office|Service|Command|Army|Navy|Guard|Minister|President|Secretary|Spokesman|Spokeswoman|Chancellor|Ambassador|Envoy|General|Governor|Premier|Sea|Ocean|River|Gulf|Strait|Memorandum|Agreement|Agreements|Accord|Accords|Treaty|Declaration|Plan|Format|Protocol|Resolution|Charter|Convention|Initiative)\b|^(Serb|Serbs|Croat|Croats|Kurd|Kurds|Turk|Turks|Arab|Arabs|Tatar|Tatars|Pole|Poles|Czech|Slovak|Greek|Greeks|Cypriot|Cypriots|Sahrawi|Sahrawis|Albanian|Albanians)$/;
/** Verbs of giving up an aim ("abandon its bid to join NATO"). */
export const RENOUNCE = new Set([
  "abandon",
  "drop",
  "renounce",
  "forgo",
  "forswear",
  "shelve",
  "withdraw",
  // "wants Ukraine barred from NATO", "kept out of NATO"
  "bar",
  "barred",
  "exclude",
  "ban",
  "block",
  "keep",
]);
/** Verbs whose object is asked to act ("urged Kosovo to …"). */
export const REQUEST_VERBS = new Set("urge call press ask tell pressure force order want expect".split(" "));
/** Participles of control used attributively ("the occupied parts"). */
export const CONTROL_PARTICIPLES = new Set(["held", "occupied", "controlled", "annexed", "administered"]);
/** Nouns that may follow an unknown place name ("the Kursk region"). */
export const PLACE_NOUNS = new Set(
  "region province oblast district island islands peninsula valley corridor territory territories enclave exclave".split(
    " ",
  ),
);
/** Verbs whose subject proposes the noun cue that follows ("floated recognition"). */
export const PROPOSE_VERBS = new Set(
  "float propose offer suggest back support grant extend seek want consider".split(" "),
);
/** Lemmas and particles that end a cession verb before a bare "territory". */
export const CESSION_LEMMAS = new Set([
  "cede",
  "surrender",
  "relinquish",
  "concede",
  "up",
  "over",
  "away",
  "yield",
  "trade",
  "swap",
  "exchange",
]);
/** Nouns of an act whose possessor is its agent ("Belgrade's refusal to recognize"). */
export const NOMINALS = new Set(
  "refusal decision demand demands plan offer proposal bid attempt readiness willingness insistence call".split(
    " ",
  ),
);
/** Nouns after "its" that stand for a party ("its troops"). */
export const AGENT_HEADS = new Set([
  "troops",
  "forces",
  "army",
  "government",
  "leaders",
  "officials",
  "military",
]);
/** Quantity words before "of it" ("three quarters of it"). */
export const QUANTITY = new Set([
  "parts",
  "part",
  "quarters",
  "half",
  "third",
  "thirds",
  "most",
  "much",
  "percent",
  "%",
  "rest",
  "remainder",
  "all",
]);
/** Nouns of a definite description that refers to the last named territory ("the peninsula"). */
export const ANAPHORS = new Set([
  "peninsula",
  "region",
  "territory",
  "island",
  "oblast",
  "province",
  "enclave",
  "capital",
  "city",
]);
/** Titles before a person's name ("policy chief Josep Borrell"): what follows is not a place. */
export const TITLES = new Set(
  "chief minister president leader envoy spokesman spokeswoman spokesperson secretary official ambassador general commander premier chancellor".split(
    " ",
  ),
);
/** Verbs of speech, for finding the speaker of a quotation. */
export const SPEECH = new Set([
  "say",
  "tell",
  "add",
  "state",
  "declare",
  "insist",
  "warn",
  "write",
  "stress",
  "suggest",
  "note",
  "argue",
  "explain",
  "tweet",
  "post",
  "repeat",
  "reiterate",
  "reaffirm",
]);

/** The party of the actor next to a speech verb in the sentence (`X said`, `said X`), if any. */
export function speakerOf(
  tokens: readonly TextToken[],
  from: number,
  to: number,
  mentions: readonly Mention[],
): string[] | "he" | "she" | "they" | undefined {
  for (let k = from; k < to; k++) {
    if (!SPEECH.has(tokens[k]?.lemma ?? "")) continue;
    const pron = [tokens[k - 1], tokens[k + 1]].find((t) => t && ["he", "she", "they"].includes(t.norm));
    if (pron) return pron.norm as "he" | "she" | "they";
    const near = mentions.find(
      (m) =>
        ACTOR_KINDS.has(m.kind) &&
        ((m.endToken <= k && m.endToken >= k - 1) ||
          (m.firstToken > k && m.firstToken <= k + 2) ||
          // "the U.S. State Department said", "Russia's foreign ministry said"
          (m.endToken < k &&
            m.endToken >= k - 3 &&
            tokens
              .slice(m.endToken, k)
              .every((t) => ["NOUN", "PROPN", "PART"].includes(t.pos) || t.norm === "'s"))),
    );
    if (near) return near.ids;
  }
  return undefined;
}

/** "would regain control of …": a demand, not a fact of control. */
export function regainWanted(tokens: readonly TextToken[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const t = tokens[k];
    if (t && (t.lemma === "regain" || t.lemma === "restore")) {
      const before = tokens.slice(Math.max(0, k - 3), k).map((x) => x.norm);
      return before.some((w) => ["would", "will", "must", "should", "to", "wants", "seeks"].includes(w));
    }
  }
  return false;
}

/** "determined to take all of Donbas", "wants to seize": an aim, not a fact of control. */
export function intentBefore(tokens: readonly TextToken[], at: number): boolean {
  if (tokens[at - 1]?.norm !== "to") return false;
  const words = tokens.slice(Math.max(0, at - 4), at - 1).map((t) => t.lemma);
  return words.some((w) =>
    [
      "determine",
      "determined",
      "want",
      "seek",
      "intend",
      "aim",
      "resolve",
      "resolved",
      "vow",
      "pledge",
      "promise",
      "fight",
      "struggle",
      "strive",
      "try",
      "ready",
      "prepared",
      "poised",
    ].includes(w),
  );
}

/** "must recognise", "should accept": an obligation someone states. */
export function mustBefore(tokens: readonly TextToken[], at: number): boolean {
  return [tokens[at - 1]?.norm, tokens[at - 2]?.norm].some((w) => w === "must" || w === "should");
}

export function offerCue(tokens: readonly TextToken[], clause: Clause, tr: Trigger): boolean {
  for (let k = Math.max(clause.start, tr.start - 5); k < tr.start; k++) {
    const n = tokens[k]?.norm ?? "";
    if (
      [
        "offer",
        "offered",
        "offers",
        "propose",
        "proposed",
        "willing",
        "ready",
        "prepared",
        "agreed",
        "agree",
        "open",
      ].includes(n)
    )
      return true;
  }
  return false;
}

export function basisFromWording(
  tokens: readonly TextToken[],
  start: number,
  end: number,
): IngestClaim["basis"] {
  const words = tokens.slice(start, end);
  if (words.some((t) => THREAT_WORDS.has(t.norm))) return "threat";
  if (words.some((t) => RHETORICAL.has(t.norm) || RHETORICAL.has(t.lemma))) return "rhetorical";
  return "formal_demand";
}

/** Merges claims with the same actor, stance, target and polarity, keeping the most confident. */
export function mergeClaims(claims: readonly IngestClaim[]): IngestClaim[] {
  const byKey = new Map<string, IngestClaim>();
  for (const c of claims) {
    const key = `${c.actor}|${c.stance}|${c.territory}|${c.negated}`;
    const prior = byKey.get(key);
    if (!prior || c.confidence > prior.confidence)
      byKey.set(key, prior ? { ...c, scope: c.scope ?? prior.scope } : c);
  }
  return [...byKey.values()];
}

/** A lower-case, dash-separated id part. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Rounds to two decimals. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
