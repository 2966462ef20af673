/**
 * Builds the commander program and runs it against `argv`, returning the exit code. Commands report user
 * mistakes with a message and a non-zero code; anything else is an internal error, printed with a request
 * to report it and never as a bare stack trace.
 * @module
 */
import { Command, CommanderError } from "commander";
import { isEngineError } from "../errors.js";
import { commands } from "./commands/index.js";
import { formatDiagnostics } from "./formatDiagnostics.js";
import { type CliIo, ExitError } from "./io.js";
import { version } from "./version.js";

/** Runs the CLI with `argv` (without node and script) and returns the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command("impasse")
    .description(
      "Impasse: is there any deal both sides could accept, and if not, what exactly would have to move?",
    )
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  const first = argv.find((a) => !a.startsWith("-"));
  const names = first !== undefined && first in commands ? [first] : Object.keys(commands);
  for (const name of names) {
    const load = commands[name];
    if (load) (await load()).register(program, io);
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof ExitError) {
      if (error.message) io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isEngineError(error)) {
      const details = error.details as { diagnostics?: unknown } | undefined;
      if (details && Array.isArray(details.diagnostics)) {
        io.stderr(formatDiagnostics(details.diagnostics));
      } else {
        io.stderr(`error: ${error.message}\n`);
      }
      return 1;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `impasse ${version}: internal error, this is a bug; please report it with this text:\n${message}\n`,
    );
    return 70;
  }
}
