import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
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
