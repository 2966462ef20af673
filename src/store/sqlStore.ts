/**
 * The store logic over an {@link SqlDriver}: the same queries and migrations for SQLite and PostgreSQL.
 * @module
 */
import { EngineError } from "../errors.js";
import type { Scenario } from "../model/index.js";
import { applyMigrations } from "./applyMigrations.js";
import { scenarioHash } from "./scenarioHash.js";
import type {
  NewRun,
  SaveInput,
  ScenarioStore,
  ScenarioSummary,
  StoredVersion,
  VersionMeta,
} from "./scenarioStore.js";
import type { SqlDriver, SqlExecutor } from "./sqlDriver.js";
import { type RunRow, runRecord, type ScenarioRow, type VersionRow, versionMeta } from "./storeRows.js";

/** The clock a store stamps saves with (injected so tests are deterministic). */
export type Clock = () => Date;

const META = "version, parent, author, message, created_at, hash";
const SUMMARY = "id, title, latest_version, updated_at, forked_from_id, forked_from_version";
const MAX_SUFFIX = 1000;

/** Applies pending migrations and returns a {@link ScenarioStore} over `driver`. */
export async function sqlStore(driver: SqlDriver, clock: Clock): Promise<ScenarioStore> {
  const now = () => clock().toISOString();
  await applyMigrations(driver, now());

  const summary = (r: ScenarioRow): ScenarioSummary => ({
    id: r.id,
    title: r.title,
    latestVersion: Number(r.latest_version),
    updatedAt: r.updated_at,
    versions: Number(r.latest_version),
    forkedFrom:
      r.forked_from_id === null ? null : { id: r.forked_from_id, version: Number(r.forked_from_version) },
  });

  const scenarioRow = async (db: SqlExecutor, id: string) =>
    (await db.all<ScenarioRow>(`SELECT ${SUMMARY} FROM scenarios WHERE id = $1`, [id]))[0];

  const requireScenario = async (db: SqlExecutor, id: string) => {
    const row = await scenarioRow(db, id);
    if (!row) throw new EngineError("not_found", `unknown scenario: ${id}`);
    return row;
  };

  const findVersionMeta = async (db: SqlExecutor, id: string, version: number) => {
    const rows = await db.all<VersionRow>(
      `SELECT ${META} FROM versions WHERE scenario_id = $1 AND version = $2`,
      [id, version],
    );
    return rows[0] ? versionMeta(rows[0]) : undefined;
  };

  const insertFirst = async (
    tx: SqlExecutor,
    id: string,
    input: SaveInput,
    forkedFrom: { id: string; version: number } | null,
  ): Promise<VersionMeta> => {
    const at = now();
    const version: VersionMeta = {
      version: 1,
      parent: null,
      author: input.author,
      message: input.message,
      createdAt: at,
      hash: scenarioHash(input.scenario),
    };
    await tx.run(
      `INSERT INTO scenarios (id, title, latest_version, created_at, updated_at, forked_from_id, forked_from_version)
       VALUES ($1, $2, 1, $3, $3, $4, $5)`,
      [id, input.scenario.title, at, forkedFrom?.id ?? null, forkedFrom?.version ?? null],
    );
    await insertVersion(tx, id, version, input);
    return version;
  };

  const create = async (
    id: string,
    input: SaveInput,
    suffixIfTaken: boolean,
    forkedFrom: { id: string; version: number } | null,
  ) => {
    for (let n = 1; n <= MAX_SUFFIX; n++) {
      const candidate = n === 1 ? id : `${id}-${n}`;
      try {
        const version = await driver.transaction((tx) => insertFirst(tx, candidate, input, forkedFrom));
        return { id: candidate, version };
      } catch (error) {
        if (!driver.isUniqueViolation(error)) throw error;
        if (!suffixIfTaken) throw new EngineError("conflict", `scenario id already taken: ${id}`);
      }
    }
    throw new EngineError("conflict", `no free id for scenario: ${id}`);
  };

  const getVersion = async (id: string, version?: number): Promise<StoredVersion> => {
    const row = await requireScenario(driver, id);
    const wanted = version ?? Number(row.latest_version);
    const rows = await driver.all<VersionRow>(
      `SELECT ${META}, document, source FROM versions WHERE scenario_id = $1 AND version = $2`,
      [id, wanted],
    );
    const found = rows[0];
    if (!found) throw new EngineError("not_found", `unknown version of scenario ${id}: ${wanted}`);
    return {
      ...versionMeta(found),
      scenario: JSON.parse(found.document ?? "null") as Scenario,
      source: found.source ?? null,
    } satisfies StoredVersion;
  };

  return {
    kind: driver.kind,

    async listScenarios() {
      const rows = await driver.all<ScenarioRow>(
        `SELECT ${SUMMARY} FROM scenarios ORDER BY updated_at DESC, id ASC`,
      );
      return rows.map(summary);
    },

    async getScenario(id) {
      return summary(await requireScenario(driver, id));
    },

    createScenario(id, input, options = {}) {
      return create(id, input, options.suffixIfTaken ?? false, null);
    },

    async saveVersion(id, basedOn, input) {
      const conflict = async () => {
        const row = await requireScenario(driver, id);
        const current = await findVersionMeta(driver, id, Number(row.latest_version));
        return new EngineError(
          "conflict",
          `scenario ${id} is at version ${row.latest_version}; this save was based on version ${basedOn}`,
          { details: { current } },
        );
      };
      const saved = await driver.transaction(async (tx) => {
        const at = now();
        const version: VersionMeta = {
          version: basedOn + 1,
          parent: basedOn,
          author: input.author,
          message: input.message,
          createdAt: at,
          hash: scenarioHash(input.scenario),
        };
        // The conditional update is the arbiter: of several saves based on the same version, exactly one
        // finds latest_version = basedOn (PostgreSQL re-checks the condition after the row lock is released).
        const changed = await tx.run(
          "UPDATE scenarios SET latest_version = $1, updated_at = $2, title = $3 WHERE id = $4 AND latest_version = $5",
          [version.version, at, input.scenario.title, id, basedOn],
        );
        if (changed !== 1) return undefined;
        await insertVersion(tx, id, version, input);
        return version;
      });
      if (saved) return saved;
      throw await conflict();
    },

    getVersion,

    async listVersions(id) {
      await requireScenario(driver, id);
      const rows = await driver.all<VersionRow>(
        `SELECT ${META} FROM versions WHERE scenario_id = $1 ORDER BY version DESC`,
        [id],
      );
      return rows.map(versionMeta);
    },

    async fork(id, options) {
      const from = await getVersion(id, options.version);
      const input: SaveInput = {
        scenario: from.scenario,
        source: from.source,
        author: options.author,
        message: options.message,
      };
      const origin = { id, version: from.version };
      if (options.newId !== undefined) return create(options.newId, input, false, origin);
      return create(`${id}-fork`, input, true, origin);
    },

    async recordRun(run: NewRun) {
      if (!(await findVersionMeta(driver, run.scenarioId, run.version))) {
        throw new EngineError("not_found", `unknown version of scenario ${run.scenarioId}: ${run.version}`);
      }
      await driver.run(
        `INSERT INTO runs (id, scenario_id, version, kind, parameters, seed, status, result, error, started_at, finished_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          run.id,
          run.scenarioId,
          run.version,
          run.kind,
          JSON.stringify(run.parameters ?? null),
          run.seed,
          run.status,
          run.result === undefined ? null : JSON.stringify(run.result),
          run.error === null ? null : JSON.stringify(run.error),
          run.startedAt,
          run.finishedAt,
        ],
      );
      return run;
    },

    async getRun(id) {
      const rows = await driver.all<RunRow>("SELECT * FROM runs WHERE id = $1", [id]);
      if (!rows[0]) throw new EngineError("not_found", `unknown run: ${id}`);
      return runRecord(rows[0]);
    },

    async listRuns(scenarioId) {
      const rows = await driver.all<RunRow>(
        "SELECT * FROM runs WHERE scenario_id = $1 ORDER BY finished_at DESC, id ASC",
        [scenarioId],
      );
      return rows.map(runRecord);
    },

    close() {
      return driver.close();
    },
  };
}

async function insertVersion(tx: SqlExecutor, id: string, version: VersionMeta, input: SaveInput) {
  await tx.run(
    `INSERT INTO versions (scenario_id, version, parent, author, message, created_at, hash, document, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      version.version,
      version.parent,
      version.author,
      version.message,
      version.createdAt,
      version.hash,
      JSON.stringify(input.scenario),
      input.source ?? null,
    ],
  );
}
