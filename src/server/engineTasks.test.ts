import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/index.js";
import { steppingClock } from "../store/store.case.js";
import { createApp } from "./createApp.js";
import { engineTasksUrl } from "./engineTasksUrl.js";
import { seedBundledScenario } from "./seedBundledScenario.js";
import { createWorkerPool } from "./tasks/workerPool.js";

const BUNDLED = fileURLToPath(new URL("../../scenarios/london-2025.yaml", import.meta.url));
const runner = createWorkerPool({ tasksUrl: engineTasksUrl, exportName: "engineTasks" });
afterAll(() => runner.close());

describe("engineTasks in the worker pool, behind the API", () => {
  it("a new store holds the bundled scenario; GET /api/scenarios/london-2025/analysis returns its real analysis", async () => {
    const clock = steppingClock();
    const store = await openSqliteStore({ file: ":memory:", clock });
    expect(await seedBundledScenario(store, { text: readFileSync(BUNDLED, "utf8"), file: BUNDLED })).toBe(
      "london-2025",
    );
    expect(
      await seedBundledScenario(store, { text: readFileSync(BUNDLED, "utf8"), file: BUNDLED }),
    ).toBeUndefined();
    const app = await createApp({ store, runner, clock, version: "test", limits: { analysisMs: 60_000 } });
    try {
      const res = await app.inject("/api/scenarios/london-2025/analysis?at=2025-04-23");
      expect(res.statusCode).toBe(200);
      const result = res.json();
      expect(result).toMatchObject({ scenario: { id: "london-2025" }, at: "2025-04-23" });
      expect(["deadlock", "zopa"]).toContain(result.verdict);
      expect(typeof result.summary).toBe("string");
      const job = await app.inject({
        method: "POST",
        url: "/api/scenarios/london-2025/jobs",
        payload: { kind: "analysis", parameters: { at: "2025-04-23" } },
      });
      expect(job.statusCode).toBe(202);
      const events = await app.inject(`/api/jobs/${job.json().job.id}/events`);
      expect(events.body).toContain("event: done");
      const done = await app.inject(`/api/jobs/${job.json().job.id}`);
      expect(done.json().result.verdict).toBe(result.verdict);
      const timeline = await app.inject("/api/scenarios/london-2025/timeline");
      expect(timeline.statusCode).toBe(200);
      const { entries } = timeline.json();
      expect(entries.length).toBeGreaterThan(1);
      expect(entries[0]).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect(entries.map((e: { date: string }) => e.date)).toEqual(
        entries.map((e: { date: string }) => e.date).sort(),
      );
    } finally {
      await app.close();
      await store.close();
    }
  });
});

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/genius/${name}`, import.meta.url), "utf8");

/** A multipart/form-data body with the files in order. */
function multipartBody(files: { name: string; text: string }[]) {
  const boundary = "----impasse-test-boundary";
  const parts = files.map(
    (f) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n` +
      `Content-Type: application/xml\r\n\r\n${f.text}\r\n`,
  );
  return {
    payload: `${parts.join("")}--${boundary}--\r\n`,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe("POST /api/pareto and simulation jobs, on the real engine", () => {
  let app: Awaited<ReturnType<typeof createApp>>;
  let store: Awaited<ReturnType<typeof openSqliteStore>>;
  beforeAll(async () => {
    const clock = steppingClock();
    store = await openSqliteStore({ file: ":memory:", clock });
    await seedBundledScenario(store, { text: readFileSync(BUNDLED, "utf8"), file: BUNDLED });
    app = await createApp({ store, runner, clock, version: "test", limits: { analysisMs: 60_000 } });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it("POST /api/pareto with a scenario answers the JSON of impasse pareto --json", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/pareto",
      headers: { "content-type": "application/yaml" },
      payload: readFileSync(BUNDLED, "utf8"),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.parties).toEqual(["RU", "UA", "US"]);
    expect(body.frontier.length).toBeGreaterThan(0);
    expect(Object.keys(body.solutions).sort()).toEqual([
      "egalitarian",
      "kalaiSmorodinsky",
      "nash",
      "utilitarian",
    ]);
    expect(body.diagnostics.map((d: { code: string }) => d.code)).toContain("reservation_missing");
    // The same analysis of the stored version, as a job recorded as a run.
    const job = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/jobs",
      payload: { kind: "pareto", parameters: {} },
    });
    expect(job.statusCode).toBe(202);
    await app.inject(`/api/jobs/${job.json().job.id}/events`);
    const run = (await app.inject("/api/scenarios/london-2025/runs")).json().runs[0];
    expect(run).toMatchObject({ id: job.json().job.id, kind: "pareto", status: "done", seed: null });
    expect(run.result.frontier.length).toBe(body.frontier.length);
  });

  it("POST /api/pareto with GENIUS files (multipart: domain, then profiles) answers the same JSON as the CLI", async () => {
    const { paretoJson } = await import("../analysis/paretoReport.js");
    const { bargainingAnalysis } = await import("../analysis/solutions/bargainingAnalysis.js");
    const { importGenius, geniusToSpace } = await import("../interop/genius/index.js");
    const files = ["fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml"].map((name) => ({
      name,
      text: fixture(name),
    }));
    const { payload, contentType } = multipartBody(files);
    const res = await app.inject({
      method: "POST",
      url: "/api/pareto",
      headers: { "content-type": contentType },
      payload,
    });
    expect(res.statusCode).toBe(200);
    const imported = importGenius(files.map((f) => ({ file: f.name, text: f.text })));
    const converted = geniusToSpace(imported);
    const input = {
      name: imported.domain.name,
      space: converted.space,
      reservation: converted.reservation,
      diagnostics: [...imported.diagnostics, ...converted.diagnostics],
    };
    const expected = paretoJson(input, bargainingAnalysis(input.space, { reservation: input.reservation }));
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(expected)));
    const broken = multipartBody([{ name: "fruit-domain.xml", text: "<not xml" }]);
    const bad = await app.inject({
      method: "POST",
      url: "/api/pareto",
      headers: { "content-type": broken.contentType },
      payload: broken.payload,
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
  });

  it("POST /api/scenarios/:id/simulations runs a seeded simulation job with progress; the run keeps its seed", async () => {
    const start = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/simulations",
      payload: { runs: 24, seed: 7, protocol: "alternating", maxRounds: 30 },
    });
    expect(start.statusCode).toBe(202);
    const { job } = start.json();
    expect(job).toMatchObject({ kind: "simulation", scenarioId: "london-2025", version: 1 });
    const events = await app.inject(`/api/jobs/${job.id}/events`);
    expect(events.body).toContain("event: done");
    const done = (await app.inject(`/api/jobs/${job.id}`)).json();
    expect(done).toMatchObject({
      status: "done",
      progress: 1,
      result: { runs: 24, seed: 7, partial: false },
    });
    const runs = (await app.inject("/api/scenarios/london-2025/runs")).json().runs;
    expect(runs.find((r: { id: string }) => r.id === job.id)).toMatchObject({
      kind: "simulation",
      seed: "7",
      parameters: { runs: 24, seed: 7 },
    });
    const bad = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/simulations",
      payload: { runs: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe("parameters.runs");
  });

  it("DELETE /api/jobs/:job stops a long simulation and records it as cancelled", async () => {
    const start = await app.inject({
      method: "POST",
      url: "/api/scenarios/london-2025/simulations",
      payload: { runs: 100000, seed: 1 },
    });
    const id = start.json().job.id;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cancelled = await app.inject({ method: "DELETE", url: `/api/jobs/${id}` });
    // The simulation winds down after its current chunk and hands back the runs completed so far.
    expect(cancelled.json()).toMatchObject({
      id,
      status: "cancelled",
      result: { partial: true, requestedRuns: 100000 },
    });
    expect(cancelled.json().result.runs).toBeLessThan(100000);
    const runs = (await app.inject("/api/scenarios/london-2025/runs")).json().runs;
    expect(runs.find((r: { id: string }) => r.id === id)).toMatchObject({
      status: "cancelled",
      seed: "1",
      result: { partial: true },
    });
  });
});
