/**
 * The small SQL surface the store logic needs, implemented once for SQLite and once for PostgreSQL, so the
 * queries and migrations are written once. Statements use `$1, $2, …` placeholders.
 * @module
 */

/** Runs statements on one connection (or inside one transaction). */
export interface SqlExecutor {
  /** Rows of a query. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement and returns the number of rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** A database behind the store. */
export interface SqlDriver extends SqlExecutor {
  readonly kind: "sqlite" | "postgres";
  /** Runs `fn` in a transaction, committing when it resolves and rolling back when it rejects. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** SQL run first in the migration transaction to keep concurrent migrators apart (PostgreSQL). */
  readonly migrationLock: string | null;
  /** True when `error` is a primary-key or unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
  close(): Promise<void>;
}
