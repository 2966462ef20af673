import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledScenarioPath } from "../../cli/bundledScenario.js";
import type { Scenario } from "../../model/index.js";
import { openSqliteStore, type ScenarioStore } from "../../store/index.js";
import { steppingClock } from "../../store/store.case.js";
import { createApp } from "../createApp.js";
import { engineTasks } from "../engineTasks.js";
import { inProcessRunner } from "../tasks/inProcessRunner.js";

/** A short article written for this test (not quoted from any outlet). */
const ARTICLE = `LONDON, April 23, 2025 — Talks on a settlement stalled again on Wednesday.
Moscow wants Ukraine to give up Odesa and Kharkiv as well as the regions Russian forces already occupy.
From Ukraine's side, that's a non-starter.
`;

/** The seed article (read from ../shared beside the checkout). */
const SEED = readFileSync(
  new URL("../../../../shared/seed/000_c4a2261a39cf7ab8.txt", import.meta.url),
  "utf8",
);

interface Report {
  id: string;
  version: number;
  articles: { file: string; date: string | null }[];
  actors: { id: string }[];
  claims: {
    actor: string;
    stance: string;
    territory: string;
    start: number;
    end: number;
    evidence: string;
    cue: string;
  }[];
  patch: { changes: { id: string; op: string; territory?: string }[]; skipped: unknown[] };
}

let app: FastifyInstance;
let store: ScenarioStore;

beforeAll(async () => {
  const clock = steppingClock();
  store = await openSqliteStore({ file: ":memory:", clock });
  app = await createApp({
    store,
    runner: inProcessRunner(engineTasks),
    clock,
    version: "0.0.0-test",
    limits: { analysisMs: 60_000 },
  });
  const res = await app.inject({
    method: "POST",
    url: "/api/scenarios",
    headers: { "content-type": "application/yaml" },
    payload: readFileSync(bundledScenarioPath, "utf8"),
  });
  expect(res.statusCode).toBe(201);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

const ingest = async (payload: string, contentType: string, query = "") => {
  const res = await app.inject({
    method: "POST",
    url: `/api/scenarios/london-2025/ingest${query}`,
    headers: { "content-type": contentType },
    payload,
  });
  return res;
};

describe("POST /api/scenarios/:id/ingest", () => {
  let report: Report;

  it("text/plain: actors, claims with evidence offsets into the text sent, and the patch against the latest version", async () => {
    const res = await ingest(ARTICLE, "text/plain", "?date=2025-04-23");
    expect(res.statusCode).toBe(200);
    report = res.json() as Report;
    expect(report.id).toBe("london-2025");
    expect(report.version).toBe(1);
    expect(report.articles[0]).toMatchObject({ file: "article.txt", date: "2025-04-23" });
    expect(report.actors.map((a) => a.id).sort()).toEqual(["RU", "UA"]);
    const demands = report.claims.filter((c) => c.actor === "RU" && c.stance === "demands");
    expect(demands.map((c) => c.territory).sort()).toEqual(["UA-51", "UA-63"]);
    for (const c of report.claims) expect(ARTICLE.slice(c.start, c.end)).toBe(c.evidence);
    const ops = report.patch.changes.map((c) => c.op);
    expect(ops[0]).toBe("addSource");
    expect(ops.filter((o) => o === "addClaim")).toHaveLength(2);
  });

  it("JSON {text, date} gives the same report; text/html is read as HTML with offsets into the markup", async () => {
    const json = await ingest(JSON.stringify({ text: ARTICLE, date: "2025-04-23" }), "application/json");
    expect(json.statusCode).toBe(200);
    expect((json.json() as Report).patch).toEqual(report.patch);

    const html = `<html><body><p>${ARTICLE.replace(/\n/g, "</p><p>")}</p></body></html>`;
    const res = await ingest(html, "text/html; charset=utf-8", "?date=2025-04-23");
    expect(res.statusCode).toBe(200);
    const r = res.json() as Report;
    expect(r.articles[0]!.file).toBe("article.html");
    const odesa = r.claims.find((c) => c.stance === "demands" && c.territory === "UA-51")!;
    expect(html.slice(odesa.start, odesa.end)).toContain("Moscow wants Ukraine to give up Odesa");
  });

  it("?model=false: the rules' claims alone, none with cue 'model'", async () => {
    const res = await ingest(SEED, "text/plain", "?date=2025-04-23&model=false");
    expect(res.statusCode).toBe(200);
    const rules = (res.json() as Report).claims;
    const all = ((await ingest(SEED, "text/plain", "?date=2025-04-23")).json() as Report).claims;
    expect(rules.some((c) => c.cue === "model")).toBe(false);
    expect(all.some((c) => c.cue === "model")).toBe(true);
    expect(all.filter((c) => c.cue !== "model")).toEqual(rules);
    expect((await ingest(SEED, "text/plain", "?model=maybe")).statusCode).toBe(400);
  });

  it("an empty article, a bad date or a bad JSON body → 400; an unknown scenario → 404", async () => {
    expect((await ingest("   ", "text/plain")).statusCode).toBe(400);
    expect((await ingest(ARTICLE, "text/plain", "?date=23.04.2025")).statusCode).toBe(400);
    expect((await ingest(JSON.stringify({ article: ARTICLE }), "application/json")).statusCode).toBe(400);
    const unknown = await app.inject({
      method: "POST",
      url: "/api/scenarios/nope/ingest",
      headers: { "content-type": "text/plain" },
      payload: ARTICLE,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it("preview: the path-level diff of the accepted changes; nothing is stored", async () => {
    const claim = report.patch.changes.find((c) => c.op === "addClaim" && c.territory === "UA-51")!;
    const res = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/preview",
      payload: { patch: report.patch, accept: [claim.id] },
    });
    expect(res.statusCode).toBe(200);
    const diff = res.json() as { from: number; changes: { path: string; kind: string }[] };
    expect(diff.from).toBe(1);
    expect(
      diff.changes.some(
        (c) => /^sources\["ingest-2025-04-23-article-txt"\]$/.test(c.path) && c.kind === "added",
      ),
    ).toBe(true);
    expect(diff.changes.some((c) => /^territories\[\d+\]\.claims\[\d+\]$/.test(c.path))).toBe(true);
    expect((await store.listVersions("london-2025")).length).toBe(1);

    const unknown = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/preview",
      payload: { patch: report.patch, accept: ["c999"] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/unknown change: c999/);
    const malformed = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/preview",
      payload: { patch: { changes: [{ id: "c1", op: "addEvent" }] } },
    });
    expect(malformed.statusCode).toBe(400);
  });

  it("apply: the accepted subset becomes a new version (If-Match or basedOn); version 1 is unchanged; a stale base → 409", async () => {
    const before = await store.getVersion("london-2025", 1);
    const claim = report.patch.changes.find((c) => c.op === "addClaim" && c.territory === "UA-51")!;
    const note = report.patch.changes.find((c) => c.op === "addNote")!;
    const missing = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/apply",
      payload: { patch: report.patch, accept: [claim.id] },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.path).toBe("headers.if-match");

    const res = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/apply",
      headers: { "if-match": '"1"', "x-author": "reviewer" },
      payload: { patch: report.patch, accept: [claim.id, note.id], message: "RU demand on Odesa" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"2"');
    const saved = res.json() as {
      id: string;
      version: { version: number; parent: number; author: string; message: string };
    };
    expect(saved.version).toMatchObject({
      version: 2,
      parent: 1,
      author: "reviewer",
      message: "RU demand on Odesa",
    });

    const v2 = (await store.getVersion("london-2025", 2)).scenario as Scenario;
    const odesa = v2.territories.find((t) => t.id === "UA-51")!;
    expect(odesa.claims!.some((c) => c.party === "RU" && c.source.startsWith("ingest-2025-04-23"))).toBe(
      true,
    );
    expect(v2.notes?.length).toBe((before.scenario.notes?.length ?? 0) + 1);
    expect(v2.territories.find((t) => t.id === "UA-63")).toEqual(
      before.scenario.territories.find((t) => t.id === "UA-63"),
    );
    const v1 = await store.getVersion("london-2025", 1);
    expect(v1.hash).toBe(before.hash);

    const stale = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/apply",
      payload: { patch: report.patch, basedOn: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: "conflict" }, current: { version: 2 } });
    const disagree = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/ingest/apply",
      headers: { "if-match": '"2"' },
      payload: { patch: report.patch, basedOn: 1 },
    });
    expect(disagree.statusCode).toBe(400);
    expect((await store.listVersions("london-2025")).length).toBe(2);
  });
});
