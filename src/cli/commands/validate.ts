import { resolve } from "node:path";
import type { Command } from "commander";
import { formatDiagnostics } from "../formatDiagnostics.js";
import { type CliIo, ExitError } from "../io.js";
import { readScenario } from "../loadScenarioFile.js";

/** `impasse validate FILE`: reports every problem of a scenario file at once; exit 1 when any is an error. */
export function register(program: Command, io: CliIo): void {
  program
    .command("validate")
    .description("check a scenario file and report every problem with file, line, column and path")
    .argument("<file>", "scenario file (YAML or JSON)")
    .option("--json", "print the diagnostics as JSON")
    .action((file: string, opts: { json?: boolean }) => {
      const { scenario, diagnostics } = readScenario(resolve(io.cwd, file), file);
      if (opts.json)
        io.stdout(`${JSON.stringify({ valid: scenario !== undefined, diagnostics }, null, 2)}\n`);
      else if (diagnostics.length > 0) (scenario ? io.stdout : io.stderr)(formatDiagnostics(diagnostics));
      if (!scenario) throw new ExitError(1);
      if (!opts.json)
        io.stdout(
          `${file}: valid scenario "${scenario.id}" (${scenario.parties.length} parties, ${scenario.territories.length} territories, ${scenario.proposals.length} proposals, ${scenario.events.length} events)\n`,
        );
    });
}
