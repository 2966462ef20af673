/**
 * Ingest in the workbench: read a news article against a stored scenario version and propose a patch
 * (`POST /api/scenarios/:id/ingest`, the JSON of `impasse ingest --json`), preview the path-level diff of
 * a chosen subset of the patch (`…/ingest/preview`), and save that subset as a NEW version
 * (`…/ingest/apply`, with the `If-Match` / 409 semantics of `POST /api/scenarios/:id/versions`). Existing
 * versions are never modified.
 * @module
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { EngineError } from "../../errors.js";
import { applyPatch } from "../../ingest/applyPatch.js";
import type { ArticleFormat } from "../../ingest/toPlainText.js";
import { DateSchema } from "../../model/index.js";
import { diffScenarios } from "../../store/index.js";
import { DiffSchema, ErrorBodySchema, SavedSchema, ScenarioParamsSchema } from "../contract.js";
import type { IngestTaskInput } from "../engineTasks.js";
import { ifMatch } from "../ifMatch.js";
import { saveHeaders } from "../saveHeaders.js";
import { ScenarioPatchSchema } from "../scenarioPatchSchema.js";
import type { ServerContext } from "../serverContext.js";

const FormatSchema = z.enum(["text", "markdown", "html"]);

/** Content types read as article text, and the format each implies. */
const ARTICLE_TYPES: Record<string, ArticleFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
};

const ArticleBodySchema = z.union([
  z.string().describe("The article as text/plain, text/markdown or text/html"),
  z
    .object({
      text: z.string().min(1),
      date: DateSchema.optional(),
      format: FormatSchema.optional(),
      /** Name of the article in the report and the source note. */
      file: z.string().min(1).max(200).optional(),
    })
    .strict(),
]);

const PatchRequestSchema = z
  .object({
    patch: ScenarioPatchSchema,
    /** Ids of the accepted changes; all of them when omitted. */
    accept: z.array(z.string().min(1).max(40)).max(10_000).optional(),
  })
  .strict();

const ApplyBodySchema = PatchRequestSchema.extend({
  /** The version the review was based on; else the `If-Match` header. */
  basedOn: z.number().int().positive().optional(),
  message: z.string().max(2000).optional(),
}).strict();

const PreviewBodySchema = PatchRequestSchema.extend({
  version: z.number().int().positive().optional(),
}).strict();

const IngestAnswerSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    articles: z.array(z.unknown()),
    actors: z.array(z.unknown()),
    territories: z.array(z.unknown()),
    claims: z.array(z.unknown()),
    events: z.array(z.unknown()),
    patch: z.unknown(),
  })
  .describe("`{id, version}` of the scenario version read against, then the JSON of `impasse ingest --json`");

function contentFormat(request: FastifyRequest): ArticleFormat | undefined {
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  return ARTICLE_TYPES[type];
}

/** Registers the ingest routes and the text/markdown and text/html body parsers they read. */
export function ingestRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store, runner, limits } = ctx;
  app.addContentTypeParser(
    ["text/markdown", "text/x-markdown", "text/html"],
    { parseAs: "string" },
    (_request, body, done) => done(null, String(body)),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["ingest"];
  const errors = { 400: ErrorBodySchema, 404: ErrorBodySchema, 413: ErrorBodySchema, 422: ErrorBodySchema };

  r.post(
    "/api/scenarios/:id/ingest",
    {
      schema: {
        tags,
        summary: "Read a news article against a stored scenario version and propose a patch",
        description:
          "Body: the article as text/plain, text/markdown or text/html (query `date`, `format`), or JSON " +
          "`{text, date?, format?, file?}`. The answer is `{id, version}` of the version read against and the " +
          "JSON of `impasse ingest --json`: articles, actors, territories, claims and events with their evidence " +
          "(`start`/`end` are offsets into the text sent), and `patch` (changes with ids and evidence, skipped " +
          "findings). Nothing is stored.",
        consumes: ["text/plain", "text/markdown", "text/html", "application/json"],
        params: ScenarioParamsSchema,
        querystring: z.object({
          version: z.coerce.number().int().positive().optional(),
          date: DateSchema.optional(),
          format: FormatSchema.optional(),
          model: z
            .enum(["true", "false"])
            .optional()
            .describe(
              "`false`: the hand-written rules alone, without the claims the trained claim model adds",
            ),
        }),
        body: ArticleBodySchema,
        response: { 200: IngestAnswerSchema, ...errors, 504: ErrorBodySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const q = request.query;
      const body = typeof request.body === "string" ? { text: request.body } : request.body;
      if (body.text.trim() === "") throw new EngineError("invalid_argument", "missing article text");
      const format = ("format" in body ? body.format : undefined) ?? q.format ?? contentFormat(request);
      const date = ("date" in body ? body.date : undefined) ?? q.date;
      const file =
        ("file" in body ? body.file : undefined) ??
        (format === "html" ? "article.html" : format === "markdown" ? "article.md" : "article.txt");
      const stored = await store.getVersion(id, q.version);
      const input: IngestTaskInput = {
        scenario: stored.scenario,
        text: body.text,
        file,
        ...(date ? { date } : {}),
        ...(format ? { format } : {}),
        ...(q.model === "false" ? { rulesOnly: true } : {}),
      };
      const report = (await runner.run("ingest", input, { timeoutMs: limits.analysisMs })) as Record<
        string,
        unknown
      >;
      return { id, version: stored.version, ...report } as z.infer<typeof IngestAnswerSchema>;
    },
  );

  r.post(
    "/api/scenarios/:id/ingest/preview",
    {
      schema: {
        tags,
        summary: "Preview the accepted changes of a patch as a path-level diff (nothing is stored)",
        description:
          "Body `{patch, accept?, version?}`: applies the accepted change ids (default all) to the version " +
          "(default the latest) and answers the diff against it. A patched scenario that would not validate " +
          "gets 422 with diagnostics; a claim on a territory whose addTerritory change is not accepted, 400.",
        params: ScenarioParamsSchema,
        body: PreviewBodySchema,
        response: { 200: DiffSchema, ...errors },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { patch, accept, version } = request.body;
      const stored = await store.getVersion(id, version);
      const next = applyPatch(stored.scenario, patch, accept ? { accept } : {});
      return {
        from: stored.version,
        to: stored.version,
        changes: diffScenarios(stored.scenario, next),
      };
    },
  );

  r.post(
    "/api/scenarios/:id/ingest/apply",
    {
      schema: {
        tags,
        summary: "Save the accepted changes of a patch as a new version",
        description:
          'Body `{patch, accept?, basedOn?, message?}`. The version the review was based on is `basedOn` or the `If-Match: "N"` header (one of them is required). The accepted changes (default all) are applied to that version and saved as a new one; when N is not the latest, the answer is 409 with `current`, as for `POST /api/scenarios/:id/versions`. Header `X-Author` names the author.',
        params: ScenarioParamsSchema,
        body: ApplyBodySchema,
        response: { 201: SavedSchema, ...errors, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const { patch, accept, basedOn: inBody, message } = request.body;
      const header = request.headers["if-match"] !== undefined ? ifMatch(request) : undefined;
      if (inBody !== undefined && header !== undefined && inBody !== header)
        throw new EngineError("invalid_argument", `basedOn ${inBody} and If-Match ${header} disagree`, {
          details: { path: "body.basedOn" },
        });
      const basedOn = inBody ?? header ?? ifMatch(request);
      const { author } = saveHeaders(request, "");
      const base = await store.getVersion(id, basedOn);
      const next = applyPatch(base.scenario, patch, accept ? { accept } : {});
      const count = accept?.length ?? patch.changes.length;
      const version = await store.saveVersion(id, basedOn, {
        scenario: next,
        source: `${JSON.stringify(next, null, 2)}\n`,
        author,
        message: message ?? `ingest: ${count} accepted change${count === 1 ? "" : "s"}`,
      });
      reply.code(201).header("etag", `"${version.version}"`);
      return { id, version };
    },
  );
}
