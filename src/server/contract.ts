/**
 * Response and request schemas of the HTTP API (docs/api-contract.md), used for validation, serialisation
 * and the OpenAPI document. Scenario shapes come from the model's `ScenarioSchema`; nothing is restated.
 * @module
 */
import { z } from "zod";
import { ConditionSchema, DateSchema, IdSchema, ScenarioSchema } from "../model/index.js";

/** The one error body: `{error: {code, message, path?, diagnostics?}}` (plus `current` on a conflict). */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    path: z.string().optional(),
    diagnostics: z.array(z.unknown()).optional(),
  }),
  current: z.unknown().optional(),
});

/** Metadata of one immutable version. */
export const VersionMetaSchema = z.object({
  version: z.number().int().positive(),
  parent: z.number().int().positive().nullable(),
  author: z.string(),
  message: z.string(),
  createdAt: z.string(),
  hash: z.string(),
});

/** One row of `GET /api/scenarios`. */
export const ScenarioSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  latestVersion: z.number().int(),
  updatedAt: z.string(),
  versions: z.number().int(),
  forkedFrom: z.object({ id: z.string(), version: z.number().int() }).nullable(),
});

/** A save's answer: the scenario id and the version written. */
export const SavedSchema = z.object({ id: z.string(), version: VersionMetaSchema });

/** `GET /api/scenarios/:id`. */
export const StoredScenarioSchema = z.object({
  id: z.string(),
  version: VersionMetaSchema,
  scenario: ScenarioSchema,
});

/** A validation diagnostic (see `Diagnostic` in src/errors.ts). */
export const DiagnosticSchema = z.object({
  code: z.string(),
  path: z.string(),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
  file: z.string().optional(),
  line: z.number().optional(),
  column: z.number().optional(),
});

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
export const JobMetaSchema = z.object({
  id: z.string(),
  kind: z.string(),
  scenarioId: z.string(),
  version: z.number().int(),
  status: z.enum(["queued", "running", "done", "failed", "cancelled"]),
  progress: z.number().min(0).max(1),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  createdAt: z.string(),
});

/** A recorded run. */
export const RunRecordSchema = z.object({
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
});

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
  .describe("AnalysisResult: see src/analysis/analysisResult.ts and the README");

/**
 * The named schemas of the OpenAPI document (its `components.schemas`). Kept in a registry of its own so
 * the global zod registry, which also drives the scenario JSON Schema, is left untouched. The recursive
 * `Condition` must be named: a recursive schema can only be written as a reference.
 */
export const apiSchemaRegistry = z.registry<{ id: string }>();
for (const [schema, id] of [
  [ErrorBodySchema, "Error"],
  [VersionMetaSchema, "VersionMeta"],
  [ScenarioSummarySchema, "ScenarioSummary"],
  [DiagnosticSchema, "Diagnostic"],
  [JobMetaSchema, "JobMeta"],
  [RunRecordSchema, "RunRecord"],
  [AnalysisResultSchema, "AnalysisResult"],
  [ScenarioSchema, "Scenario"],
  [ConditionSchema, "Condition"],
] as const) {
  apiSchemaRegistry.add(schema, { id });
}
