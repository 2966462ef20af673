import type { Command } from "commander";
import { analyzeScenario } from "../../analysis/index.js";
import { createHighsSolver } from "../../solver/index.js";
import { type CliIo, ExitError } from "../io.js";
import { loadScenarioFile } from "../loadScenarioFile.js";
import { formatAnalysis } from "../report/formatAnalysis.js";

/** `impasse analyze [FILE] [--at DATE] [--json]`: the verdict, the walls, the smallest moves, the proposals. */
export function register(program: Command, io: CliIo): void {
  program
    .command("analyze")
    .description(
      "is there a zone of possible agreement? If not, which positions form the wall and what would have to move",
    )
    .argument("[file]", "scenario file (YAML or JSON); default: the bundled London 2025 scenario")
    .option("--at <date>", "evaluate the scenario as it stood on this date (YYYY-MM-DD)")
    .option("--json", "print the result as JSON (the format documented in the README)")
    .option("--concessions <n>", "how many concession sets to list", "10")
    .action(async (file: string | undefined, opts: { at?: string; json?: boolean; concessions: string }) => {
      if (opts.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.at))
        throw new ExitError(2, `invalid --at date: ${opts.at} (expected YYYY-MM-DD)`);
      const concessions = Number(opts.concessions);
      if (!Number.isInteger(concessions) || concessions < 0)
        throw new ExitError(2, `invalid --concessions: ${opts.concessions}`);
      const { scenario } = loadScenarioFile(file, io);
      const solver = await createHighsSolver();
      const result = analyzeScenario(scenario, {
        solver,
        concessions,
        ...(opts.at === undefined ? {} : { at: opts.at }),
      });
      io.stdout(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatAnalysis(result, scenario));
    });
}
