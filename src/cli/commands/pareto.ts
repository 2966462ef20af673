/**
 * `impasse pareto FILES... [--json] [--ignore-reservation] [--export FILE]`: exact Pareto frontier,
 * bargaining solutions and the count of outcomes acceptable to all, for a GENIUS XML domain followed by
 * its profiles, GeniusWeb JSON profiles, or an `impasse-genius` JSON export.
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { outcomeLabels, type ParetoInput, paretoJson } from "../../analysis/paretoReport.js";
import { scenarioPareto } from "../../analysis/scenarioPareto.js";
import { type BargainingAnalysis, bargainingAnalysis } from "../../analysis/solutions/bargainingAnalysis.js";
import { exportGeniusJson, geniusToSpace, importGenius } from "../../interop/genius/index.js";
import { formatDiagnostics } from "../formatDiagnostics.js";
import { type CliIo, ExitError } from "../io.js";
import { loadScenarioFile } from "../loadScenarioFile.js";

/** Options of `impasse pareto`. */
export interface ParetoOptions {
  at?: string;
  enforceRedLines?: boolean;
  json?: boolean;
  ignoreReservation?: boolean;
  export?: string;
  realSteps?: string;
}

/**
 * Reads the files given to `impasse pareto` and builds what it analyses. GENIUS XML, GeniusWeb JSON and
 * impasse-genius exports are recognised by content ({@link importGenius}); other inputs (e.g. a scenario
 * file) can be added here as another branch returning a {@link ParetoInput}.
 */
export function readParetoInput(files: readonly string[], io: CliIo, opts: ParetoOptions = {}): ParetoInput {
  if (files.length === 1 && looksLikeScenario(resolve(io.cwd, files[0] as string))) {
    const { scenario } = loadScenarioFile(files[0], io);
    return scenarioPareto(scenario, {
      ...(opts.at === undefined ? {} : { at: opts.at }),
      enforceRedLines: opts.enforceRedLines ?? false,
    });
  }
  const texts = files.map((f) => {
    try {
      return { file: f, text: readFileSync(resolve(io.cwd, f), "utf8") };
    } catch (error) {
      throw new ExitError(1, `error: cannot read ${f}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  });
  const realSteps = Number(opts.realSteps ?? 11);
  const imported = importGenius(texts, { realSteps });
  if (opts.export) {
    writeFileSync(resolve(io.cwd, opts.export), `${JSON.stringify(exportGeniusJson(imported), null, 2)}\n`);
  }
  const converted = geniusToSpace(imported);
  return {
    name: imported.domain.name,
    space: converted.space,
    reservation: converted.reservation,
    diagnostics: [...imported.diagnostics, ...converted.diagnostics],
  };
}

/** Registers `impasse pareto`. */
export function register(program: Command, io: CliIo): void {
  program
    .command("pareto")
    .description(
      "exact Pareto frontier, Nash / Kalai-Smorodinsky / egalitarian / utilitarian solutions and the count of outcomes acceptable to all",
    )
    .argument(
      "<files...>",
      "a GENIUS domain XML followed by its profile XMLs (party order = order given), GeniusWeb JSON profiles, or an impasse-genius JSON export",
    )
    .option("--json", "print the analysis as JSON")
    .option("--ignore-reservation", "use d = 0 as disagreement point and acceptance threshold")
    .option("--export <file>", "also write the imported domain and profiles as lossless impasse-genius JSON")
    .option("--real-steps <n>", "values a real-valued GENIUS issue is discretised into", "11")
    .option("--at <date>", "scenario files: evaluate the scenario as it stood on this date (YYYY-MM-DD)")
    .option(
      "--enforce-red-lines",
      "scenario files: keep only outcomes that respect every red line (empty in a deadlock)",
    )
    .action((files: string[], opts: ParetoOptions) => {
      const input = readParetoInput(files, io, opts);
      const analysis = bargainingAnalysis(input.space, {
        reservation: input.reservation,
        ignoreReservation: opts.ignoreReservation ?? false,
      });
      if (opts.json) io.stdout(`${JSON.stringify(paretoJson(input, analysis), null, 2)}\n`);
      else {
        if (input.diagnostics.length > 0) io.stderr(formatDiagnostics(input.diagnostics));
        io.stdout(paretoText(input, analysis));
      }
    });
}

function paretoText(input: ParetoInput, a: BargainingAnalysis): string {
  const fmt = (u: readonly number[]) => `(${u.map((v) => v.toFixed(4)).join(", ")})`;
  const lines = [
    `${input.name}: ${a.outcomes} outcomes, ${a.parties.length} parties`,
    ...a.parties.map((p, i) => `  ${p}: reservation ${a.reservation[i]}`),
    `disagreement point: ${fmt(a.disagreement)}`,
    `Pareto frontier: ${a.frontier.length} points`,
  ];
  const shown = a.frontier.slice(0, 40);
  for (const p of shown) lines.push(`  ${fmt(p.utilities)}  ×${p.count}`);
  if (a.frontier.length > shown.length)
    lines.push(`  … ${a.frontier.length - shown.length} more (use --json for all)`);
  for (const [name, pts] of Object.entries(a.solutions)) {
    lines.push(
      `${name}: ${pts.length === 0 ? "none (no rational frontier point)" : pts.map((p) => fmt(p.utilities)).join(" ")}`,
    );
    for (const p of pts.slice(0, 3)) {
      lines.push(
        `    ${Object.entries(outcomeLabels(input.space, p.example))
          .map(([k, v]) => `${k}=${v}`)
          .join(", ")}`,
      );
    }
  }
  lines.push(
    a.rational
      ? `acceptable to all: ${a.rational.count} of ${a.outcomes} (${(a.rational.fraction * 100).toPrecision(4)}%)`
      : "acceptable to all: not counted (exact count exceeds its budget)",
  );
  return `${lines.join("\n")}\n`;
}

/** A YAML file, or a JSON file with a top-level `parties` key, is read as an Impasse scenario. */
function looksLikeScenario(file: string): boolean {
  if (/\.ya?ml$/i.test(file)) return true;
  if (!/\.json$/i.test(file)) return false;
  try {
    const head = readFileSync(file, "utf8");
    const doc = JSON.parse(head) as Record<string, unknown>;
    return Array.isArray(doc.parties);
  } catch {
    return false;
  }
}
