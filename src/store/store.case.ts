/**
 * The one conformance suite every {@link ScenarioStore} implementation passes (run by
 * `sqlite/openSqliteStore.test.ts` and `postgres/openPostgresStore.test.ts`).
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isEngineError } from "../errors.js";
import { type Scenario, ScenarioSchema } from "../model/index.js";
import type { ScenarioStore } from "./scenarioStore.js";
import type { Clock } from "./sqlStore.js";

/** A deterministic clock: 2025-01-01T00:00:00Z, one second later on every call. */
export function steppingClock(start = Date.UTC(2025, 0, 1)): Clock {
  let t = start;
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** A small valid scenario for store and server tests. */
export function testScenario(title = "Test scenario", id = "test"): Scenario {
  return ScenarioSchema.parse({
    id,
    title,
    date: "2025-04-23",
    sources: { s1: { title: "A source" } },
    parties: [
      { id: "RU", name: "Russia", kind: "state", role: "negotiator" },
      { id: "UA", name: "Ukraine", kind: "state", role: "negotiator" },
    ],
  });
}

/** Registers the shared store suite under `name`; `open` returns a fresh, empty store for every test. */
export function storeCases(name: string, open: (clock: Clock) => Promise<ScenarioStore>): void {
  describe(name, () => {
    let store: ScenarioStore;
    beforeEach(async () => {
      store = await open(steppingClock());
    });
    afterEach(async () => {
      await store.close();
    });
    const save = (title: string, message = "m") => ({
      scenario: testScenario(title),
      author: "ana",
      message,
    });

    it("createScenario(id, input) stores version 1 with author, message, time and hash", async () => {
      const created = await store.createScenario("s", { ...save("One", "first"), source: "id: test\n" });
      expect(created.id).toBe("s");
      expect(created.version).toMatchObject({ version: 1, parent: null, author: "ana", message: "first" });
      // The migration takes the first tick of the clock.
      expect(created.version.createdAt).toBe("2025-01-01T00:00:01.000Z");
      expect(created.version.hash).toMatch(/^[0-9a-f]{64}$/);
      const got = await store.getVersion("s");
      expect(got.scenario).toEqual(testScenario("One"));
      expect(got.source).toBe("id: test\n");
      expect(got.hash).toBe(created.version.hash);
    });

    it("createScenario(id, input) rejects a taken id with conflict, or suffixes it with {suffixIfTaken}", async () => {
      await store.createScenario("s", save("A"));
      await expect(store.createScenario("s", save("B"))).rejects.toMatchObject({ code: "conflict" });
      const second = await store.createScenario("s", save("B"), { suffixIfTaken: true });
      const third = await store.createScenario("s", save("C"), { suffixIfTaken: true });
      expect([second.id, third.id]).toEqual(["s-2", "s-3"]);
      expect((await store.getVersion("s")).scenario.title).toBe("A");
    });

    it("saveVersion(id, basedOn, input) appends immutable versions with their parent", async () => {
      const { version: v1 } = await store.createScenario("s", save("One"));
      const v2 = await store.saveVersion("s", 1, save("Two", "second"));
      const v3 = await store.saveVersion("s", 2, save("Three", "third"));
      expect([v2.version, v2.parent, v3.version, v3.parent]).toEqual([2, 1, 3, 2]);
      expect((await store.getVersion("s", 1)).scenario.title).toBe("One");
      expect((await store.getVersion("s", 1)).hash).toBe(v1.hash);
      expect((await store.getVersion("s")).scenario.title).toBe("Three");
      const versions = await store.listVersions("s");
      expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
      expect(versions[0]).toEqual(v3);
      const summary = await store.getScenario("s");
      expect(summary).toMatchObject({ id: "s", title: "Three", latestVersion: 3, versions: 3 });
      expect(summary.updatedAt).toBe(v3.createdAt);
    });

    it("saveVersion(id, basedOn, input) on a stale version rejects with conflict and the current version", async () => {
      await store.createScenario("s", save("One"));
      const v2 = await store.saveVersion("s", 1, save("Two"));
      const error = await store.saveVersion("s", 1, save("Late")).catch((e: unknown) => e);
      expect(isEngineError(error) && error.code).toBe("conflict");
      expect((error as { details: { current: unknown } }).details.current).toEqual(v2);
      expect((await store.listVersions("s")).length).toBe(2);
    });

    it("saveVersion(id, basedOn, input) run concurrently from the same version: exactly one wins", async () => {
      await store.createScenario("s", save("One"));
      const attempts = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => store.saveVersion("s", 1, save(`Try ${i}`))),
      );
      const won = attempts.filter((a) => a.status === "fulfilled");
      const lost = attempts.filter((a) => a.status === "rejected");
      expect(won.length).toBe(1);
      expect(
        lost.every((a) => a.status === "rejected" && isEngineError(a.reason) && a.reason.code === "conflict"),
      ).toBe(true);
      const versions = await store.listVersions("s");
      expect(versions.map((v) => v.version)).toEqual([2, 1]);
    });

    it("getVersion / listVersions / getScenario / saveVersion reject unknown ids with not_found", async () => {
      await store.createScenario("s", save("One"));
      await expect(store.getVersion("nope")).rejects.toMatchObject({ code: "not_found" });
      await expect(store.getVersion("s", 9)).rejects.toMatchObject({ code: "not_found" });
      await expect(store.listVersions("nope")).rejects.toMatchObject({ code: "not_found" });
      await expect(store.getScenario("nope")).rejects.toMatchObject({ code: "not_found" });
      await expect(store.saveVersion("nope", 1, save("x"))).rejects.toMatchObject({ code: "not_found" });
      await expect(store.getRun("nope")).rejects.toMatchObject({ code: "not_found" });
    });

    it("listScenarios() lists every scenario, most recently updated first", async () => {
      await store.createScenario("a", save("A"));
      await store.createScenario("b", save("B"));
      await store.saveVersion("a", 1, save("A2"));
      const list = await store.listScenarios();
      expect(list.map((s) => [s.id, s.title, s.latestVersion])).toEqual([
        ["a", "A2", 2],
        ["b", "B", 1],
      ]);
    });

    it("fork(id, options) copies a version into a new scenario that records its origin", async () => {
      await store.createScenario("s", save("One"));
      await store.saveVersion("s", 1, save("Two"));
      const fork = await store.fork("s", { version: 1, author: "bo", message: "what if" });
      expect(fork.id).toBe("s-fork");
      expect(fork.version).toMatchObject({ version: 1, parent: null, author: "bo", message: "what if" });
      expect((await store.getVersion("s-fork")).scenario.title).toBe("One");
      expect((await store.getScenario("s-fork")).forkedFrom).toEqual({ id: "s", version: 1 });
      const again = await store.fork("s", { author: "bo", message: "again" });
      expect(again.id).toBe("s-fork-2");
      expect((await store.getVersion("s-fork-2")).scenario.title).toBe("Two");
      await expect(store.fork("s", { newId: "s", author: "bo", message: "" })).rejects.toMatchObject({
        code: "conflict",
      });
      const named = await store.fork("s", { newId: "kherson", author: "bo", message: "" });
      expect(named.id).toBe("kherson");
    });

    it("recordRun(run) keeps the version, parameters, seed and result; listRuns is newest first", async () => {
      await store.createScenario("s", save("One"));
      const base = {
        scenarioId: "s",
        version: 1,
        kind: "simulation",
        parameters: { runs: 10 },
        seed: "42",
        status: "done" as const,
        error: null,
        startedAt: "2025-01-02T00:00:00.000Z",
      };
      await store.recordRun({
        ...base,
        id: "r1",
        result: { agreements: 3 },
        finishedAt: "2025-01-02T00:00:01.000Z",
      });
      await store.recordRun({
        ...base,
        id: "r2",
        status: "failed",
        result: null,
        error: { code: "timeout", message: "too slow" },
        finishedAt: "2025-01-02T00:00:02.000Z",
      });
      expect(await store.getRun("r1")).toEqual({
        ...base,
        id: "r1",
        result: { agreements: 3 },
        finishedAt: "2025-01-02T00:00:01.000Z",
      });
      expect((await store.listRuns("s")).map((r) => [r.id, r.status, r.error?.code ?? null])).toEqual([
        ["r2", "failed", "timeout"],
        ["r1", "done", null],
      ]);
      await expect(
        store.recordRun({ ...base, id: "r3", version: 7, result: null, finishedAt: base.startedAt }),
      ).rejects.toMatchObject({ code: "not_found" });
    });
  });
}
