/**
 * Reads a scenario file for a CLI command: size limit, YAML/JSON parsing, schema and cross-reference rules.
 * Every problem is reported at once with file, line and column; the command then exits 1.
 * @module
 */
import { readFileSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Diagnostic } from "../errors.js";
import { parseScenarioText, type Scenario } from "../model/index.js";
import { bundledScenarioPath } from "./bundledScenario.js";
import { formatDiagnostics } from "./formatDiagnostics.js";
import { type CliIo, ExitError } from "./io.js";

/** Largest scenario file the CLI reads. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/** Reads and validates `file` (default: the bundled scenario). Prints diagnostics and throws ExitError(1) on errors. */
export function loadScenarioFile(
  file: string | undefined,
  io: CliIo,
): { scenario: Scenario; path: string; warnings: Diagnostic[] } {
  const path = file === undefined ? bundledScenarioPath : resolve(io.cwd, file);
  const shown = file === undefined ? relative(io.cwd, path) || path : file;
  const { scenario, diagnostics } = readScenario(path, shown);
  if (!scenario) {
    io.stderr(formatDiagnostics(diagnostics));
    throw new ExitError(1);
  }
  return { scenario, path, warnings: diagnostics.filter((d) => d.severity === "warning") };
}

/** Reads `path` and returns the parse result, with file-level problems (missing, too large) as diagnostics. */
export function readScenario(
  path: string,
  shown: string,
): { scenario: Scenario | undefined; diagnostics: Diagnostic[] } {
  const fail = (code: string, message: string) => ({
    scenario: undefined,
    diagnostics: [{ code, path: "", message, severity: "error" as const, file: shown }],
  });
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return fail("not_a_file", "not a file");
    size = st.size;
  } catch {
    return fail("file_not_found", "no such file");
  }
  if (size > MAX_SCENARIO_BYTES)
    return fail("input_too_large", `file is ${size} bytes; the limit is ${MAX_SCENARIO_BYTES} bytes`);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return fail("read_error", error instanceof Error ? error.message : String(error));
  }
  return parseScenarioText(text, { file: shown, maxBytes: MAX_SCENARIO_BYTES });
}
