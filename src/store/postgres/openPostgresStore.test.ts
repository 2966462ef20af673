import pg from "pg";
import { describe, it } from "vitest";
import { storeCases } from "../store.case.js";
import { openPostgresStore } from "./openPostgresStore.js";

const url = process.env.IMPASSE_TEST_PG_URL;

if (url === undefined || url === "") {
  describe("openPostgresStore({url})", () => {
    it.skip("skipped: IMPASSE_TEST_PG_URL is not set (CI's .ci/run starts PostgreSQL and sets it)", () => {});
  });
} else {
  // Each test gets a fresh schema so the suite starts from an empty database.
  let n = 0;
  const prefix = `impasse_test_${process.pid}`;
  storeCases("openPostgresStore({url})", async (clock) => {
    const schema = `${prefix}_${n++}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const scoped = new URL(url);
    scoped.searchParams.set("options", `-c search_path=${schema}`);
    const store = await openPostgresStore({ url: scoped.toString(), clock });
    return {
      ...store,
      kind: store.kind,
      async close() {
        await store.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await cleanup.end();
      },
    };
  });
}
