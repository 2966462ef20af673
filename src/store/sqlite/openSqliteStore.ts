/**
 * The SQLite store: one file in a data directory, WAL journal, `synchronous=FULL` so that a save is on disk
 * when it is acknowledged. Statements run one at a time through a queue, which keeps an async transaction
 * from interleaving with other statements on the single connection.
 * @module
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { ScenarioStore } from "../scenarioStore.js";
import type { SqlDriver, SqlExecutor } from "../sqlDriver.js";
import { type Clock, sqlStore } from "../sqlStore.js";

/** Where and how to open the SQLite store. */
export interface SqliteStoreOptions {
  /** Database file; `:memory:` for a private in-memory store. Default: `<dataDir>/impasse.sqlite`. */
  file?: string;
  /** Directory holding `impasse.sqlite` (created if missing) when `file` is not given. */
  dataDir?: string;
  clock: Clock;
}

/** Opens (creating and migrating as needed) a SQLite-backed {@link ScenarioStore}. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<ScenarioStore> {
  let file = options.file;
  if (file === undefined) {
    if (options.dataDir === undefined) throw new TypeError("missing option: file or dataDir");
    mkdirSync(options.dataDir, { recursive: true });
    file = join(options.dataDir, "impasse.sqlite");
  }
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return sqlStore(sqliteDriver(db), options.clock);
}

function sqliteDriver(db: Database.Database): SqlDriver {
  const statements = new Map<string, { stmt: Database.Statement; order: number[] }>();
  const prepare = (sql: string) => {
    let entry = statements.get(sql);
    if (!entry) {
      // `$n` placeholders become positional `?`, with the parameters reordered to match.
      const order: number[] = [];
      const text = sql.replace(/\$(\d+)/g, (_m, n: string) => {
        order.push(Number(n) - 1);
        return "?";
      });
      entry = { stmt: db.prepare(text), order };
      statements.set(sql, entry);
    }
    return entry;
  };
  const bind = (order: number[], params: readonly unknown[]) => order.map((i) => params[i]);
  const direct: SqlExecutor = {
    async all<T>(sql: string, params: readonly unknown[] = []) {
      const { stmt, order } = prepare(sql);
      return stmt.all(...bind(order, params)) as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      const { stmt, order } = prepare(sql);
      if (stmt.reader) return stmt.all(...bind(order, params)).length;
      return stmt.run(...bind(order, params)).changes;
    },
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    kind: "sqlite",
    migrationLock: null,
    all: (sql, params) => serial(() => direct.all(sql, params)),
    run: (sql, params) => serial(() => direct.run(sql, params)),
    transaction: (fn) =>
      serial(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(direct);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      }),
    isUniqueViolation: (error) =>
      error instanceof Error &&
      "code" in error &&
      (error.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || error.code === "SQLITE_CONSTRAINT_UNIQUE"),
    async close() {
      await serial(async () => db.close());
    },
  };
}
