/**
 * The trigger lexicon: the word sets (lemmas and written forms) that findTriggers and its cue readers
 * (cessionAt, threatAt, controlAt, triggerLookAhead) match against tokens.
 * @module
 */

/** Words before a tagger-made plural noun that show it is a third-person verb ("which controls …"). */
export const VERB_CONTEXT = new Set(
  "which that who also still now again repeatedly firmly openly".split(" "),
);
/** Verbs that ask someone else to act ("want Ukraine to give up …"). */
export const REQUEST = new Set(
  "want demand insist urge press pressure push ask expect require force compel tell order call".split(" "),
);
/** Past forms the tagger sometimes mislabels ("had fully retaken/NOUN"). */
export const CONTROL_FORMS = new Set([
  "retaken",
  "retook",
  "recaptured",
  "captured",
  "seized",
  "liberated",
  "taken",
]);
/** Objects of "hold" that are not places ("hold talks", "hold elections"). */
export const TALK_NOUNS = new Set([
  "talks",
  "negotiations",
  "meetings",
  "meeting",
  "a",
  "an",
  "elections",
  "consultations",
]);
/** Nouns of acceptance ("support for", "backing of"). */
export const ACCEPT_NOUNS = new Set(["support", "backing", "endorsement", "acceptance"]);
/** Lemmas of demand ("claim", "seek", "covet"). */
export const DEMAND = new Set("demand claim seek covet reclaim want".split(" "));
/** Verbs that consider a place part of a country ("regards Crimea as part of Russia"). */
export const CONSIDER = new Set(
  "consider regard view deem see maintain insist assert argue describe call declare proclaim".split(" "),
);
/** Lemmas of cession. */
export const CESSION = new Set("cede surrender relinquish concede gift".split(" "));
/** Gerunds the tagger reads as nouns with themselves as lemma ("no intention of ceding/NOUN Kherson"). */
export const CESSION_ING = new Set("ceding surrendering relinquishing conceding".split(" "));
/** Nouns of cession ("concessions", "withdrawal", "handover"). */
export const CESSION_NOUNS = new Set(
  "cession cessions concession concessions withdrawal handover pullback pullout pull-out retreat surrender".split(
    " ",
  ),
);
/** Lemmas of offer. */
export const OFFER = new Set(["offer", "propose"]);
/** Adjectives of readiness before "to" ("willing to", "ready to"). */
export const OFFER_ADJ = new Set(["willing", "ready", "prepared", "open"]);
/** Lemmas of acceptance. */
export const ACCEPT = new Set("accept endorse approve embrace welcome".split(" "));
/** Lemmas of rejection. */
export const REJECT = new Set("reject dismiss oppose denounce condemn decline spurn repudiate".split(" "));
/** Lemmas of recognition. */
export const RECOGNIZE = new Set(["recognize", "recognise", "acknowledge"]);
/** Lemmas of control, verbs and nouns ("occupy", "annexation"). */
export const CONTROL = new Set(
  "control occupy hold seize capture annex administer retake recapture liberate occupation annexation".split(
    " ",
  ),
);
/** Written forms of control used as adjectives ("Russian-held", "occupied"). */
export const CONTROL_ADJ = new Set(["held", "occupied", "controlled", "annexed", "administered"]);
/** Lemmas of taking land by force (the object of a threat: "threatened to seize"). */
export const TAKE_VERBS = new Set(
  "seize take capture annex occupy invade attack march grab conquer offensive assault liberate overrun storm encircle".split(
    " ",
  ),
);
/** Lemmas of threat. */
export const THREATEN = new Set(["threaten", "threat"]);
/** Words for land as the object of an exchange ("trade land for a ceasefire"). */
export const LAND_WORDS = new Set(["land", "lands", "territory", "territories"]);
/** Verbs that put a plan forward ("presented plans for …", "unveiled a proposal for …"). */
export const PRESENT_VERBS = new Set(
  "present unveil table submit outline draft put circulate float".split(" "),
);
