import type { Diagnostic } from "../errors.js";

/** Formats diagnostics one per line, `file:line:column: severity code: path: message`, errors first. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
  const lines = sorted.map((d) => {
    const where = [d.file, d.line, d.column].filter((x) => x !== undefined && x !== "").join(":");
    const path = d.path ? `${d.path}: ` : "";
    return `${where ? `${where}: ` : ""}${d.severity} ${d.code}: ${path}${d.message}`;
  });
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  lines.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return `${lines.join("\n")}\n`;
}
