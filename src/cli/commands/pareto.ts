/**
 * `impasse pareto FILES... [--json] [--ignore-reservation] [--export FILE]`: exact Pareto frontier,
 * bargaining solutions and the count of outcomes acceptable to all, for a GENIUS XML domain followed by
 * its profiles, GeniusWeb JSON profiles, or an `impasse-genius` JSON export.
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import type { FrontierPoint } from "../../analysis/pareto/frontierPoint.js";
import { type BargainingAnalysis, bargainingAnalysis } from "../../analysis/solutions/bargainingAnalysis.js";
import type { Diagnostic } from "../../errors.js";
import { exportGeniusJson, geniusToSpace, importGenius } from "../../interop/genius/index.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { formatDiagnostics } from "../formatDiagnostics.js";
import { type CliIo, ExitError } from "../io.js";

/** Options of `impasse pareto`. */
export interface ParetoOptions {
  json?: boolean;
  ignoreReservation?: boolean;
  export?: string;
  realSteps?: string;
}

/** What `impasse pareto` analyses: a space, reservation values, and notes about the input. */
export interface ParetoInput {
  name: string;
  space: FactoredSpace;
  reservation: number[];
  diagnostics: Diagnostic[];
}

/**
 * Reads the files given to `impasse pareto` and builds what it analyses. GENIUS XML, GeniusWeb JSON and
 * impasse-genius exports are recognised by content ({@link importGenius}); other inputs (e.g. a scenario
 * file) can be added here as another branch returning a {@link ParetoInput}.
 */
export function readParetoInput(files: readonly string[], io: CliIo, opts: ParetoOptions = {}): ParetoInput {
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

function outcomeLabels(space: FactoredSpace, outcome: Int32Array): Record<string, string> {
  return Object.fromEntries(space.issues.map((issue, i) => [issue.id, issue.options[outcome[i]!]!]));
}

/**
 * The `--json` document: `outcomes` (decimal string), `parties`, `reservation`, `disagreement`,
 * `frontier` (each point: `utilities` in party order, `outcome` as issue → value, `outcomes` = decimal
 * string count of outcomes sharing the vector), `solutions` (`nash`, `kalaiSmorodinsky`, `egalitarian`,
 * `utilitarian`: arrays of tied points with `utilities` and `outcome`), `rational` (`count` as a decimal
 * string and `fraction`; null when exact counting exceeded its budget) and `diagnostics`.
 */
export function paretoJson(input: ParetoInput, a: BargainingAnalysis): Record<string, unknown> {
  const point = (p: FrontierPoint) => ({
    utilities: p.utilities,
    outcome: outcomeLabels(input.space, p.example),
  });
  return {
    domain: input.name,
    outcomes: a.outcomes.toString(),
    parties: a.parties,
    reservation: a.reservation,
    disagreement: a.disagreement,
    frontier: a.frontier.map((p) => ({ ...point(p), outcomes: p.count.toString() })),
    solutions: Object.fromEntries(Object.entries(a.solutions).map(([name, pts]) => [name, pts.map(point)])),
    rational: a.rational ? { count: a.rational.count.toString(), fraction: a.rational.fraction } : null,
    diagnostics: input.diagnostics,
  };
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
