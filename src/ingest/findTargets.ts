/**
 * What a claim is about, between two tokens: gazetteer places, cities, groups and issues (with a part or
 * whole scope and a share), "any territory" ("any territory", "surrender land", a party's own land when it is
 * refused), references to the last demanded targets ("these territories", "some of them"), "the four
 * regions", anaphors ("the peninsula") for the place last named, and place names outside the gazetteer.
 * Places that were struck, lie on a front line, are only a location, or set a condition are left out, and an
 * appositive ends the object.
 * @module
 */
import {
  ACTOR_KINDS,
  ANAPHORS,
  ANY_TERRITORY,
  CESSION_LEMMAS,
  LOCATIVE,
  MODIFIER_PREPS,
  NOT_PLACES,
  OWN_LAND,
  PLACE_NOUNS,
  QUANTITY,
  REFERENCES,
  SPEECH,
  slug,
  TARGET_KINDS,
  TEMPORAL,
  TITLES,
} from "./claimRules.js";
import type { ClauseScope, Target } from "./clauseContext.js";
import type { Stance } from "./ingestResult.js";

/** Nouns after a place's possessive that still name (part of) the place or its status. */
const OWN_PARTS = new Set(
  "territory land lands soil region regions cities towns villages parts part north south east west border independence sovereignty statehood status annexation occupation".split(
    " ",
  ),
);

/** Facilities named with their place ("the Zaporizhzhia nuclear power plant") and later referred to alone. */
const FACILITIES = new Set([
  "plant",
  "station",
  "dam",
  "port",
  "bridge",
  "airport",
  "base",
  "reactor",
  "reactors",
]);

/** A power plant is also "the station" and the reverse. */
const POWER = new Set(["plant", "station", "reactor", "reactors"]);

/** Nouns of an attack: a place after them was struck, not claimed. */
const STRIKE_WORDS = new Set([
  "attack",
  "attacks",
  "strike",
  "strikes",
  "shelling",
  "bombardment",
  "bombing",
  "raid",
  "raids",
]);

/**
 * The targets named in tokens `[from, to)` for a claim of `stance`, in order. `allowUnknown` admits anaphors
 * ("the peninsula") and, unless the options turn unknown places off, place names outside the gazetteer.
 * @example findTargets(ctx, tr.end, ctx.clause.end, true, "demands") // "Russia demands Kherson" → [{id: "UA-65", …}]
 */
export function findTargets(
  ctx: ClauseScope,
  from: number,
  to: number,
  allowUnknown: boolean,
  stance?: Stance,
): Target[] {
  const { tokens, text, mentions, options, knownNames, names, mentionAt, covered, dateTokens } = ctx.article;
  const { discourse } = ctx;
  const out: Target[] = [];
  const add = (t: Target) => {
    if (!out.some((o) => o.id === t.id)) out.push(t);
  };
  let scope: "part" | "whole" | undefined;
  let share: number | undefined;
  let issueSeen = false;
  const anaphoric = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) continue;
    // An appositive after a target ends the object: "the Zangezur corridor, a route through …".
    const nextWord = tokens[k + 1]?.norm ?? "";
    if (t.text === "," && (nextWord === "which" || nextWord === "who")) break;
    // An appositive ("Kherson, a port city …") ends the object; a list ("neutrality, a cap on its army and the
    // lifting of sanctions") does not.
    if (out.length > 0 && t.text === "," && (nextWord === "a" || nextWord === "an")) {
      const rest = tokens.slice(k + 1, Math.min(to, k + 14));
      const and = rest.findIndex((x) => x.norm === "and");
      const verb = rest.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
      if (and < 0 || (verb >= 0 && verb < and)) break;
    }
    // "the return of Varosha, the fenced-off seaside quarter of Famagusta": an appositive describing it.
    if (
      out.length > 0 &&
      t.text === "," &&
      nextWord === "the" &&
      !mentionAt.has(k + 2) &&
      !mentionAt.has(k + 3) &&
      tokens.slice(k + 2, k + 7).some((x) => x.norm === "of" || x.norm === "in")
    )
      break;
    if ((t.norm === "parts" || t.norm === "part" || t.norm === "portions") && tokens[k + 1]?.norm === "of")
      scope = "part";
    if ((t.norm === "most" || t.norm === "much") && tokens[k + 1]?.norm === "of") scope = "part";
    if ((t.norm === "all" && tokens[k + 1]?.norm === "of") || t.norm === "entire" || t.norm === "whole")
      scope = "whole";
    if (t.norm === "but" || t.norm === "including") scope = undefined;
    if (t.pos === "NUM" && ["%", "percent", "per"].includes(tokens[k + 1]?.norm ?? "")) {
      share = Number.parseFloat(t.norm);
      scope = "part";
    }
    if (/^\d+(\.\d+)?%$/.test(t.norm)) {
      share = Number.parseFloat(t.norm);
      scope = "part";
    }
    for (const words of ANY_TERRITORY)
      if (words.every((w, j) => tokens[k + j]?.norm === w)) add({ id: "*", name: "any territory" });
    // "any of the country's land", "any part of our territory": any territory
    if (t.norm === "any") {
      const rest = tokens.slice(k + 1, k + 7);
      const land = rest.findIndex((x) => ["land", "lands", "territory", "territories"].includes(x.norm));
      if (
        land >= 0 &&
        rest
          .slice(0, land)
          .every((x) =>
            [
              "of",
              "the",
              "its",
              "our",
              "their",
              "country",
              "'s",
              "part",
              "national",
              "sovereign",
              "ukrainian",
              "own",
            ].includes(x.norm),
          )
      )
        add({ id: "*", name: "any territory" });
    }
    if (stance === "refuses_to_cede")
      for (const words of OWN_LAND)
        if (words.every((w, j) => tokens[k + j]?.norm === w)) add({ id: "*", name: "any territory" });
    // "the four regions", "all four regions": Russia's four claimed units when the article names one.
    if (
      ["four", "4"].includes(t.norm) &&
      ["regions", "oblasts", "provinces", "territories"].includes(tokens[k + 1]?.norm ?? "")
    ) {
      const four = ["UA-14", "UA-09", "UA-23", "UA-65"];
      if (mentions.some((m) => m.ids.some((id) => four.includes(id))))
        for (const id of four) add({ id, name: names.get(id) ?? id });
    }
    for (const words of REFERENCES)
      if (words.every((w, j) => tokens[k + j]?.norm === w))
        // "these territories", "the four regions": places, not an issue named since
        for (const lt of discourse.lastTargets)
          if (
            !lt.id.startsWith("issue:") ||
            !["territories", "regions", "areas", "lands", "oblasts"].includes(words.at(-1) ?? "")
          )
            add({ ...lt });
    if (
      t.norm === "of" &&
      ["it", "them"].includes(tokens[k + 1]?.norm ?? "") &&
      QUANTITY.has(tokens[k - 1]?.norm ?? "")
    )
      for (const lt of discourse.lastTargets) add({ ...lt, scope: "part" });
    // "the peninsula", "the regional capital": the territory last named.
    if (t.norm === "the" && !LOCATIVE.has(tokens[k - 1]?.norm ?? "")) {
      let h = k + 1;
      if (tokens[h]?.pos === "ADJ") h++;
      if (ANAPHORS.has(tokens[h]?.norm ?? "") && tokens[h + 1]?.norm !== "of") {
        const prior = mentions.filter(
          (m) =>
            (m.kind === "territory" || m.kind === "city") && m.endToken <= k && m.sentence >= t.sentence - 2,
        );
        const last = prior.at(-1);
        if (last && !mentionAt.has(h + 1) && allowUnknown)
          for (const id of last.ids) {
            if (!out.some((o) => o.id === id)) anaphoric.add(id);
            add({ id, name: names.get(id) ?? last.text });
          }
      }
      // "the plant", "the six-reactor station": the place whose facility was named ("the Zaporizhzhia nuclear
      // power plant"), anywhere earlier in the article
      let f = k + 1;
      while (f < k + 4 && (tokens[f]?.pos === "ADJ" || tokens[f]?.text === "-" || tokens[f]?.pos === "NUM"))
        f++;
      const facility = tokens[f]?.norm ?? "";
      if (FACILITIES.has(facility) && tokens[f + 1]?.norm !== "of" && allowUnknown) {
        const owner = mentions
          .filter(
            (m) =>
              (m.kind === "territory" || m.kind === "city") &&
              m.endToken <= k &&
              tokens
                .slice(m.endToken, m.endToken + 4)
                .some((x) => x.norm === facility || (POWER.has(facility) && POWER.has(x.norm))),
          )
          .at(-1);
        if (owner)
          for (const id of owner.ids) {
            if (!out.some((o) => o.id === id)) anaphoric.add(id);
            add({ id, name: names.get(id) ?? owner.text });
          }
      }
    }
    // "surrender territory", "give up land": any territory.
    let c = k - 1;
    while (["any", "its", "their", "of", "more", "some"].includes(tokens[c]?.norm ?? "")) c--;
    if (
      ["territory", "land", "territories", "lands"].includes(t.norm) &&
      CESSION_LEMMAS.has(tokens[c]?.lemma ?? "") &&
      c >= from - 1
    )
      add({ id: "*", name: "any territory" });
    for (const m of mentionAt.get(k) ?? []) {
      if (!TARGET_KINDS.has(m.kind) || m.endToken > to) continue;
      let p = m.firstToken - 1;
      if (tokens[p]?.pos === "DET") p--;
      const prep = tokens[p]?.norm ?? "";
      if (TEMPORAL.has(prep)) continue;
      // "Kosovo's documents", "Crimea's water supply": a place modifying another noun is not the target
      // (unlike "Kharkiv's border villages", "Kosovo's independence")
      if (
        m.kind !== "issue" &&
        (tokens[m.endToken]?.norm === "'s" || tokens[m.endToken]?.norm === "\u2019s")
      ) {
        let h = m.endToken + 1;
        const heads: string[] = [];
        while (["NOUN", "ADJ"].includes(tokens[h]?.pos ?? "") && heads.length < 4)
          heads.push(tokens[h++]?.norm ?? "");
        if (heads.length > 0 && !heads.some((w) => OWN_PARTS.has(w))) continue;
      }
      // "condemned an attack on Dnipro", "strikes on Odesa": a place that was struck is not what is claimed.
      if (tokens.slice(Math.max(from, m.firstToken - 6), m.firstToken).some((x) => STRIKE_WORDS.has(x.norm)))
        continue;
      // The subject of the next verb ("… saying Kosovo will not give up …") is not a target.
      const dual = mentions.some((x) => x.start === m.start && ACTOR_KINDS.has(x.kind));
      const nextPos = tokens[m.endToken]?.pos;
      if (dual && (nextPos === "AUX" || nextPos === "VERB")) continue;
      // "freeze the front line in Kherson", "an offensive near Huliaipole": the place is the object.
      const frontBefore = tokens.slice(Math.max(from, m.firstToken - 8), m.firstToken).some(
        (x) =>
          ["line", "lines", "front", "fighting", "contact", "positions"].includes(x.norm) ||
          // "withdraw from a 15-kilometre strip in the Sumy region", "villages in Kharkiv"
          ((stance === "demands" || stance === "refuses_to_cede" || stance === "offers") &&
            [
              "strip",
              "zone",
              "belt",
              "area",
              "areas",
              "villages",
              "towns",
              "districts",
              "settlements",
            ].includes(x.norm)) ||
          // "will not surrender a single grain of sand at Bajo de Masinloc"
          (stance === "refuses_to_cede" &&
            ["sand", "land", "inch", "metre", "meter", "territory"].includes(x.norm)) ||
          false,
      );
      if (
        m.kind !== "issue" &&
        stance !== "controls" &&
        stance !== "threatens" &&
        !frontBefore &&
        // "China's claims at Scarborough", "its claim in the South China Sea"
        !["claims", "claim", "sovereignty"].includes(tokens[p - 1]?.norm ?? "") &&
        LOCATIVE.has(prep)
      )
        continue;
      const lead = tokens
        .slice(Math.max(from, m.firstToken - 4), m.firstToken)
        .map((x) => x.norm)
        .join(" ");
      if (/\b(condition for|conditions for|exchange for|return for|precondition for)\b/.test(lead)) continue;
      if (
        m.kind !== "issue" &&
        issueSeen &&
        tokens.slice(Math.max(from, m.firstToken - 4), m.firstToken).some((x) => MODIFIER_PREPS.has(x.norm))
      )
        continue;
      const withScope = (id: string): Target => ({
        id,
        name: names.get(id) ?? id,
        ...(scope ? { scope } : {}),
        ...(share !== undefined && Number.isFinite(share) ? { share } : {}),
      });
      if (m.kind === "issue") {
        issueSeen = true;
        add({ id: `issue:${m.ids[0]}`, name: names.get(`issue:${m.ids[0]}`) ?? m.text });
      } else for (const id of m.ids) add(withScope(id));
      share = undefined;
    }
  }
  // In an article about known places (a gazetteer's territories are named), a bare unknown name is most often a
  // village or a person; only "the X region / islands / …" is reported there.
  const knownPlaces = mentions.some((m) => m.kind === "territory" || m.kind === "city" || m.kind === "group");
  if (out.length === 0 && allowUnknown && options.unknownPlaces !== false) {
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t?.pos !== "PROPN" || covered.has(k) || dateTokens.has(k)) continue;
      const prev = tokens[k - 1];
      if (prev && (prev.pos === "PROPN" || prev.text === "-") && !covered.has(k - 1) && k > from) continue;
      if (prev && ["in", "at", "near"].includes(prev.norm)) continue;
      let e = k + 1;
      while (
        e < to &&
        (tokens[e]?.pos === "PROPN" || (tokens[e]?.text === "-" && tokens[e + 1]?.pos === "PROPN")) &&
        !covered.has(e)
      )
        e++;
      if (
        e < to &&
        tokens[e]?.norm === "and" &&
        tokens[e + 1]?.pos === "PROPN" &&
        !covered.has(e + 1) &&
        tokens[e + 2]?.pos !== "PROPN"
      ) {
        // "Jammu and Kashmir": keep together only when followed by nothing else proper.
        const after = tokens[e + 2];
        if (after && after.pos !== "PROPN" && /^(Jammu|Trinidad|Bosnia)$/.test(tokens[e - 1]?.text ?? ""))
          e += 2;
      }
      const name = text.slice(t.start, tokens[e - 1]?.end ?? t.end);
      if (knownPlaces && !PLACE_NOUNS.has(tokens[e]?.norm ?? "")) continue;
      // A person ("EU foreign policy chief Josep Borrell said"), not a place.
      if (TITLES.has(tokens[k - 1]?.norm ?? "") || SPEECH.has(tokens[e]?.lemma ?? "")) continue;
      // "the village of Kindrashivka north of Kupiansk", "Sudzha in the Kursk region": a place inside a known
      // one is reported as the known one (named right after it), not as an unknown territory.
      const inside = tokens
        .slice(e, e + 6)
        .findIndex((x) => ["in", "near", "outside", "of", "around"].includes(x.norm));
      if (
        inside >= 0 &&
        [1, 2, 3].some((d) =>
          (mentionAt.get(e + inside + d) ?? []).some((m) => m.kind === "territory" || m.kind === "city"),
        )
      )
        continue;
      const follower = tokens[e];
      if (knownNames.has(name.toLowerCase())) continue;
      // Continents, seas and bodies, and a person named after a speech verb, are not disputed places.
      if (NOT_PLACES.test(name) || SPEECH.has(tokens[k - 1]?.lemma ?? "")) continue;
      // "the Franco-German plan", "Sino-Russian ties": a combining form, not a place.
      if (
        (tokens[e]?.text === "-" && /(an|ese|ish|ch)$/i.test(tokens[e + 1]?.text ?? "")) ||
        /-[A-Z][a-z]+(an|ese|ish|ch)$/.test(name)
      )
        continue;
      if (follower && follower.pos === "NOUN" && e - k === 1 && !PLACE_NOUNS.has(follower.norm)) continue;
      if (
        /(ian|ese|ish|ans|an)$/.test(tokens[e - 1]?.norm ?? "") &&
        (e - k === 1 || tokens[e - 2]?.text === "-")
      )
        continue;
      add({ id: `unknown:${slug(name)}`, name, unknown: true });
      k = e - 1;
    }
  }
  // An anaphor ("the island") only stands in when nothing else is named.
  if (anaphoric.size > 0 && out.some((o) => !anaphoric.has(o.id)))
    return out.filter((o) => !anaphoric.has(o.id));
  return out;
}
