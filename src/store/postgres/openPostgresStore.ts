/**
 * The PostgreSQL store, for teams sharing one database: a `pg` connection pool; the same migrations and
 * queries as SQLite (see `sqlStore.ts`). Concurrent saves are arbitrated by a conditional update, which
 * PostgreSQL re-evaluates after the competing transaction commits.
 * @module
 */
import pg from "pg";
import type { ScenarioStore } from "../scenarioStore.js";
import type { SqlDriver, SqlExecutor } from "../sqlDriver.js";
import { type Clock, sqlStore } from "../sqlStore.js";

/** How to open the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** A `postgres://` connection URL. */
  url: string;
  clock: Clock;
  /** Largest number of pooled connections (default 10). */
  maxConnections?: number;
}

/** An arbitrary constant identifying Impasse's migration lock among advisory locks. */
const MIGRATION_LOCK_KEY = 74_616_001;

/** Opens (migrating as needed) a PostgreSQL-backed {@link ScenarioStore}. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<ScenarioStore> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  try {
    return await sqlStore(postgresDriver(pool), options.clock);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rows as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, [...params]);
      return result.rowCount ?? 0;
    },
  };
}

function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    kind: "postgres",
    migrationLock: `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`,
    ...executor(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(executor(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    isUniqueViolation: (error) => error instanceof Error && "code" in error && error.code === "23505",
    close: () => pool.end(),
  };
}
