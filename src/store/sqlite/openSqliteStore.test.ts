import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { steppingClock, storeCases, testScenario } from "../store.case.js";
import { openSqliteStore } from "./openSqliteStore.js";

const dir = mkdtempSync(join(tmpdir(), "impasse-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeCases("openSqliteStore({file})", (clock) =>
  openSqliteStore({ file: join(dir, `t${n++}.sqlite`), clock }),
);

describe("openSqliteStore({dataDir})", () => {
  it("openSqliteStore({dataDir}) creates the directory, uses WAL and keeps data across reopen", async () => {
    const dataDir = join(dir, "nested", "data");
    const store = await openSqliteStore({ dataDir, clock: steppingClock() });
    await store.createScenario("s", { scenario: testScenario("Kept"), author: "a", message: "m" });
    await store.close();
    const again = await openSqliteStore({ dataDir, clock: steppingClock() });
    expect((await again.getVersion("s")).scenario.title).toBe("Kept");
    expect(again.kind).toBe("sqlite");
    await again.close();
    const Database = (await import("better-sqlite3")).default;
    const raw = new Database(join(dataDir, "impasse.sqlite"), { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.prepare("SELECT count(*) AS n FROM schema_migrations").get()).toEqual({ n: 1 });
    raw.close();
  });
});
