/**
 * Statements of belonging: "Crimea remains Ukrainian", "Donetsk is Russian land", "the Golan is an integral
 * part of Syria", "Kosovo will always be Serbia", "the islands belong to Argentina". Each gives the place, the
 * party it is said to belong to and whether the statement is negated; who says it is decided by the caller.
 * Only present and future statements count: "Kosovo was part of Serbia until 2008" is history, not a claim.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import type { Mention } from "./findMentions.js";
import type { Gazetteer } from "./gazetteer.js";

/** A place said to belong to a party, or (`control`) to be held by it ("remains in Ukrainian hands"). */
export interface Belonging {
  kind: "belongs" | "control";
  /** The place's mention. */
  place: Mention;
  /** Party ids it is said to belong to. */
  owners: string[];
  /** Token range of the predicate ("remains Ukrainian"). */
  start: number;
  end: number;
  negated: boolean;
  /** Stated in the past tense ("was a Russian city"): a claim only in reported speech (backshift). */
  past: boolean;
  /** "will always remain Ukrainian": keeping a place, not getting it. */
  keep: boolean;
}

const COPULAS = new Set([
  "belonged",
  "is",
  "are",
  "remains",
  "remain",
  "belongs",
  "belong",
  "'s",
  "stays",
  "was",
  "were",
  "remained",
  "fell",
  "falls",
]);
const PAST = new Set(["was", "were", "remained", "fell"]);
const HEADS = new Set([
  "region",
  "regions",
  "oblast",
  "oblasts",
  "province",
  "provinces",
  "peninsula",
  "plant",
  "islands",
]);
const ANAPHORS = new Set([
  "city",
  "town",
  "village",
  "station",
  "plant",
  "region",
  "peninsula",
  "island",
  "islands",
  "province",
  "oblast",
]);
const FUTURE = new Set(["will", "shall", "must", "should", "would"]);
const FILLERS = new Set(
  "a an the still always forever eternally historically rightfully an integral inalienable indivisible inseparable historic historical rightful sovereign ancestral original constituent".split(
    " ",
  ),
);
const LAND = new Set([
  "land",
  "lands",
  "territory",
  "soil",
  "region",
  "territories",
  "city",
  "town",
  "port",
  "facility",
]);
const NEGATORS = new Set(["not", "n't", "never", "no"]);
/** Mention kinds that name a party itself (not a person or a demonym): the owner after "part of". */
const PARTY_KINDS = new Set(["actor", "metonym"]);

/** Lower-case demonym → party ids ("ukrainian" → UA). */
function demonymIndex(gazetteer: Gazetteer): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of gazetteer.actors)
    for (const d of a.demonyms ?? []) {
      const key = d.toLowerCase();
      out.set(key, [...new Set([...(out.get(key) ?? []), a.id])]);
    }
  return out;
}

/**
 * Finds statements of belonging in tokens `[start, end)`.
 * @example findBelonging(tokens, 0, tokens.length, mentions, gazetteer) // "Crimea is Ukrainian" → UA
 */
export function findBelonging(
  tokens: readonly TextToken[],
  start: number,
  end: number,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
): Belonging[] {
  const demonyms = demonymIndex(gazetteer);
  const out: Belonging[] = [];
  const places = mentions.filter(
    (m) =>
      (m.kind === "territory" || m.kind === "city" || m.kind === "group") &&
      m.firstToken >= start &&
      m.endToken <= end &&
      // a place named as the party itself ("Kosovo is ready") is not the subject here
      !mentions.some((x) => x.start === m.start && PARTY_KINDS.has(x.kind)),
  );
  // "the city remained in Ukrainian hands": the place last named, within two sentences.
  for (let i = start; i < end - 1; i++)
    if (
      tokens[i]?.norm === "the" &&
      ANAPHORS.has(tokens[i + 1]?.norm ?? "") &&
      tokens[i + 2]?.norm !== "of"
    ) {
      const sentence = tokens[i]?.sentence ?? 0;
      const noun = tokens[i + 1]?.norm ?? "";
      // "the station", "the plant": the place whose facility was named, anywhere before; others within two sentences
      const facility = noun === "station" || noun === "plant";
      const prior = mentions
        .filter(
          (m) =>
            (m.kind === "territory" || m.kind === "city") &&
            m.endToken <= i &&
            (facility
              ? tokens
                  .slice(m.endToken, m.endToken + 4)
                  .some((x) => x.norm === "plant" || x.norm === "station")
              : m.sentence >= sentence - 2),
        )
        .at(-1);
      if (prior)
        places.push({ ...prior, firstToken: i, endToken: i + 2, start: tokens[i]?.start ?? 0, sentence });
    }
  places.sort((a, b) => a.firstToken - b.firstToken);
  for (const place of places) {
    let k = place.endToken;
    // "Crimea, he added, remains …": skip a parenthetical speaker.
    if (tokens[k]?.text === ",") {
      const close = tokens.slice(k + 1, k + 6).findIndex((t) => t.text === ",");
      if (close > 0) k = k + 2 + close;
    }
    // "the Zaporizhzhia and Kherson regions were …", "the Essequibo region "is Venezuelan": the head noun.
    while (HEADS.has(tokens[k]?.norm ?? "") || /^["“”]$/.test(tokens[k]?.text ?? "")) k++;
    let negated = false;
    let future = false;
    let copula = -1;
    for (let j = k; j < Math.min(end, k + 5); j++) {
      const t = tokens[j];
      if (!t) break;
      if (NEGATORS.has(t.norm)) negated = true;
      else if (FUTURE.has(t.norm)) future = true;
      else if (COPULAS.has(t.norm) || (future && ["be", "remain", "belong", "stay"].includes(t.norm))) {
        copula = j;
        break;
      } else if (t.norm === "has" || t.norm === "have") {
        // "has always been part of Russia"
        if (tokens[j + 1]?.norm === "always" && tokens[j + 2]?.norm === "been") {
          copula = j + 2;
          break;
        }
      } else if (t.pos !== "ADV") break;
    }
    if (copula < 0) continue;
    const verb = tokens[copula]?.norm ?? "";
    // "fell to Russian forces", "remained in Ukrainian hands", "is under Russian control": who holds it.
    const holder = controlHolder(tokens, copula, end, mentions, demonyms);
    if (holder) {
      out.push({
        kind: "control",
        place,
        owners: holder.ids,
        start: copula,
        end: holder.end,
        negated,
        past: PAST.has(verb),
        keep: false,
      });
      continue;
    }
    const past = PAST.has(verb);
    const keep = future && ["remain", "stay"].includes(verb);
    let p = copula + 1;
    if (tokens[copula]?.lemma === "belong" || tokens[copula]?.norm === "belong") {
      if (tokens[p]?.norm !== "to") continue;
      p++;
    }
    while (
      p < end &&
      tokens[p] &&
      (FILLERS.has(tokens[p]?.norm ?? "") ||
        NEGATORS.has(tokens[p]?.norm ?? "") ||
        /^["“”']$/.test(tokens[p]?.text ?? ""))
    ) {
      if (NEGATORS.has(tokens[p]?.norm ?? "")) negated = true;
      p++;
    }
    if (
      [
        "part",
        "parts",
        "entity",
        "entities",
        "subject",
        "subjects",
        "region",
        "regions",
        "province",
      ].includes(tokens[p]?.norm ?? "") &&
      tokens[p + 1]?.norm === "of"
    )
      p += 2;
    if (tokens[p]?.norm === "the") p++;
    const actor = mentions.find(
      (m) => m.firstToken === p && (PARTY_KINDS.has(m.kind) || m.kind === "territory"),
    );
    let owners: string[] | undefined;
    let stop = p + 1;
    if (actor) {
      const asParty = mentions.find((m) => m.firstToken === p && PARTY_KINDS.has(m.kind));
      if (!asParty) {
        // "part of Ukraine" where only the territory reading exists: the gazetteer's actor of that name.
        const named = gazetteer.actors.find((a) =>
          [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase() === actor.text.toLowerCase()),
        );
        if (named) owners = [named.id];
      } else owners = asParty.ids;
      stop = actor.endToken;
    } else {
      const word = tokens[p]?.norm ?? "";
      const ids = demonyms.get(word);
      if (
        ids &&
        (LAND.has(tokens[p + 1]?.norm ?? "") || !["NOUN", "PROPN"].includes(tokens[p + 1]?.pos ?? ""))
      )
        owners = ids;
      if (ids && LAND.has(tokens[p + 1]?.norm ?? "")) stop = p + 2;
    }
    if (!owners || owners.length === 0) continue;
    if (owners.some((o) => place.ids.includes(o))) continue;
    // Coordinated subjects: "Donetsk, Luhansk and Kherson are Russian land".
    const subjects = [place];
    for (;;) {
      const first = subjects[0] as Mention;
      const link = tokens[first.firstToken - 1]?.norm ?? "";
      if (![",", "and", "or"].includes(link)) break;
      const prior = places.find((m) => m.endToken === first.firstToken - 1);
      if (!prior) break;
      subjects.unshift(prior);
    }
    for (const s of subjects)
      out.push({ kind: "belongs", place: s, owners, start: copula, end: stop, negated, past, keep });
  }
  return out;
}

/** "fell to Russia", "in Ukrainian hands", "under Russian control/occupation": the holder after `copula`. */
function controlHolder(
  tokens: readonly TextToken[],
  copula: number,
  end: number,
  mentions: readonly Mention[],
  demonyms: ReadonlyMap<string, string[]>,
): { ids: string[]; end: number } | undefined {
  const verb = tokens[copula]?.norm ?? "";
  let p = copula + 1;
  while (tokens[p]?.pos === "ADV" && p < end) p++;
  const w = tokens[p]?.norm ?? "";
  const partyAt = (q: number): { ids: string[]; end: number } | undefined => {
    let r = q;
    if (tokens[r]?.norm === "the") r++;
    const m = mentions.find((x) => x.firstToken === r && (PARTY_KINDS.has(x.kind) || x.kind === "demonym"));
    if (m) return { ids: m.ids, end: m.endToken };
    const ids = demonyms.get(tokens[r]?.norm ?? "");
    return ids ? { ids, end: r + 1 } : undefined;
  };
  if ((verb === "fell" || verb === "falls") && w === "to") return partyAt(p + 1);
  if (w === "in") {
    const party = partyAt(p + 1);
    if (party && tokens[party.end]?.norm === "hands") return { ids: party.ids, end: party.end + 1 };
  }
  if (w === "under") {
    const party = partyAt(p + 1);
    if (party && ["control", "occupation", "rule"].includes(tokens[party.end]?.norm ?? ""))
      return { ids: party.ids, end: party.end + 1 };
  }
  return undefined;
}
