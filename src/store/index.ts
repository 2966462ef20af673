/**
 * Storage: versioned scenarios and recorded runs behind one repository interface, with SQLite and
 * PostgreSQL implementations sharing migrations and queries.
 * @module
 */
export { diffScenarios, type ScenarioChange } from "./diffScenarios.js";
export { type Migration, migrations } from "./migrations.js";
export { openStore, type StoreConfig } from "./openStore.js";
export { openPostgresStore, type PostgresStoreOptions } from "./postgres/openPostgresStore.js";
export { canonicalJson, scenarioHash } from "./scenarioHash.js";
export type {
  NewRun,
  RunRecord,
  SaveInput,
  ScenarioStore,
  ScenarioSummary,
  StoredVersion,
  VersionMeta,
} from "./scenarioStore.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite/openSqliteStore.js";
export type { Clock } from "./sqlStore.js";
