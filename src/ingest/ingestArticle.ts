/**
 * Reading one article: markup removed with offsets kept, the NLP pass, gazetteer mentions, claims and
 * events. The gazetteer is the scenario's (when given) merged over the built-in one, plus any extra
 * gazetteer passed in. Pure: the caller reads files and passes text.
 * @module
 */

import { EngineError } from "../errors.js";
import type { Scenario } from "../model/index.js";
import { actingActors } from "./actingActors.js";
import { alignGazetteer } from "./alignGazetteer.js";
import { analyzeText } from "./analyzeText.js";
import { builtinGazetteer } from "./builtinGazetteer.js";
import { claimCandidates } from "./claimCandidates.js";
import type { ClaimModel } from "./claimModel.js";
import { detectArticleDate } from "./detectArticleDate.js";
import { extractClaims } from "./extractClaims.js";
import { extractEvents } from "./extractEvents.js";
import { findMentions } from "./findMentions.js";
import type { Gazetteer } from "./gazetteer.js";
import { gazetteerFromScenario } from "./gazetteerFromScenario.js";
import type { IngestActor, IngestResult, IngestTerritory } from "./ingestResult.js";
import { mergeGazetteers } from "./mergeGazetteers.js";
import { modelClaims } from "./modelClaims.js";
import { shippedClaimModel } from "./shippedClaimModel.js";
import { type ArticleFormat, detectFormat, toPlainText } from "./toPlainText.js";

/** Options of {@link ingestArticle}. */
export interface IngestOptions {
  /** Scenario whose parties, people, territories and aliases are matched first. */
  scenario?: Scenario;
  /** Extra gazetteers (e.g. for a dispute without a scenario), matched before the built-in one. */
  gazetteers?: readonly Gazetteer[];
  /** Use the built-in gazetteer (default true). */
  builtin?: boolean;
  /** The article's date, YYYY-MM-DD; default: a dateline in the text, if any. */
  date?: string;
  /** Input format; default: detected from `fileName` and the content. */
  format?: ArticleFormat;
  fileName?: string;
  /** Report place names outside the gazetteers in claim target slots as unknown territories (default true). */
  unknownPlaces?: boolean;
  /**
   * The claim model that adds claims the rules miss (default: the shipped model); `false` for the rules
   * alone.
   */
  claimModel?: ClaimModel | false;
}

/** The gazetteer {@link ingestArticle} uses for `options`. */
export function gazetteerFor(options: IngestOptions): Gazetteer {
  const parts: Gazetteer[] = [];
  const fromScenario = options.scenario ? gazetteerFromScenario(options.scenario) : undefined;
  if (fromScenario) parts.push(fromScenario);
  parts.push(...(options.gazetteers ?? []));
  if (options.builtin !== false)
    parts.push(fromScenario ? alignGazetteer(builtinGazetteer, fromScenario) : builtinGazetteer);
  return mergeGazetteers(parts);
}

/**
 * Extracts actors, territories, claims and events from one article (`text`: plain text, Markdown or HTML).
 * Offsets in the result index into `text` itself. Throws EngineError("invalid_argument") for a malformed
 * `date`.
 * @example ingestArticle(seedText, {date: "2025-04-23"}).claims.filter((c) => c.stance === "demands").length
 */
export function ingestArticle(text: string, options: IngestOptions = {}): IngestResult {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    throw new EngineError("invalid_argument", `invalid date: ${options.date} (use YYYY-MM-DD)`);
  const format = options.format ?? detectFormat(text, options.fileName);
  const plain = toPlainText(text, format);
  const gazetteer = gazetteerFor(options);
  const analyzed = analyzeText(plain);
  const mentions = findMentions(analyzed, gazetteer);
  const date = options.date ?? detectArticleDate(plain);
  const claims = extractClaims(analyzed, mentions, gazetteer, {
    ...(options.unknownPlaces !== undefined ? { unknownPlaces: options.unknownPlaces } : {}),
  });
  const model = options.claimModel ?? shippedClaimModel();
  if (model)
    claims.push(...modelClaims(model, analyzed, claimCandidates(analyzed, mentions), claims, gazetteer));
  const events = extractEvents(analyzed, mentions, date);

  const actorNames = new Map(gazetteer.actors.map((a) => [a.id, a.name]));
  const actors = new Map<string, IngestActor>();
  const territoryNames = new Map(gazetteer.territories.map((t) => [t.id, t.name]));
  const territories = new Map<string, IngestTerritory>();
  const acting = actingActors(analyzed.tokens, mentions, claims, events);
  for (const m of mentions) {
    if (m.kind === "actor" || m.kind === "person" || m.kind === "demonym" || m.kind === "metonym") {
      if (!m.ids.some((id) => acting.has(id))) continue;
      for (const id of m.ids) {
        const a = actors.get(id) ?? { id, name: actorNames.get(id) ?? id, mentions: 0, people: [] };
        a.mentions++;
        if (m.person && !a.people.includes(m.person)) a.people.push(m.person);
        actors.set(id, a);
      }
    } else if (m.kind === "territory" || m.kind === "city" || m.kind === "group") {
      for (const id of m.ids) {
        const t = territories.get(id) ?? { id, name: territoryNames.get(id) ?? id, mentions: 0, forms: [] };
        t.mentions++;
        if (!t.forms.includes(m.text)) t.forms.push(m.text);
        territories.set(id, t);
      }
    }
  }
  for (const c of claims)
    if (c.territory.startsWith("unknown:") && !territories.has(c.territory))
      territories.set(c.territory, {
        id: c.territory,
        name: c.targetName,
        mentions: 1,
        forms: [c.targetName],
        unknown: true,
      });
  const firstLine = plain.trim().split("\n")[0]?.trim() ?? "";
  const title =
    firstLine.length > 0 && firstLine.length <= 140 && !/[.!?]$/.test(firstLine) ? firstLine : undefined;
  return {
    ...(date ? { date } : {}),
    ...(title ? { title } : {}),
    actors: [...actors.values()],
    territories: [...territories.values()],
    claims,
    events,
  };
}
