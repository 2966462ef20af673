/**
 * Applies the pending migrations in one transaction, recording each in `schema_migrations`.
 * @module
 */
import { migrations } from "./migrations.js";
import type { SqlDriver } from "./sqlDriver.js";

/** Brings the database behind `driver` to the latest schema; `at` stamps the migrations applied now. */
export async function applyMigrations(driver: SqlDriver, at: string): Promise<void> {
  await driver.transaction(async (tx) => {
    if (driver.migrationLock) await tx.all(driver.migrationLock);
    await tx.run(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const applied = new Set(
      (await tx.all<{ id: number }>("SELECT id FROM schema_migrations")).map((r) => Number(r.id)),
    );
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.run(statement);
      await tx.run("INSERT INTO schema_migrations (id, name, applied_at) VALUES ($1, $2, $3)", [
        migration.id,
        migration.name,
        at,
      ]);
    }
  });
}
