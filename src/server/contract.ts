/**
 * Response and request schemas of the HTTP API (docs/api-contract.md), used for validation, serialisation
 * and the OpenAPI document. Scenario shapes come from the model's `ScenarioSchema`; nothing is restated.
 * @module
 */
import { z } from "zod";
import { DateSchema, IdSchema, ScenarioSchema } from "../model/index.js";

/** The one error body: `{error: {code, message, path?, diagnostics?}}` (plus `current` on a conflict). */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      path: z.string().optional(),
      diagnostics: z.array(z.unknown()).optional(),
    }),
    current: z.unknown().optional(),
  })
  .meta({ id: "Error" });

/** Metadata of one immutable version. */
export const VersionMetaSchema = z
  .object({
    version: z.number().int().positive(),
    parent: z.number().int().positive().nullable(),
    author: z.string(),
    message: z.string(),
    createdAt: z.string(),
    hash: z.string(),
  })
  .meta({ id: "VersionMeta" });

/** One row of `GET /api/scenarios`. */
export const ScenarioSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    latestVersion: z.number().int(),
    updatedAt: z.string(),
    versions: z.number().int(),
    forkedFrom: z.object({ id: z.string(), version: z.number().int() }).nullable(),
  })
  .meta({ id: "ScenarioSummary" });

/** A save's answer: the scenario id and the version written. */
export const SavedSchema = z.object({ id: z.string(), version: VersionMetaSchema });

/** `GET /api/scenarios/:id`. */
export const StoredScenarioSchema = z.object({
  id: z.string(),
  version: VersionMetaSchema,
  scenario: ScenarioSchema,
});

/** A validation diagnostic (see `Diagnostic` in src/errors.ts). */
export const DiagnosticSchema = z
  .object({
    code: z.string(),
    path: z.string(),
    message: z.string(),
    severity: z.enum(["error", "warning"]),
    file: z.string().optional(),
    line: z.number().optional(),
    column: z.number().optional(),
  })
  .meta({ id: "Diagnostic" });

/** `POST /api/validate`. */
export const ValidationSchema = z.object({ valid: z.boolean(), diagnostics: z.array(DiagnosticSchema) });

/** `GET /api/scenarios/:id/diff`. */
export const DiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      path: z.string(),
      kind: z.enum(["added", "removed", "changed"]),
      before: z.unknown().optional(),
      after: z.unknown().optional(),
    }),
  ),
});

/** A job: queued or running in this server, or finished (then also recorded as a run). */
export const JobMetaSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    scenarioId: z.string(),
    version: z.number().int(),
    status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
    progress: z.number().min(0).max(1),
    result: z.unknown().optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
    createdAt: z.string(),
  })
  .meta({ id: "JobMeta" });

/** A recorded run. */
export const RunRecordSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    version: z.number().int(),
    kind: z.string(),
    parameters: z.unknown(),
    seed: z.string().nullable(),
    status: z.enum(["done", "failed", "cancelled"]),
    result: z.unknown(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    startedAt: z.string(),
    finishedAt: z.string(),
  })
  .meta({ id: "RunRecord" });

/** Path parameter `:id` of a stored scenario. */
export const ScenarioParamsSchema = z.object({ id: IdSchema });

/** Optional `?version=N`. */
export const VersionQuerySchema = z.object({ version: z.coerce.number().int().positive().optional() });

/** `?at=YYYY-MM-DD&version=N` of the analysis. */
export const AnalysisQuerySchema = z.object({
  at: DateSchema.optional(),
  version: z.coerce.number().int().positive().optional(),
});

/** The analysis result (`AnalysisResult` in src/analysis/analysisResult.ts); passed through as computed. */
export const AnalysisResultSchema = z
  .record(z.string(), z.unknown())
  .describe("AnalysisResult: see src/analysis/analysisResult.ts and the README")
  .meta({ id: "AnalysisResult" });
