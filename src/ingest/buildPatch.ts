/**
 * From ingest results to a scenario patch: one new source per article; claims to territories for
 * demands, threats and refusals to cede, with a basis inferred from the wording; control snapshots where
 * the article gives a share; events with resolved dates; notes for acceptances, rejections, offers,
 * recognitions and control statements without figures. Facts already in the scenario are skipped, and so
 * are findings about parties the scenario does not have.
 * @module
 */
import type { Claim, Scenario, ScenarioEvent } from "../model/index.js";
import type { IngestClaim, IngestResult } from "./ingestResult.js";
import type { PatchChange, PatchEvidence, PatchSkip, ScenarioPatch } from "./scenarioPatch.js";
import { ukraineTerritories } from "./ukraineTerritories.js";

/** One ingested article with what is known about it. */
export interface IngestedArticle {
  result: IngestResult;
  /** Title for the source entry (default: the article's first line, or `file`). */
  title?: string;
  file?: string;
  url?: string;
}

const CLAIM_STANCES = new Set(["demands", "threatens", "refuses_to_cede"]);

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
}

/**
 * Builds the patch that `articles` suggest for `scenario` (or for no scenario: nothing is checked against
 * existing facts then). Deterministic: change ids follow article order.
 * @example buildPatch([{result: ingestArticle(text, {date: "2025-04-23"}), file: "seed.txt"}], scenario).changes.length
 */
export function buildPatch(articles: readonly IngestedArticle[], scenario?: Scenario): ScenarioPatch {
  const changes: PatchChange[] = [];
  const skipped: PatchSkip[] = [];
  const parties = scenario ? new Set(scenario.parties.map((p) => p.id)) : undefined;
  const partyName = new Map(scenario?.parties.map((p) => [p.id, p.name]) ?? []);
  const territories = new Map(scenario?.territories.map((t) => [t.id, t]) ?? []);
  const added = new Set<string>();
  const sourceIds = new Set(Object.keys(scenario?.sources ?? {}));
  const eventIds = new Set(scenario?.events.map((e) => e.id) ?? []);
  let n = 0;
  const nextId = () => `c${++n}`;

  for (const [index, article] of articles.entries()) {
    const r = article.result;
    const title = article.title ?? r.title ?? article.file ?? `Ingested article ${index + 1}`;
    let sourceId = `ingest-${r.date ?? "undated"}-${slug(title) || index + 1}`;
    for (let k = 2; sourceIds.has(sourceId); k++)
      sourceId = `ingest-${r.date ?? "undated"}-${slug(title)}-${k}`;
    sourceIds.add(sourceId);
    changes.push({
      id: nextId(),
      op: "addSource",
      sourceId,
      source: {
        title,
        ...(r.date ? { date: r.date } : {}),
        ...(article.url ? { url: article.url } : {}),
        note: `Ingested${article.file ? ` from ${article.file}` : ""}; claims and events below cite it.`,
      },
    });
    const evidence = (c: {
      evidence: string;
      start: number;
      end: number;
      confidence: number;
      cue?: string;
    }) =>
      ({
        source: sourceId,
        text: c.evidence,
        start: c.start,
        end: c.end,
        confidence: c.confidence,
        ...(c.cue ? { cue: c.cue } : {}),
      }) satisfies PatchEvidence;
    const nameOf = (id: string) => partyName.get(id) ?? r.actors.find((a) => a.id === id)?.name ?? id;
    const targetName = (c: IngestClaim) => territories.get(c.territory)?.name ?? c.targetName;

    const ensureTerritory = (c: IngestClaim): boolean => {
      if (!scenario || territories.has(c.territory) || added.has(c.territory)) return true;
      const builtin = ukraineTerritories.find((t) => t.id === c.territory);
      changes.push({
        id: nextId(),
        op: "addTerritory",
        territory: {
          id: c.territory,
          name: builtin?.name ?? c.targetName,
          ...(builtin?.aliases ? { aliases: [...builtin.aliases] } : {}),
          source: sourceId,
        },
        evidence: evidence(c),
      });
      added.add(c.territory);
      return true;
    };

    for (const c of r.claims) {
      const summary = `${c.actor} ${c.negated ? "not " : ""}${c.stance} ${c.territory}`;
      if (parties && !parties.has(c.actor)) {
        skipped.push({ reason: `party ${c.actor} is not in the scenario`, summary, evidence: evidence(c) });
        continue;
      }
      const isTerritory = !c.territory.startsWith("issue:") && c.territory !== "*";
      if (CLAIM_STANCES.has(c.stance) && isTerritory && !c.negated) {
        const basis: Claim["basis"] =
          c.stance === "threatens"
            ? "threat"
            : c.stance === "refuses_to_cede"
              ? /constitution/i.test(c.evidence)
                ? "constitutional"
                : "formal_demand"
              : (c.basis ?? "formal_demand");
        const existing = territories.get(c.territory)?.claims ?? [];
        if (
          existing.some((e) => e.party === c.actor && (e.basis === basis || c.stance === "refuses_to_cede"))
        ) {
          skipped.push({ reason: "already in the scenario", summary, evidence: evidence(c) });
          continue;
        }
        ensureTerritory(c);
        changes.push({
          id: nextId(),
          op: "addClaim",
          territory: c.territory,
          stance: c.stance,
          claim: {
            party: c.actor,
            basis,
            ...(c.scope ? { scope: c.scope } : {}),
            note: `${c.stance.replace(/_/g, " ")} (${c.cue === "model" ? "claim model" : `cue: "${c.cue}"`}, confidence ${c.confidence})`,
            source: sourceId,
          },
          evidence: evidence(c),
        });
        continue;
      }
      if (c.stance === "controls" && !c.negated && c.share !== undefined && isTerritory && r.date) {
        ensureTerritory(c);
        changes.push({
          id: nextId(),
          op: "addControl",
          territory: c.territory,
          snapshot: {
            date: r.date,
            shares: { [c.actor]: c.share },
            approximate: true,
            note: `as reported: "${c.cue}"`,
            source: sourceId,
          },
          evidence: evidence(c),
        });
        continue;
      }
      const what = c.territory === "*" ? "any territory" : targetName(c);
      const verb = c.negated ? `does not ${c.stance.replace(/s$/, "")}` : c.stance.replace(/_/g, " ");
      const scope = c.scope === "part" ? " (part)" : "";
      changes.push({
        id: nextId(),
        op: "addNote",
        note: `[${sourceId}] ${nameOf(c.actor)} ${verb} ${what}${scope}: "${c.evidence.replace(/\s+/g, " ").trim()}"`,
        evidence: evidence(c),
      });
    }

    for (const [k, e] of r.events.entries()) {
      const summary = `${e.kind}: ${e.title}`;
      if (!e.date) {
        skipped.push({ reason: "no date (pass --date or a dated article)", summary, evidence: evidence(e) });
        continue;
      }
      const eventParties = e.parties.filter((p) => !parties || parties.has(p));
      const eventTerritories = e.territories.filter((t) => !scenario || territories.has(t) || added.has(t));
      let id = `${sourceId}-${e.kind}-${k + 1}`;
      for (let j = 2; eventIds.has(id); j++) id = `${sourceId}-${e.kind}-${k + 1}-${j}`;
      eventIds.add(id);
      const dateNote =
        e.dateResolution === "explicit" || e.dateResolution === "relative"
          ? `date from "${e.dateText}"`
          : e.dateResolution === "before_article_date"
            ? "reported as earlier than the article; exact date not stated (article date used)"
            : "date not stated; article date used";
      const event: ScenarioEvent = {
        id,
        date: e.date,
        kind: e.kind,
        title: e.title,
        description: `${dateNote}. Evidence: "${e.evidence.replace(/\s+/g, " ").trim()}"`,
        ...(eventParties.length > 0 ? { parties: eventParties } : {}),
        ...(eventTerritories.length > 0 ? { territories: eventTerritories } : {}),
        ...(e.kind === "walkout" && eventParties.length > 0
          ? { effects: eventParties.map((p) => ({ type: "withdraw" as const, party: p })) }
          : {}),
        source: sourceId,
      };
      changes.push({ id: nextId(), op: "addEvent", event, evidence: evidence(e) });
    }
  }
  return { ...(scenario ? { scenario: scenario.id } : {}), changes, skipped };
}
