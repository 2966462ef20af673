/**
 * The repository interface every store implements (SQLite by default, PostgreSQL for teams). Scenarios are
 * kept as immutable, numbered versions; runs (analysis, pareto, simulation) are recorded against the
 * version they ran on. All implementations pass the one shared suite in `store.case.ts`.
 * @module
 */
import type { Scenario } from "../model/index.js";

/** The metadata of one immutable version of a stored scenario. */
export interface VersionMeta {
  /** 1, 2, … in save order. */
  version: number;
  /** The version this one was based on; null for the first version (and for a fork's first version). */
  parent: number | null;
  author: string;
  message: string;
  /** ISO 8601 time of the save, from the store's clock. */
  createdAt: string;
  /** sha256 of the scenario's canonical JSON (see {@link scenarioHash}). */
  hash: string;
}

/** One stored version with its content. */
export interface StoredVersion extends VersionMeta {
  scenario: Scenario;
  /** The text it was saved from (YAML or JSON), when it came as text; comments survive here only. */
  source: string | null;
}

/** A stored scenario as listed. */
export interface ScenarioSummary {
  id: string;
  /** The title of the latest version. */
  title: string;
  latestVersion: number;
  /** Time of the latest save. */
  updatedAt: string;
  /** Number of versions (equal to latestVersion: versions are never deleted). */
  versions: number;
  /** The scenario and version this one was forked from, if any. */
  forkedFrom: { id: string; version: number } | null;
}

/** What a save carries besides the scenario. */
export interface SaveInput {
  scenario: Scenario;
  source?: string | null;
  author: string;
  message: string;
}

/** A finished run (analysis, pareto, simulation…) as recorded. */
export interface RunRecord {
  id: string;
  scenarioId: string;
  version: number;
  /** The job kind, e.g. `analysis` or `simulation`. */
  kind: string;
  parameters: unknown;
  /** The seed of a randomised run, as a string; null when the run is deterministic. */
  seed: string | null;
  status: "done" | "failed" | "cancelled";
  result: unknown;
  error: { code: string; message: string } | null;
  startedAt: string;
  finishedAt: string;
}

/** A run to record: the store assigns nothing but checks the scenario version exists. */
export type NewRun = RunRecord;

/** The repository interface. Methods reject with `EngineError` (`not_found`, `conflict`) on expected failures. */
export interface ScenarioStore {
  /** `sqlite` or `postgres`. */
  readonly kind: "sqlite" | "postgres";
  /** Every scenario, most recently updated first. */
  listScenarios(): Promise<ScenarioSummary[]>;
  /**
   * Creates a scenario with its first version. With `suffixIfTaken`, a taken id gets `-2`, `-3`, … appended;
   * without it, a taken id rejects with `conflict`.
   */
  createScenario(
    id: string,
    input: SaveInput,
    options?: { suffixIfTaken?: boolean },
  ): Promise<{ id: string; version: VersionMeta }>;
  /**
   * Saves a new version based on version `basedOn`. Exactly one of several saves based on the same version
   * wins; the others reject with `EngineError("conflict")` whose `details.current` is the latest VersionMeta.
   */
  saveVersion(id: string, basedOn: number, input: SaveInput): Promise<VersionMeta>;
  /** One version (the latest when `version` is omitted); rejects with `not_found`. */
  getVersion(id: string, version?: number): Promise<StoredVersion>;
  /** Every version's metadata, newest first; rejects with `not_found` for an unknown scenario. */
  listVersions(id: string): Promise<VersionMeta[]>;
  /** Summary of one scenario; rejects with `not_found`. */
  getScenario(id: string): Promise<ScenarioSummary>;
  /**
   * Copies version `version` (default latest) of `id` into a new scenario whose first version records where
   * it came from. The new id defaults to `<id>-fork` (suffixed if taken); an explicit taken id is a conflict.
   */
  fork(
    id: string,
    options: { newId?: string; version?: number; author: string; message: string },
  ): Promise<{ id: string; version: VersionMeta }>;
  /** Records a finished run; rejects with `not_found` when the scenario version does not exist. */
  recordRun(run: NewRun): Promise<RunRecord>;
  /** One run; rejects with `not_found`. */
  getRun(id: string): Promise<RunRecord>;
  /** Runs of a scenario, newest first. */
  listRuns(scenarioId: string): Promise<RunRecord[]>;
  /** Releases connections. */
  close(): Promise<void>;
}
