import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledScenarioPath } from "../../cli/bundledScenario.js";
import { openSqliteStore, type ScenarioStore } from "../../store/index.js";
import { steppingClock } from "../../store/store.case.js";
import { createApp } from "../createApp.js";
import { engineTasks } from "../engineTasks.js";
import { inProcessRunner } from "../tasks/inProcessRunner.js";

let app: FastifyInstance;
let store: ScenarioStore;
const bundled = readFileSync(bundledScenarioPath, "utf8");

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
    payload: bundled,
  });
  expect(res.statusCode).toBe(201);
});
afterAll(async () => {
  await app?.close();
  await store?.close();
});

describe("GET /api/scenarios/:id/forecast", () => {
  it("model=all: every model's history and final positions, the spread and the disagreement line; then cached and recorded", async () => {
    const url = "/api/scenarios/london-2025/forecast?runs=8&seed=3";
    const res = await app.inject({ method: "GET", url });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-cache"]).toBe("miss");
    const body = res.json() as {
      models: {
        model: string;
        turns: number;
        history: number[][][];
        actors: string[];
        dimensions: string[];
        final: { expected: number[] };
        spread: { runs: number; seed: number; dimensions: { iqr: [number, number] }[] };
      }[];
      disagreement: string;
    };
    expect(body.models.map((m) => m.model)).toEqual(["compromise", "median", "smp", "bdm", "exchange"]);
    const smp = body.models.find((m) => m.model === "smp")!;
    expect(smp.history).toHaveLength(smp.turns);
    expect(smp.history[0]).toHaveLength(smp.actors.length);
    expect(smp.history[0]![0]).toHaveLength(smp.dimensions.length);
    expect(smp.actors).toContain("RU");
    expect(smp.dimensions[0]).toBe("territory");
    expect(smp.spread.runs).toBe(8);
    expect(smp.spread.seed).toBe(3);
    expect(smp.spread.dimensions).toHaveLength(smp.dimensions.length);
    expect(body.disagreement).toMatch(/^Models disagree most on /);

    const again = await app.inject({ method: "GET", url });
    expect(again.headers["x-cache"]).toBe("hit");
    expect(again.json()).toEqual(body);
    await expect
      .poll(async () => (await store.listRuns("london-2025")).filter((r) => r.kind === "forecast").length)
      .toBe(1);
    const [run] = (await store.listRuns("london-2025")).filter((r) => r.kind === "forecast");
    expect(run!.seed).toBe("3");
    expect(run!.parameters).toEqual({ model: "all", runs: 8 });
  });

  it("one model without a spread: the single-model object of `impasse forecast --json`", async () => {
    const res = await app.inject({
      method: "GET",
      url: "/api/scenarios/london-2025/forecast?model=compromise&runs=0",
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as Record<string, unknown>;
    expect(body.model).toBe("compromise");
    expect(body.turns).toBe(1);
    expect(body).not.toHaveProperty("spread");
    expect(body).not.toHaveProperty("models");
  });

  it("bad parameters → 400 with a path; a scenario without a forecast block → 404; unknown scenario → 404", async () => {
    const bad = await app.inject({ method: "GET", url: "/api/scenarios/london-2025/forecast?model=oracle" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.path).toBe("querystring.model");
    const tooMany = await app.inject({ method: "GET", url: "/api/scenarios/london-2025/forecast?runs=5000" });
    expect(tooMany.statusCode).toBe(400);

    const plain = bundled.replace(/^id: london-2025$/m, "id: no-forecast").replace(/^forecast:[\s\S]*$/m, "");
    expect(plain).not.toContain("\nforecast:");
    const created = await app.inject({
      method: "POST",
      url: "/api/scenarios",
      headers: { "content-type": "application/yaml" },
      payload: plain,
    });
    expect(created.statusCode).toBe(201);
    const none = await app.inject({ method: "GET", url: "/api/scenarios/no-forecast/forecast" });
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toMatch(/no forecast block/);
    const unknown = await app.inject({ method: "GET", url: "/api/scenarios/nope/forecast" });
    expect(unknown.statusCode).toBe(404);
  });
});

describe("the forecast and ingest tasks in a worker thread", () => {
  it("run in the worker pool (the ingest module is loaded there on first use)", async () => {
    const { createWorkerPool } = await import("../tasks/workerPool.js");
    const { engineTasksUrl } = await import("../engineTasksUrl.js");
    const pool = createWorkerPool({ tasksUrl: engineTasksUrl, exportName: "engineTasks" });
    try {
      const { scenario } = await store.getVersion("london-2025");
      const forecast = (await pool.run(
        "forecast",
        { scenario, model: "median", runs: 4, seed: 1 },
        { timeoutMs: 60_000 },
      )) as { model: string; spread: { runs: number } };
      expect(forecast.model).toBe("median");
      expect(forecast.spread.runs).toBe(4);
      const ingest = (await pool.run(
        "ingest",
        { scenario, text: "Moscow wants Ukraine to give up Odesa.", file: "a.txt", date: "2025-04-23" },
        { timeoutMs: 60_000 },
      )) as { claims: { actor: string; stance: string; territory: string }[] };
      expect(ingest.claims).toContainEqual(
        expect.objectContaining({ actor: "RU", stance: "demands", territory: "UA-51" }),
      );
    } finally {
      await pool.close();
    }
  });
});
