/**
 * Scenario loading: text → YAML/JSON document → zod schema → cross-reference rules. Every problem is
 * reported at once as a diagnostic with its path and, from the source text, its line and column.
 * @module
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import type { Diagnostic } from "../errors.js";
import { checkScenario } from "./checkScenario.js";
import { formatPath } from "./formatPath.js";
import { type Scenario, ScenarioSchema } from "./scenarioSchema.js";

/** Limits applied when reading scenario text. */
export interface ScenarioTextLimits {
  /** Largest accepted text, in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Largest number of YAML alias expansions (default 100); protects against alias bombs. */
  maxAliasCount?: number;
}

/** Result of {@link parseScenarioText}: the scenario when there is no error, and every diagnostic. */
export interface ParsedScenario {
  scenario: Scenario | undefined;
  diagnostics: Diagnostic[];
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Parses scenario text (YAML or JSON) named `file` (used in diagnostics only). Never throws for bad input:
 * problems come back as diagnostics, and `scenario` is undefined when any is an error.
 */
export function parseScenarioText(
  text: string,
  options: { file?: string } & ScenarioTextLimits = {},
): ParsedScenario {
  const file = options.file;
  const at = (d: Omit<Diagnostic, "file">): Diagnostic => (file === undefined ? d : { ...d, file });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) {
    return {
      scenario: undefined,
      diagnostics: [
        at({
          code: "input_too_large",
          path: "",
          severity: "error",
          message: `scenario text is ${bytes} bytes; the limit is ${maxBytes} bytes`,
        }),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntax = [...doc.errors, ...doc.warnings].map((e) =>
    at({
      code: "parse_error",
      path: "",
      severity: doc.errors.includes(e) ? "error" : "warning",
      message: e.message.split("\n")[0] ?? e.message,
      ...position(e.pos[0]),
    }),
  );
  if (doc.errors.length > 0) return { scenario: undefined, diagnostics: syntax };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: options.maxAliasCount ?? 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      scenario: undefined,
      diagnostics: [
        ...syntax,
        at({
          code: /alias/i.test(message) ? "yaml_alias_limit" : "parse_error",
          path: "",
          severity: "error",
          message: /alias/i.test(message)
            ? `too many YAML alias expansions (${message}); aliases are limited to protect the service`
            : message,
        }),
      ],
    };
  }
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let best: Node | undefined = doc.contents ?? undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        node = pair.value;
        best = (pair.value as Node | null) ?? (pair.key as Node);
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        if (!node) break;
        best = node as Node;
      } else break;
    }
    return position(best?.range?.[0]);
  };
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    return {
      scenario: undefined,
      diagnostics: [
        ...syntax,
        ...zodDiagnostics(parsed.error).map(({ pathKeys, ...d }) => at({ ...d, ...locate(pathKeys) })),
      ],
    };
  }
  const rules = checkScenario(parsed.data).map(({ pathKeys, ...d }) => at({ ...d, ...locate(pathKeys) }));
  const diagnostics = [...syntax, ...rules];
  const hasError = diagnostics.some((d) => d.severity === "error");
  return { scenario: hasError ? undefined : parsed.data, diagnostics };
}

function zodDiagnostics(error: z.ZodError): (Diagnostic & { pathKeys: PropertyKey[] })[] {
  const out: (Diagnostic & { pathKeys: PropertyKey[] })[] = [];
  const visit = (issues: z.core.$ZodIssue[], prefix: PropertyKey[]) => {
    for (const issue of issues) {
      const keys = [...prefix, ...issue.path];
      if (issue.code === "invalid_union" && issue.errors.length > 0) {
        // Report the branch that got furthest, which is the one the author most likely meant.
        const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
        if (best.length > 0 && depth(best) > 0) {
          visit(best, keys);
          continue;
        }
      }
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown key${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`
          : issue.message;
      out.push({
        code: `schema_${issue.code}`,
        path: formatPath(keys),
        pathKeys: keys,
        severity: "error",
        message,
      });
    }
  };
  visit(error.issues, []);
  return out;
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length + (i.code === "invalid_union" ? 1 : 0)));
}
