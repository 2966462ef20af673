/**
 * The schema migrations, shared by SQLite and PostgreSQL: plain SQL that both accept (TEXT timestamps in ISO
 * 8601, JSON as TEXT, INTEGER version numbers). Append new migrations; never edit an applied one.
 * @module
 */

/** One migration: a number (its order) and the statements it runs, in one transaction. */
export interface Migration {
  id: number;
  name: string;
  statements: readonly string[];
}

/** Every migration, in order. */
export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: "scenarios, versions, runs",
    statements: [
      `CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        latest_version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        forked_from_id TEXT,
        forked_from_version INTEGER
      )`,
      `CREATE TABLE versions (
        scenario_id TEXT NOT NULL REFERENCES scenarios(id),
        version INTEGER NOT NULL,
        parent INTEGER,
        author TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL,
        hash TEXT NOT NULL,
        document TEXT NOT NULL,
        source TEXT,
        PRIMARY KEY (scenario_id, version)
      )`,
      `CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        kind TEXT NOT NULL,
        parameters TEXT NOT NULL,
        seed TEXT,
        status TEXT NOT NULL,
        result TEXT,
        error TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        FOREIGN KEY (scenario_id, version) REFERENCES versions(scenario_id, version)
      )`,
      "CREATE INDEX runs_by_scenario ON runs (scenario_id, finished_at)",
      "CREATE INDEX scenarios_by_update ON scenarios (updated_at)",
    ],
  },
];
