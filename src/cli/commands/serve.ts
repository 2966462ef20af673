/**
 * `impasse serve`: the HTTP API and the web workbench. The one long-running command: it keeps the process
 * alive until SIGTERM or SIGINT, then stops accepting connections, lets in-flight requests finish, cancels
 * running jobs, and closes the store.
 * @module
 */
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Command, InvalidArgumentError } from "commander";
import { isEngineError } from "../../errors.js";
import {
  assertListenAllowed,
  createApp,
  createWorkerPool,
  engineTasksUrl,
  seedBundledScenario,
} from "../../server/index.js";
import { openStore } from "../../store/index.js";
import { bundledScenarioPath } from "../bundledScenario.js";
import { type CliIo, ExitError } from "../io.js";
import { version } from "../version.js";

/** Options of `impasse serve`. */
interface ServeOptions {
  host: string;
  port: number;
  db?: string;
  dataDir?: string;
  tokenFile?: string;
  cors: string[];
  workers: number;
  warm: boolean;
  analysisTimeout: number;
  logLevel: string;
}

const WEB_ROOT = fileURLToPath(new URL("../../../web/dist", import.meta.url));

const integer = (min: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
  return n;
};

/** The default data directory: `$IMPASSE_DATA_DIR`, else `$XDG_DATA_HOME/impasse`, else `~/.local/share/impasse`. */
function defaultDataDir(): string {
  const env = process.env;
  if (env.IMPASSE_DATA_DIR) return env.IMPASSE_DATA_DIR;
  return join(env.XDG_DATA_HOME || join(homedir(), ".local", "share"), "impasse");
}

function readToken(file: string): string {
  let token: string;
  try {
    token = readFileSync(file, "utf8").trim();
  } catch (error) {
    throw new ExitError(2, `cannot read the token file ${file}: ${(error as Error).message}`);
  }
  if (token.length < 16) throw new ExitError(2, `the token in ${file} is shorter than 16 characters`);
  return token;
}

/** Registers `impasse serve`. */
export function register(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("serve the HTTP API (and the web workbench when web/dist is built)")
    .option("--host <host>", "address to listen on; other than loopback requires --token-file", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", integer(0), 4318)
    .option(
      "--db <url>",
      "postgres://… for PostgreSQL, or a SQLite file path (default: <data-dir>/impasse.sqlite)",
    )
    .option("--data-dir <dir>", "directory of the default SQLite database")
    .option("--token-file <file>", "file holding the API token required as `Authorization: Bearer <token>`")
    .option("--cors <origin...>", "allow cross-origin requests from these origins (off by default)", [])
    .option("--workers <n>", "engine worker threads", integer(1), 1)
    .option("--no-warm", "start engine workers on the first request instead of at start-up")
    .option("--analysis-timeout <ms>", "time limit of one analysis request", integer(100), 10_000)
    .option("--log-level <level>", "fatal, error, warn, info or debug", "warn")
    .action(async (options: ServeOptions) => {
      await serve(options, io);
    });
}

async function serve(options: ServeOptions, io: CliIo): Promise<void> {
  const token = options.tokenFile ? readToken(options.tokenFile) : undefined;
  try {
    assertListenAllowed(options.host, token);
  } catch (error) {
    throw new ExitError(2, isEngineError(error) ? error.message : String(error));
  }
  const dataDir = options.dataDir ?? defaultDataDir();
  const clock = () => new Date();
  const store = await openStore({ ...(options.db ? { db: options.db } : {}), dataDir, clock }).catch(
    (error: unknown) => {
      throw new ExitError(
        1,
        `cannot open the store: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  const runner = createWorkerPool({
    tasksUrl: engineTasksUrl,
    exportName: "engineTasks",
    size: options.workers,
    warm: options.warm,
  });
  try {
    const seeded = await seedBundledScenario(store, {
      text: readFileSync(bundledScenarioPath, "utf8"),
      file: bundledScenarioPath,
    });
    const app = await createApp({
      store,
      runner,
      clock,
      logger: { level: options.logLevel, stream: process.stderr },
      ...(token ? { token } : {}),
      corsOrigins: options.cors,
      webRoot: WEB_ROOT,
      limits: { analysisMs: options.analysisTimeout },
      version,
    });
    try {
      await app.listen({ host: options.host, port: options.port });
    } catch (error) {
      await app.close();
      const code = (error as { code?: string }).code ?? (error as Error).message;
      throw new ExitError(1, `cannot listen on ${options.host}:${options.port}: ${code}`);
    }
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : options.port;
    const host = options.host.includes(":") ? `[${options.host}]` : options.host;
    const where =
      store.kind === "sqlite" ? `sqlite (${options.db ?? join(dataDir, "impasse.sqlite")})` : "postgres";
    io.stdout(
      `impasse ${version}: listening on http://${host}:${port} (store: ${where}${token ? ", token required" : ""})\n`,
    );
    if (seeded) io.stdout(`stored the bundled scenario as "${seeded}"\n`);
    await untilSignal();
    io.stdout("shutting down: finishing in-flight requests\n");
    await app.close();
  } finally {
    await runner.close();
    await store.close();
  }
  io.stdout("stopped\n");
}

/** Resolves on the first SIGTERM or SIGINT. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off("SIGTERM", on);
      process.off("SIGINT", on);
      resolve(signal);
    };
    process.on("SIGTERM", on);
    process.on("SIGINT", on);
  });
}
