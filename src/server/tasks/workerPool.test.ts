import { afterAll, describe, expect, it } from "vitest";
import { inProcessRunner } from "./inProcessRunner.js";
import { tasks } from "./workerPool.fixture.js";
import { createWorkerPool } from "./workerPool.js";

const pool = createWorkerPool({ tasksUrl: new URL("./workerPool.fixture.ts", import.meta.url), size: 2 });
afterAll(() => pool.close());

describe("createWorkerPool", () => {
  it("pool.run(name, input) returns the task's result and reports progress", async () => {
    expect(await pool.run("echo", { a: 1 })).toEqual({ echoed: { a: 1 } });
    const seen: number[] = [];
    expect(await pool.run("progress", null, { onProgress: (f) => seen.push(f) })).toBe("done");
    expect(seen).toEqual([0.25, 0.5, 1]);
  });

  it("pool.run(name, input) keeps an EngineError's code and details; other errors stay plain", async () => {
    await expect(pool.run("fail", null)).rejects.toMatchObject({
      name: "EngineError",
      code: "invalid_argument",
      details: { path: "x" },
    });
    await expect(pool.run("crash", null)).rejects.toMatchObject({ message: "boom" });
    await expect(pool.run("nope", null)).rejects.toThrow("unknown task: nope");
  });

  it("pool.run(name, input, {timeoutMs}) stops CPU-bound work at the limit and the pool recovers", async () => {
    const started = Date.now();
    await expect(pool.run("spin", { ms: 5000 }, { timeoutMs: 200 })).rejects.toMatchObject({
      code: "timeout",
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await pool.run("spin", { ms: 10 }, { timeoutMs: 5000 })).toBe(10);
  });

  it("pool.run(name, input, {signal}) rejects with cancelled when aborted mid-run", async () => {
    const controller = new AbortController();
    const run = pool.run("spin", { ms: 5000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(run).rejects.toMatchObject({ code: "cancelled" });
    expect(await pool.run("echo", 1)).toEqual({ echoed: 1 });
  });

  it("pool.run() queues beyond the pool size and runs everything", async () => {
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run("echo", n)));
    expect(results).toEqual([1, 2, 3, 4, 5].map((n) => ({ echoed: n })));
  });
});

describe("inProcessRunner", () => {
  it("inProcessRunner(tasks).run(name, input) returns results, progress and errors", async () => {
    const runner = inProcessRunner(tasks);
    expect(await runner.run("echo", 2)).toEqual({ echoed: 2 });
    const seen: number[] = [];
    await runner.run("progress", null, { onProgress: (f) => seen.push(f) });
    expect(seen).toEqual([0.25, 0.5, 1]);
    await expect(runner.run("fail", null)).rejects.toMatchObject({ code: "invalid_argument" });
    const controller = new AbortController();
    controller.abort();
    await expect(runner.run("echo", 1, { signal: controller.signal })).rejects.toMatchObject({
      code: "cancelled",
    });
  });
});
