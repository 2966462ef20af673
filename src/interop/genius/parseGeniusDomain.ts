import { type Diagnostic, EngineError } from "../../errors.js";
import type { GeniusDomain, GeniusIssue } from "./geniusTypes.js";
import { attr, children, numAttr, parseXml, type XmlNode } from "./parseXml.js";

/** Options of {@link parseGeniusDomain}. */
export interface GeniusDomainOptions {
  /** File name used in messages (default `domain`). */
  file?: string;
  /** Number of evenly spaced values a real issue is discretised into (default 11, bounds included). */
  realSteps?: number;
}

/** Finds `utility_space > objective` under `negotiation_template` or at the root (internal). */
export function findObjective(root: XmlNode, file: string): { space: XmlNode; objective: XmlNode } {
  const template = children(root, "negotiation_template")[0];
  const space = children(template ?? root, "utility_space")[0];
  const objective = children(space, "objective")[0];
  if (!space || !objective) {
    throw new EngineError("parse_error", `${file}: missing element utility_space > objective`);
  }
  return { space, objective };
}

/**
 * Reads a GENIUS domain file (`negotiation_template > utility_space > objective > issue`, or a bare
 * `utility_space`). Issues keep document order. An issue with `<item>` children is discrete (labels from
 * `value`); otherwise `vtype`/`type`/`etype` decides: integer issues take `lowerbound`/`upperbound` from
 * attributes or a `<range>` child and list every integer; real issues are discretised into `realSteps`
 * evenly spaced values. `number_of_issues`, `<agent>` elements, costs and descriptions are ignored.
 * Errors (`parse_error`) name the file and the element.
 * @example
 * ```ts
 * const { domain } = parseGeniusDomain(xmlText, { file: "Laptop-A-domain.xml" });
 * ```
 */
export function parseGeniusDomain(
  text: string,
  options: GeniusDomainOptions = {},
): { domain: GeniusDomain; diagnostics: Diagnostic[] } {
  const file = options.file ?? "domain";
  const { objective } = findObjective(parseXml(text, file), file);
  const issues = children(objective, "issue").map((node, i) =>
    parseIssue(node, i, file, options.realSteps ?? 11),
  );
  if (issues.length === 0) throw new EngineError("parse_error", `${file}: objective has no <issue> elements`);
  const seen = new Set<string>();
  for (const issue of issues) {
    if (seen.has(issue.name))
      throw new EngineError("parse_error", `${file}: duplicate issue name: ${issue.name}`);
    seen.add(issue.name);
  }
  const given = attr(objective, "name");
  const name = given && given !== "root" ? given : file.replace(/^.*[\\/]/, "").replace(/\.xml$/i, "");
  return { domain: { name, issues }, diagnostics: [] };
}

function parseIssue(node: XmlNode, position: number, file: string, realSteps: number): GeniusIssue {
  const name = attr(node, "name");
  const where = `issue #${position + 1}${name ? ` "${name}"` : ""}`;
  if (!name) throw new EngineError("parse_error", `${file}: ${where}: missing attribute name`);
  const index = numAttr(node, "index", file, where) ?? position + 1;
  const items = children(node, "item");
  if (items.length > 0) {
    const values = items.map((item, k) => {
      const v = attr(item, "value");
      if (v === undefined)
        throw new EngineError("parse_error", `${file}: ${where}: item #${k + 1}: missing attribute value`);
      return v;
    });
    if (new Set(values).size !== values.length) {
      throw new EngineError("parse_error", `${file}: ${where}: duplicate item values`);
    }
    return { name, index, kind: "discrete", values };
  }
  const kind = (attr(node, "vtype") ?? attr(node, "type") ?? attr(node, "etype") ?? "").toLowerCase();
  const range = children(node, "range")[0];
  const lower =
    numAttr(node, "lowerbound", file, where) ??
    (range ? numAttr(range, "lowerbound", file, where) : undefined);
  const upper =
    numAttr(node, "upperbound", file, where) ??
    (range ? numAttr(range, "upperbound", file, where) : undefined);
  if (kind === "integer" || kind === "real") {
    if (lower === undefined || upper === undefined || upper < lower) {
      throw new EngineError("parse_error", `${file}: ${where}: invalid or missing lowerbound/upperbound`);
    }
    if (kind === "integer") {
      if (!Number.isInteger(lower) || !Number.isInteger(upper)) {
        throw new EngineError(
          "parse_error",
          `${file}: ${where}: integer bounds expected: ${lower}..${upper}`,
        );
      }
      if (upper - lower + 1 > 1_000_000) {
        throw new EngineError(
          "input_too_large",
          `${file}: ${where}: ${upper - lower + 1} integer values (limit 1,000,000)`,
        );
      }
      const numbers = Array.from({ length: upper - lower + 1 }, (_, k) => lower + k);
      return { name, index, kind, values: numbers.map(String), numbers, lower, upper };
    }
    if (!Number.isInteger(realSteps) || realSteps < 2) {
      throw new EngineError("invalid_argument", `invalid realSteps: ${realSteps}`);
    }
    const numbers = Array.from(
      { length: realSteps },
      (_, k) => lower + ((upper - lower) * k) / (realSteps - 1),
    );
    return { name, index, kind, values: numbers.map(String), numbers, lower, upper };
  }
  throw new EngineError(
    "parse_error",
    `${file}: ${where}: no <item> children and unknown type: ${JSON.stringify(kind)}`,
  );
}
