/**
 * The rows of the store's tables as the drivers return them, and their mapping to the API types. Numbers go
 * through `Number()` because drivers may return integers as strings.
 * @module
 */
import type { RunRecord, VersionMeta } from "./scenarioStore.js";

/** A `scenarios` row. */
export interface ScenarioRow {
  id: string;
  title: string;
  latest_version: number;
  updated_at: string;
  forked_from_id: string | null;
  forked_from_version: number | null;
}

/** A `versions` row (document and source only when selected). */
export interface VersionRow {
  version: number;
  parent: number | null;
  author: string;
  message: string;
  created_at: string;
  hash: string;
  document?: string;
  source?: string | null;
}

/** A `runs` row. */
export interface RunRow {
  id: string;
  scenario_id: string;
  version: number;
  kind: string;
  parameters: string;
  seed: string | null;
  status: RunRecord["status"];
  result: string | null;
  error: string | null;
  started_at: string;
  finished_at: string;
}

/** A version row as {@link VersionMeta}. */
export function versionMeta(r: VersionRow): VersionMeta {
  return {
    version: Number(r.version),
    parent: r.parent === null ? null : Number(r.parent),
    author: r.author,
    message: r.message,
    createdAt: r.created_at,
    hash: r.hash,
  };
}

/** A run row as {@link RunRecord}. */
export function runRecord(r: RunRow): RunRecord {
  return {
    id: r.id,
    scenarioId: r.scenario_id,
    version: Number(r.version),
    kind: r.kind,
    parameters: JSON.parse(r.parameters) as unknown,
    seed: r.seed,
    status: r.status,
    result: r.result === null ? null : (JSON.parse(r.result) as unknown),
    error: r.error === null ? null : (JSON.parse(r.error) as RunRecord["error"]),
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}
