import type { Diagnostic } from "../api/types";

/**
 * Messages of the error diagnostics at or under `path` (e.g. `parties[1].preferences.reservation`); warnings are
 * listed with the draft, not on fields.
 */
export function messagesAt(diagnostics: Diagnostic[], path: string): string[] {
  return diagnostics
    .filter((d) => d.severity === "error")
    .filter((d) => d.path === path || d.path.startsWith(`${path}.`) || d.path.startsWith(`${path}[`))
    .map((d) => d.message);
}
