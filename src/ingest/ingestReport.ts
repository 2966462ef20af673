/**
 * The ingest report that `impasse ingest --json` prints and `POST /api/scenarios/:id/ingest` returns: the
 * articles read, the actors and territories found (mentions summed over articles), every claim and event
 * with its evidence and article, and the proposed patch.
 * @module
 */
import type { IngestedArticle } from "./buildPatch.js";
import type { IngestActor, IngestClaim, IngestEvent, IngestTerritory } from "./ingestResult.js";
import type { ScenarioPatch } from "./scenarioPatch.js";

/** The report of {@link ingestReport}. */
export interface IngestReport {
  articles: { file: string; date: string | null; title: string | null }[];
  actors: IngestActor[];
  territories: IngestTerritory[];
  claims: (IngestClaim & { article: string })[];
  events: (IngestEvent & { article: string })[];
  patch: ScenarioPatch;
}

function byId<T extends { id: string; mentions: number }>(lists: T[][]): T[] {
  const map = new Map<string, T>();
  for (const item of lists.flat()) {
    const prior = map.get(item.id);
    map.set(item.id, prior ? { ...prior, mentions: prior.mentions + item.mentions } : item);
  }
  return [...map.values()];
}

/**
 * Builds the report of `ingested` articles (each named by `file`) and the `patch` built from them.
 * @example ingestReport([{result, file: "seed.txt"}], buildPatch([{result, file: "seed.txt"}], scenario))
 */
export function ingestReport(
  ingested: readonly (IngestedArticle & { file: string })[],
  patch: ScenarioPatch,
): IngestReport {
  return {
    articles: ingested.map((a) => ({
      file: a.file,
      date: a.result.date ?? null,
      title: a.result.title ?? null,
    })),
    actors: byId(ingested.map((a) => a.result.actors)),
    territories: byId(ingested.map((a) => a.result.territories)),
    claims: ingested.flatMap((a) => a.result.claims.map((c) => ({ ...c, article: a.file }))),
    events: ingested.flatMap((a) => a.result.events.map((e) => ({ ...e, article: a.file }))),
    patch,
  };
}
