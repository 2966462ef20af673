/**
 * `impasse convert FILES... --to scenario|genius [--out PATH]`: a GENIUS domain + profiles, GeniusWeb JSON
 * profiles or an impasse-genius export → an Impasse scenario (YAML, written atomically to `--out` or
 * printed); an Impasse scenario → a directory of GENIUS XML files (domain + one profile per party).
 * @module
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { stringify } from "yaml";
import { EngineError } from "../../errors.js";
import { geniusToScenario, importGenius, scenarioToGenius } from "../../interop/genius/index.js";
import { parseScenarioText } from "../../model/index.js";
import { formatDiagnostics } from "../formatDiagnostics.js";
import { type CliIo, ExitError } from "../io.js";
import { readScenario } from "../loadScenarioFile.js";

/** Options of `impasse convert`. */
export interface ConvertOptions {
  to: string;
  out?: string;
  realSteps?: string;
  date?: string;
  id?: string;
  dropRedLines?: boolean;
}

/** Writes `text` to `path` through a temporary file in the same directory and a rename. */
export function writeAtomically(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

const isScenarioFile = (file: string, text: string): boolean => {
  if (/\.ya?ml$/i.test(file)) return true;
  if (!/\.json$/i.test(file)) return false;
  try {
    return Array.isArray((JSON.parse(text) as { parties?: unknown }).parties);
  } catch {
    return false;
  }
};

function read(io: CliIo, file: string): string {
  try {
    return readFileSync(resolve(io.cwd, file), "utf8");
  } catch (error) {
    throw new ExitError(1, `error: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

function toScenario(files: string[], io: CliIo, opts: ConvertOptions): void {
  const texts = files.map((file) => ({ file, text: read(io, file) }));
  const already = texts.find((t) => isScenarioFile(t.file, t.text));
  if (already)
    throw new ExitError(
      2,
      `error: ${already.file} is already an Impasse scenario; use --to genius to convert it`,
    );
  const realSteps = Number(opts.realSteps ?? 11);
  if (!Number.isInteger(realSteps) || realSteps < 2)
    throw new ExitError(2, `invalid --real-steps: ${opts.realSteps}`);
  const imported = importGenius(texts, { realSteps });
  const { scenario, diagnostics } = geniusToScenario(imported, {
    files,
    ...(opts.date === undefined ? {} : { date: opts.date }),
    ...(opts.id === undefined ? {} : { id: opts.id }),
  });
  const header = `# Converted by impasse convert from ${files.map((f) => basename(f)).join(", ")} (GENIUS semantics; see docs/pareto.md)\n`;
  const text = header + stringify(scenario, { lineWidth: 0 });
  const check = parseScenarioText(text, { file: opts.out ?? "converted scenario" });
  const all = [...imported.diagnostics, ...diagnostics, ...check.diagnostics];
  if (!check.scenario) {
    io.stderr(formatDiagnostics(all));
    throw new ExitError(1, "error: the converted scenario does not validate");
  }
  if (all.length > 0) io.stderr(formatDiagnostics(all));
  if (opts.out === undefined) {
    io.stdout(text);
    return;
  }
  writeAtomically(resolve(io.cwd, opts.out), text);
  io.stderr(
    `wrote ${opts.out}: scenario "${scenario.id}" (${imported.profiles.length} parties, ${imported.domain.issues.length} issues)\n`,
  );
}

function toGenius(files: string[], io: CliIo, opts: ConvertOptions): void {
  if (files.length !== 1)
    throw new ExitError(2, "error: --to genius converts one scenario file (YAML or JSON)");
  const file = files[0]!;
  const { scenario, diagnostics } = readScenario(resolve(io.cwd, file), file);
  if (!scenario) {
    io.stderr(formatDiagnostics(diagnostics));
    throw new ExitError(1);
  }
  let converted: ReturnType<typeof scenarioToGenius>;
  try {
    converted = scenarioToGenius(scenario, {
      ...(opts.date === undefined ? {} : { date: opts.date }),
      dropRedLines: opts.dropRedLines ?? false,
    });
  } catch (error) {
    const listed = (error as EngineError).details as { diagnostics?: unknown[] } | undefined;
    if (error instanceof EngineError && Array.isArray(listed?.diagnostics)) {
      throw new EngineError(error.code, error.message, {
        details: {
          diagnostics: (listed.diagnostics as { file?: string }[]).map((d) => ({ file, ...d })),
        },
      });
    }
    throw error;
  }
  const warnings = [...diagnostics.filter((d) => d.severity === "warning"), ...converted.diagnostics];
  if (warnings.length > 0) io.stderr(formatDiagnostics(warnings.map((d) => ({ file, ...d }))));
  const dir = resolve(io.cwd, opts.out ?? `${scenario.id}-genius`);
  mkdirSync(dir, { recursive: true });
  for (const f of converted.files) writeAtomically(join(dir, f.file), f.text);
  const shown = opts.out ?? `${scenario.id}-genius`;
  io.stdout(`${converted.files.map((f) => join(shown, f.file)).join("\n")}\n`);
  io.stderr(
    `wrote ${converted.files.length} GENIUS files to ${shown}: domain ${converted.files[0]!.file}, then one profile per party (pass them in this order to impasse pareto or GENIUS)\n`,
  );
}

/** Registers `impasse convert`. */
export function register(program: Command, io: CliIo): void {
  program
    .command("convert")
    .description("convert GENIUS / GeniusWeb files to an Impasse scenario, or a scenario to GENIUS XML files")
    .argument(
      "<files...>",
      "a GENIUS domain XML followed by its profile XMLs, GeniusWeb JSON profiles, or an impasse-genius export (--to scenario); one scenario file (--to genius)",
    )
    .requiredOption("--to <format>", "target format: scenario or genius")
    .option(
      "--out <path>",
      "scenario: the YAML file to write (default: print); genius: the directory to write (default: <scenario id>-genius)",
    )
    .option("--real-steps <n>", "values a real-valued GENIUS issue is discretised into", "11")
    .option(
      "--date <date>",
      "scenario: its date (default today); genius: evaluate reservation values on this date",
    )
    .option("--id <id>", "scenario: its id (default: derived from the domain name)")
    .option("--drop-red-lines", "genius: convert a scenario with red lines anyway, listing each dropped one")
    .action((files: string[], opts: ConvertOptions) => {
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
        throw new ExitError(2, `invalid --date: ${opts.date} (expected YYYY-MM-DD)`);
      if (opts.to === "scenario") toScenario(files, io, opts);
      else if (opts.to === "genius") toGenius(files, io, opts);
      else throw new ExitError(2, `invalid --to: ${opts.to} (expected scenario or genius)`);
    });
}
