/**
 * Types of the HTTP API the workbench talks to (docs/api-contract.md). The scenario and analysis shapes are
 * the engine's own types, imported as types only: the workbench never runs engine code.
 * @module
 */
export type {
  AnalysisResult,
  Concession,
  Conflict,
  PositionRef,
} from "../../../src/analysis/analysisResult.js";
export type { Diagnostic } from "../../../src/errors.js";
export type { ForecastModelJson, ForecastReport } from "../../../src/forecast/forecastReport.js";
export type { IngestReport } from "../../../src/ingest/ingestReport.js";
export type { PatchChange, ScenarioPatch } from "../../../src/ingest/scenarioPatch.js";
export type { ScenarioEvent } from "../../../src/model/eventSchema.js";
export type { Party } from "../../../src/model/partySchema.js";
export type { Ratifier, RedLine } from "../../../src/model/preferencesSchema.js";
export type { Scenario } from "../../../src/model/scenarioSchema.js";
export type { Source } from "../../../src/model/sourceSchema.js";
export type { Claim, ControlSnapshot, Territory } from "../../../src/model/territorySchema.js";

import type { Diagnostic } from "../../../src/errors.js";
import type { IngestReport } from "../../../src/ingest/ingestReport.js";
import type { Scenario } from "../../../src/model/scenarioSchema.js";

/** Metadata of one saved version of a scenario. */
export interface VersionMeta {
  version: number;
  parent: number | null;
  author: string;
  message: string;
  createdAt: string;
  hash: string;
}

/** One row of `GET /api/scenarios`. */
export interface ScenarioSummary {
  id: string;
  title: string;
  latestVersion: number;
  updatedAt: string;
  versions: number;
}

/** `GET /api/scenarios/:id`. */
export interface StoredScenario {
  id: string;
  version: VersionMeta;
  scenario: Scenario;
}

/** `POST /api/validate`. */
export interface ValidationResult {
  valid: boolean;
  diagnostics: Diagnostic[];
}

/** One change of `GET /api/scenarios/:id/diff`. */
export interface DiffChange {
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

/** `GET /api/scenarios/:id/diff`. */
export interface ScenarioDiff {
  from: number;
  to: number;
  changes: DiffChange[];
}

/** One entry of `GET /api/scenarios/:id/timeline`. */
export interface TimelineEntry {
  date: string;
  events: { id: string; title: string; kind: string; source?: string }[];
  verdict: "deadlock" | "zopa";
  zopaCount: string | number;
  conflicts: number;
}

/** A background job (`GET /api/jobs/:job`). */
export interface JobMeta {
  id: string;
  kind: string;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  progress: number;
  result?: unknown;
  error?: { code: string; message: string } | string;
}

/** `POST /api/scenarios/:id/ingest`: the version read against, then the JSON of `impasse ingest --json`. */
export type IngestAnswer = { id: string; version: number } & IngestReport;
