import { XMLParser, XMLValidator } from "fast-xml-parser";
import { EngineError } from "../../errors.js";

/** A parsed XML element (fast-xml-parser object form; attributes under `@_name`). */
export type XmlNode = { [key: string]: unknown };

const ARRAYS = new Set([
  "issue",
  "item",
  "weight",
  "agent",
  "objective",
  "evaluator",
  "range",
  "hyperRectangle",
]);

/**
 * Parses XML text into elements, attributes as strings. Throws `EngineError("parse_error")` naming the
 * file, line and column of malformed XML.
 */
export function parseXml(text: string, file: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new EngineError("parse_error", `${file}:${line}:${col}: invalid XML: ${msg}`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  return parser.parse(text) as XmlNode;
}

/** The child elements named `name` of a node, as an array. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === "object" && x !== null ? (x as XmlNode) : {}));
}

/** An attribute value (trimmed), or undefined. */
export function attr(node: XmlNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === "string" ? v.trim() : undefined;
}

/** A numeric attribute; throws `parse_error` naming file and element when it is present but not a number. */
export function numAttr(node: XmlNode, name: string, file: string, where: string): number | undefined {
  const v = attr(node, name);
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) {
    throw new EngineError("parse_error", `${file}: ${where}: invalid ${name}: ${JSON.stringify(v)}`);
  }
  return n;
}
