import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { EngineError } from "../errors.js";
import { openSqliteStore, type ScenarioStore } from "../store/index.js";
import { steppingClock } from "../store/store.case.js";
import { type AppOptions, createApp } from "./createApp.js";
import type { JobKind } from "./jobs/jobKinds.js";
import { inProcessRunner } from "./tasks/inProcessRunner.js";
import type { TaskTable } from "./tasks/taskRunner.js";

const YAML = (title = "Test", extra = "") => `id: test
title: ${title}
date: 2025-04-23
sources:
  s1: {title: A source}
parties:
  - {id: RU, name: Russia, kind: state, role: negotiator}
  - {id: UA, name: Ukraine, kind: state, role: negotiator}
${extra}`;

const yaml = { "content-type": "application/yaml" };
let analyzeCalls = 0;

/** Engine tasks for route tests: deterministic stand-ins that exercise caching, limits and errors. */
const tasks: TaskTable = {
  analyze: async (input) => {
    analyzeCalls++;
    const { scenario, at } = input as { scenario: { id: string; title: string; date: string }; at?: string };
    if (scenario.title === "crash") throw new TypeError("secret internal detail");
    if (scenario.title === "slow") await new Promise((resolve) => setTimeout(resolve, 2000));
    return {
      scenario: { id: scenario.id, title: scenario.title },
      at: at ?? scenario.date,
      verdict: "deadlock",
    };
  },
  timeline: async (input) => [{ date: (input as { scenario: { date: string } }).scenario.date, events: [] }],
  count: async (input, context) => {
    const { n } = input as { n: number };
    for (let i = 1; i <= n; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      context.progress(i / n);
    }
    return { counted: n };
  },
  wait: (_input, context) =>
    new Promise((_resolve, reject) => {
      context.signal.addEventListener("abort", () =>
        reject(new EngineError("cancelled", "wait was cancelled")),
      );
    }),
};

const testKinds: Record<string, JobKind> = {
  count: {
    parameters: z.object({ n: z.number().int().min(1).max(100) }),
    task: "count",
    input: (_s, p) => p,
    seed: () => "7",
  } as JobKind,
  wait: { parameters: z.object({}), task: "wait", input: () => ({}), seed: () => null } as JobKind,
};

let apps: FastifyInstance[] = [];
let stores: ScenarioStore[] = [];
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await Promise.all(stores.map((s) => s.close()));
  apps = [];
  stores = [];
});

async function build(options: Partial<AppOptions> = {}) {
  const clock = steppingClock();
  const store = await openSqliteStore({ file: ":memory:", clock });
  const app = await createApp({
    store,
    runner: inProcessRunner(tasks),
    clock,
    version: "0.0.0-test",
    jobKinds: testKinds,
    ...options,
  });
  apps.push(app);
  stores.push(store);
  return app;
}

async function created(app: FastifyInstance, body = YAML()) {
  const res = await app.inject({ method: "POST", url: "/api/scenarios", headers: yaml, payload: body });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: { version: number } };
}

describe("createApp: scenarios and versions", () => {
  it("GET /api/health answers ok with the version and store kind", async () => {
    const app = await build();
    const res = await app.inject("/api/health");
    expect(res.json()).toEqual({ status: "ok", version: "0.0.0-test", store: "sqlite" });
  });

  it("POST /api/scenarios (YAML or JSON) stores version 1; GET reads it back", async () => {
    const app = await build();
    const res = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: { ...yaml, "x-author": "ana", "x-message": "first cut" },
      payload: YAML("First"),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      id: "test",
      version: { version: 1, parent: null, author: "ana", message: "first cut" },
    });
    const again = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify((await app.inject("/api/scenarios/test")).json().scenario),
    });
    expect(again.json().id).toBe("test-2");
    const got = await app.inject("/api/scenarios/test");
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.json()).toMatchObject({ id: "test", version: { version: 1 }, scenario: { title: "First" } });
    const list = await app.inject("/api/scenarios");
    expect(
      list
        .json()
        .scenarios.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual(["test", "test-2"]);
    const explicit = await app.inject({
      method: "POST",
      url: "/api/scenarios?id=test",
      headers: yaml,
      payload: YAML(),
    });
    expect(explicit.statusCode).toBe(409);
  });

  it("POST /api/scenarios/:id/versions with If-Match saves; a stale If-Match gets 409 with the current version", async () => {
    const app = await build();
    await created(app);
    const save = (basedOn: string | undefined, title: string) =>
      app.inject({
        method: "POST",
        url: "/api/scenarios/test/versions",
        headers: { ...yaml, ...(basedOn === undefined ? {} : { "if-match": basedOn }), "x-message": title },
        payload: YAML(title),
      });
    const ok = await save('"1"', "Two");
    expect(ok.statusCode).toBe(201);
    expect(ok.json().version).toMatchObject({ version: 2, parent: 1, message: "Two" });
    const stale = await save('"1"', "Late");
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: "conflict" },
      current: { version: 2, message: "Two" },
    });
    const missing = await save(undefined, "NoHeader");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: "invalid_argument", path: "headers.if-match" });
    const versions = await app.inject("/api/scenarios/test/versions");
    expect(versions.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await app.inject("/api/scenarios/test?version=1")).json().scenario.title).toBe("Test");
  });

  it("concurrent POST /api/scenarios/:id/versions based on the same version: exactly one 201, the rest 409", async () => {
    const app = await build();
    await created(app);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        app.inject({
          method: "POST",
          url: "/api/scenarios/test/versions",
          headers: { ...yaml, "if-match": '"1"' },
          payload: YAML(`Try ${i}`),
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().current.version).toBe(2);
  });

  it("GET /api/scenarios/:id/diff lists path-level changes; POST /fork copies a version", async () => {
    const app = await build();
    await created(app);
    await app.inject({
      method: "POST",
      url: "/api/scenarios/test/versions",
      headers: { ...yaml, "if-match": "1" },
      payload: YAML("Changed").replace("name: Ukraine", "name: Ukraina"),
    });
    const diff = await app.inject("/api/scenarios/test/diff?from=1&to=2");
    expect(diff.json()).toEqual({
      from: 1,
      to: 2,
      changes: [
        { path: "title", kind: "changed", before: "Test", after: "Changed" },
        { path: "parties[1].name", kind: "changed", before: "Ukraine", after: "Ukraina" },
      ],
    });
    expect((await app.inject("/api/scenarios/test/diff")).json().changes.length).toBe(2);
    const fork = await app.inject({
      method: "POST",
      url: "/api/scenarios/test/fork",
      headers: { "content-type": "application/json", "x-author": "bo" },
      payload: { id: "kherson", version: 1, message: "what if" },
    });
    expect(fork.statusCode).toBe(201);
    expect(fork.json()).toMatchObject({
      id: "kherson",
      version: { version: 1, author: "bo", message: "what if" },
    });
    expect((await app.inject("/api/scenarios/kherson")).json().scenario.title).toBe("Test");
    const summary = (await app.inject("/api/scenarios"))
      .json()
      .scenarios.find((s: { id: string }) => s.id === "kherson");
    expect(summary.forkedFrom).toEqual({ id: "test", version: 1 });
  });
});

describe("createApp: bad input", () => {
  it("malformed YAML → 422 scenario_invalid with diagnostics carrying line and column", async () => {
    const app = await build();
    const res = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: yaml,
      payload: "id: [unclosed\ntitle: x\n",
    });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error.code).toBe("scenario_invalid");
    expect(body.error.diagnostics[0]).toMatchObject({ code: "parse_error", severity: "error" });
    expect(body.error.diagnostics[0].line).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a schema error → 422 with the path of the first error", async () => {
    const app = await build();
    const res = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: yaml,
      payload: YAML().replace(
        "kind: state, role: negotiator}\n  - {id: UA",
        "kind: planet, role: negotiator}\n  - {id: UA",
      ),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.path).toBe("parties[0].kind");
  });

  it("a body over the limit → 413 input_too_large", async () => {
    const app = await build({ limits: { bodyBytes: 10_000 } });
    const res = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: yaml,
      payload: YAML("Big", `notes:\n  - "${"x".repeat(20_000)}"\n`),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe("input_too_large");
    const scenarioLimit = await build({ limits: { scenarioBytes: 1000 } });
    const res2 = await scenarioLimit.inject({
      method: "POST",
      url: "/api/analyze",
      headers: yaml,
      payload: YAML("Big", `notes:\n  - "${"x".repeat(2000)}"\n`),
    });
    expect(res2.statusCode).toBe(413);
  });

  it("a YAML alias bomb → 422 with a yaml_alias_limit diagnostic, quickly", async () => {
    const app = await build();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`);
    }
    const started = Date.now();
    const res = await app.inject({
      method: "POST",
      url: "/api/validate",
      headers: yaml,
      payload: `${levels.join("\n")}\n`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().valid).toBe(false);
    expect(res.json().diagnostics.map((d: { code: string }) => d.code)).toContain("yaml_alias_limit");
    const stored = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: yaml,
      payload: `${levels.join("\n")}\n`,
    });
    expect(stored.statusCode).toBe(422);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("unknown ids and routes → 404 not_found; invalid JSON → 400; bad query → 400 with a path", async () => {
    const app = await build();
    for (const url of [
      "/api/scenarios/nope",
      "/api/scenarios/nope/versions",
      "/api/scenarios/nope/diff",
      "/api/scenarios/nope/analysis",
      "/api/scenarios/nope/timeline",
      "/api/jobs/nope",
      "/api/nothing-here",
    ]) {
      const res = await app.inject(url);
      expect([url, res.statusCode, res.json().error.code]).toEqual([url, 404, "not_found"]);
    }
    await created(app);
    expect((await app.inject("/api/scenarios/test?version=9")).statusCode).toBe(404);
    const badJson = await app.inject({
      method: "POST",
      url: "/api/scenarios/test/fork",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.code).toBe("parse_error");
    const badQuery = await app.inject("/api/scenarios/test/analysis?at=yesterday");
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json().error).toMatchObject({ code: "invalid_argument", path: "querystring.at" });
    const empty = await app.inject({ method: "POST", url: "/api/scenarios", headers: yaml, payload: "" });
    expect(empty.statusCode).toBe(400);
  });

  it("an internal error → 500 {code: internal} without message details or stack", async () => {
    const app = await build();
    const res = await app.inject({
      method: "POST",
      url: "/api/analyze",
      headers: yaml,
      payload: YAML("crash"),
    });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: "internal", message: "internal error" } });
  });
});

describe("createApp: analysis", () => {
  it("GET /api/scenarios/:id/analysis computes once per version and date, records the run, then serves the cache", async () => {
    const app = await build();
    await created(app);
    const before = analyzeCalls;
    const first = await app.inject("/api/scenarios/test/analysis?at=2025-05-01");
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-cache"]).toBe("miss");
    expect(first.json()).toMatchObject({ at: "2025-05-01", verdict: "deadlock" });
    const second = await app.inject("/api/scenarios/test/analysis?at=2025-05-01&version=1");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(analyzeCalls - before).toBe(1);
    await app.inject("/api/scenarios/test/analysis");
    expect(analyzeCalls - before).toBe(2);
    const runs = (await app.inject("/api/scenarios/test/runs")).json().runs;
    expect(runs.map((r: { kind: string; version: number }) => [r.kind, r.version])).toEqual([
      ["analysis", 1],
      ["analysis", 1],
    ]);
    const timeline = await app.inject("/api/scenarios/test/timeline");
    expect(timeline.json()).toEqual({ entries: [{ date: "2025-04-23", events: [] }] });
  });

  it("an analysis over the time limit → 504 timeout", async () => {
    const app = await build({ limits: { analysisMs: 100 } });
    const res = await app.inject({
      method: "POST",
      url: "/api/analyze",
      headers: yaml,
      payload: YAML("slow"),
    });
    expect(res.statusCode).toBe(504);
    expect(res.json().error.code).toBe("timeout");
  });
});

describe("createApp: jobs", () => {
  it("POST /api/scenarios/:id/jobs runs a job; its events stream ends with done; the run is recorded", async () => {
    const app = await build();
    await created(app);
    const start = await app.inject({
      method: "POST",
      url: "/api/scenarios/test/jobs",
      payload: { kind: "count", parameters: { n: 4 } },
    });
    expect(start.statusCode).toBe(202);
    const job = start.json().job;
    expect(job).toMatchObject({ kind: "count", scenarioId: "test", version: 1 });
    const events = await app.inject(`/api/jobs/${job.id}/events`);
    expect(events.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(events.body).toMatch(/^event: progress\n/);
    expect(events.body).toContain('event: done\ndata: {"result":{"counted":4}}');
    const done = await app.inject(`/api/jobs/${job.id}`);
    expect(done.json()).toMatchObject({ status: "done", progress: 1, result: { counted: 4 } });
    const runs = (await app.inject("/api/scenarios/test/runs")).json().runs;
    expect(runs[0]).toMatchObject({
      id: job.id,
      kind: "count",
      seed: "7",
      parameters: { n: 4 },
      status: "done",
    });
    const replay = await app.inject(`/api/jobs/${job.id}/events`);
    expect(replay.body).toContain("event: done");
  });

  it("DELETE /api/jobs/:job cancels a running job; bad parameters and unknown kinds are refused", async () => {
    const app = await build();
    await created(app);
    const start = await app.inject({
      method: "POST",
      url: "/api/scenarios/test/jobs",
      payload: { kind: "wait" },
    });
    const id = start.json().job.id;
    const cancelled = await app.inject({ method: "DELETE", url: `/api/jobs/${id}` });
    expect(cancelled.json()).toMatchObject({ id, status: "cancelled", error: { code: "cancelled" } });
    const bad = await app.inject({
      method: "POST",
      url: "/api/scenarios/test/jobs",
      payload: { kind: "count", parameters: { n: -1 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe("parameters.n");
    const unknown = await app.inject({
      method: "POST",
      url: "/api/scenarios/test/jobs",
      payload: { kind: "nope" },
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe("createApp: shutdown", () => {
  it("app.close() cancels running jobs, records them as cancelled and ends their event streams", async () => {
    const clock = steppingClock();
    const store = await openSqliteStore({ file: ":memory:", clock });
    stores.push(store);
    const app = await createApp({
      store,
      runner: inProcessRunner(tasks),
      clock,
      version: "t",
      jobKinds: testKinds,
    });
    await created(app);
    const id = (
      await app.inject({ method: "POST", url: "/api/scenarios/test/jobs", payload: { kind: "wait" } })
    ).json().job.id;
    const events = app.inject(`/api/jobs/${id}/events`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await app.close();
    expect((await events).body).toContain("event: cancelled");
    expect(await store.getRun(id)).toMatchObject({ id, status: "cancelled", error: { code: "cancelled" } });
  });
});

describe("createApp: security", () => {
  it("with a token: 401 without or with a wrong bearer token, 200 with it; health stays open", async () => {
    const app = await build({ token: "s3cret-token" });
    expect((await app.inject("/api/health")).statusCode).toBe(200);
    for (const url of ["/api/scenarios", "/openapi.json", "/api/scenarios/x/analysis"]) {
      const none = await app.inject(url);
      expect([url, none.statusCode, none.json().error.code]).toEqual([url, 401, "unauthorized"]);
      expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
      const wrong = await app.inject({ url, headers: { authorization: "Bearer s3cret-tokem" } });
      expect(wrong.statusCode).toBe(401);
    }
    const post = await app.inject({ method: "POST", url: "/api/scenarios", headers: yaml, payload: YAML() });
    expect(post.statusCode).toBe(401);
    const ok = await app.inject({ url: "/api/scenarios", headers: { authorization: "Bearer s3cret-token" } });
    expect(ok.statusCode).toBe(200);
    // The event stream alone also takes the token as a query parameter (EventSource cannot send headers).
    expect((await app.inject("/api/jobs/j1/events?access_token=s3cret-token")).statusCode).toBe(404);
    expect((await app.inject("/api/jobs/j1/events?access_token=wrong")).statusCode).toBe(401);
    expect((await app.inject("/api/scenarios?access_token=s3cret-token")).statusCode).toBe(401);
    // Percent-encoded paths reach the same routes and need the token just the same.
    expect((await app.inject("/%61pi/scenarios")).statusCode).toBe(401);
    expect((await app.inject("/api/%73cenarios")).statusCode).toBe(401);
  });

  it("CORS is off by default and answers only configured origins", async () => {
    const off = await build();
    const res = await off.inject({ url: "/api/health", headers: { origin: "http://evil.example" } });
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const on = await build({ corsOrigins: ["http://localhost:5173"] });
    const pre = await on.inject({
      method: "OPTIONS",
      url: "/api/scenarios",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect(pre.statusCode).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("http://localhost:5173");
    const tokenAndCors = await build({ corsOrigins: ["http://localhost:5173"], token: "0123456789abcdef" });
    const preflight = await tokenAndCors.inject({
      method: "OPTIONS",
      url: "/api/scenarios",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "GET" },
    });
    expect(preflight.statusCode).toBe(204);
    const simple = await on.inject({ url: "/api/scenarios", headers: { origin: "http://localhost:5173" } });
    expect(simple.headers["access-control-expose-headers"]).toContain("etag");
    const other = await on.inject({ url: "/api/health", headers: { origin: "http://evil.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("createApp: OpenAPI", () => {
  it("GET /openapi.json documents every route; its schemas compile; /docs is served", async () => {
    const app = await build();
    const doc = (await app.inject("/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    // Validated against the official OpenAPI 3.1 JSON Schema.
    const validation = await new Validator().validate(doc);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    const paths = Object.keys(doc.paths).sort();
    for (const p of [
      "/api/health",
      "/api/scenarios",
      "/api/scenarios/{id}",
      "/api/scenarios/{id}/versions",
      "/api/scenarios/{id}/fork",
      "/api/scenarios/{id}/diff",
      "/api/validate",
      "/api/analyze",
      "/api/scenarios/{id}/analysis",
      "/api/scenarios/{id}/timeline",
      "/api/scenarios/{id}/simulations",
      "/api/jobs/{job}",
      "/api/jobs/{job}/events",
    ]) {
      expect(paths).toContain(p);
    }
    // Every component schema compiles as JSON Schema 2020-12, references to other components resolved.
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    ajv.addSchema({ $id: "openapi", components: doc.components });
    for (const name of Object.keys(doc.components?.schemas ?? {})) {
      expect(() => ajv.compile({ $ref: `openapi#/components/schemas/${name}` }), name).not.toThrow();
    }
    for (const [path, item] of Object.entries(
      doc.paths as Record<string, Record<string, { responses?: object }>>,
    )) {
      for (const [method, op] of Object.entries(item)) expect(op.responses, `${method} ${path}`).toBeTruthy();
    }
    expect((await app.inject("/docs")).statusCode).toBeLessThan(400);
    const root = await app.inject("/");
    expect(root.statusCode).toBe(200);
  });
});

describe("createApp: web workbench", () => {
  it("createApp({webRoot}) serves the built workbench at / (open even with a token); without it, a how-to page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impasse-web-"));
    try {
      writeFileSync(join(dir, "index.html"), "<!doctype html><title>Impasse workbench</title>");
      writeFileSync(join(dir, "app.js"), "console.log(1)");
      const app = await build({ webRoot: dir, token: "0123456789abcdef" });
      const page = await app.inject("/");
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain("Impasse workbench");
      expect((await app.inject("/app.js")).headers["content-type"]).toMatch(/javascript/);
      expect((await app.inject("/api/scenarios")).statusCode).toBe(401);
      const bare = await build({ webRoot: join(dir, "missing") });
      const howTo = await bare.inject("/");
      expect(howTo.headers["content-type"]).toMatch(/^text\/html/);
      expect(howTo.body).toContain("has not been built");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
