import type { Command } from "commander";
import { scenarioTimeline } from "../../analysis/index.js";
import { createHighsSolver } from "../../solver/index.js";
import type { CliIo } from "../io.js";
import { loadScenarioFile } from "../loadScenarioFile.js";

/** `impasse timeline [FILE] [--json]`: the verdict at every date where the scenario changes. */
export function register(program: Command, io: CliIo): void {
  program
    .command("timeline")
    .description("print the verdict at every event, control snapshot and position change")
    .argument("[file]", "scenario file (YAML or JSON); default: the bundled London 2025 scenario")
    .option("--from <date>", "first date (YYYY-MM-DD)")
    .option("--to <date>", "last date (YYYY-MM-DD)")
    .option("--json", "print the entries as JSON")
    .action(async (file: string | undefined, opts: { json?: boolean; from?: string; to?: string }) => {
      const { scenario } = loadScenarioFile(file, io);
      const solver = await createHighsSolver();
      const entries = scenarioTimeline(scenario, {
        solver,
        ...(opts.from === undefined ? {} : { from: opts.from }),
        ...(opts.to === undefined ? {} : { to: opts.to }),
      });
      if (opts.json) {
        io.stdout(`${JSON.stringify({ scenario: scenario.id, entries }, null, 2)}\n`);
        return;
      }
      io.stdout(`${scenario.title}\n\n`);
      for (const e of entries) {
        const reservations = Object.entries(e.reservations)
          .map(([p, r]) => `${p} ${r.toFixed(3)}`)
          .join(", ");
        io.stdout(
          `${e.date}  ${e.verdict === "zopa" ? `ZOPA (${e.zopaCount ?? "uncounted"} outcomes)` : `deadlock, ${e.conflicts} conflict${e.conflicts === 1 ? "" : "s"}`}${reservations ? `  reservation: ${reservations}` : ""}\n`,
        );
        for (const ev of e.events) io.stdout(`            ${ev.kind}: ${ev.title} [${ev.source}]\n`);
        if (e.controlChanges.length > 0)
          io.stdout(`            control snapshots: ${e.controlChanges.join(", ")}\n`);
      }
    });
}
