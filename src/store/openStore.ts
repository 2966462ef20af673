/**
 * Chooses the store from configuration: PostgreSQL for a `postgres://` URL, SQLite otherwise.
 * @module
 */
import { openPostgresStore } from "./postgres/openPostgresStore.js";
import type { ScenarioStore } from "./scenarioStore.js";
import { openSqliteStore } from "./sqlite/openSqliteStore.js";
import type { Clock } from "./sqlStore.js";

/** Store configuration as given on the command line. */
export interface StoreConfig {
  /** `postgres://…` / `postgresql://…` for PostgreSQL; `sqlite:PATH` or a file path for SQLite. */
  db?: string;
  /** Directory of the default SQLite file (`<dataDir>/impasse.sqlite`) when `db` is not given. */
  dataDir: string;
  clock: Clock;
}

/** Opens the store `config` describes. */
export function openStore(config: StoreConfig): Promise<ScenarioStore> {
  const db = config.db;
  if (db !== undefined && /^postgres(ql)?:\/\//.test(db))
    return openPostgresStore({ url: db, clock: config.clock });
  if (db !== undefined) return openSqliteStore({ file: db.replace(/^sqlite:/, ""), clock: config.clock });
  return openSqliteStore({ dataDir: config.dataDir, clock: config.clock });
}
