import { type Diagnostic, EngineError } from "../../errors.js";
import { parseGeniusJson } from "./geniusJson.js";
import type { GeniusDomain, GeniusImport, GeniusProfile } from "./geniusTypes.js";
import { parseGeniusDomain } from "./parseGeniusDomain.js";
import { parseGeniusProfile } from "./parseGeniusProfile.js";
import { geniusWebDomain, parseGeniusWebProfile, parseJson } from "./parseGeniusWeb.js";

/** A file's name and text (the caller does the reading). */
export interface NamedText {
  file: string;
  text: string;
}

/**
 * Imports a negotiation from file texts, recognising the format by content:
 * - a GENIUS XML domain followed by its XML profiles (party order = the order given);
 * - GeniusWeb JSON profiles, optionally preceded by a GeniusWeb domain JSON (`issuesValues`); every
 *   profile's embedded domain must match the first;
 * - one `impasse-genius` JSON export ({@link exportGeniusJson}).
 * Errors (`parse_error`, `invalid_argument`) name the file and the element.
 * @example
 * ```ts
 * importGenius([{ file: "d.xml", text: d }, { file: "p1.xml", text: p1 }, { file: "p2.xml", text: p2 }]);
 * ```
 */
export function importGenius(
  files: readonly NamedText[],
  options: { realSteps?: number } = {},
): GeniusImport {
  if (files.length === 0)
    throw new EngineError("invalid_argument", "missing files: a domain and its profiles");
  const kinds = files.map(classify);
  if (kinds[0] === "export") {
    if (files.length > 1)
      throw new EngineError(
        "invalid_argument",
        `invalid files: ${files[0]!.file} is a complete export; pass it alone`,
      );
    return parseGeniusJson(files[0]!.text, { file: files[0]!.file });
  }
  const diagnostics: Diagnostic[] = [];
  if (kinds[0] === "xml") {
    if (files.length < 2)
      throw new EngineError(
        "invalid_argument",
        `missing profiles: pass ${files[0]!.file} followed by its profile files`,
      );
    const { domain } = parseGeniusDomain(files[0]!.text, { file: files[0]!.file, ...options });
    const profiles = files.slice(1).map((f, i) => {
      if (kinds[i + 1] !== "xml")
        throw new EngineError("invalid_argument", `invalid profile: ${f.file} is not a GENIUS XML profile`);
      const r = parseGeniusProfile(f.text, domain, { file: f.file });
      diagnostics.push(...r.diagnostics);
      return r.profile;
    });
    return { domain, profiles, diagnostics };
  }
  let domain: GeniusDomain | undefined;
  let rest = files;
  if (kinds[0] === "geniuswebDomain") {
    domain = geniusWebDomain(parseJson(files[0]!.text, files[0]!.file), files[0]!.file);
    rest = files.slice(1);
  }
  if (rest.length === 0)
    throw new EngineError("invalid_argument", `missing profiles: pass profile files after ${files[0]!.file}`);
  const profiles: GeniusProfile[] = rest.map((f) => {
    if (classify(f) !== "geniuswebProfile") {
      throw new EngineError(
        "invalid_argument",
        `invalid profile: ${f.file} is not a GeniusWeb LinearAdditiveUtilitySpace profile`,
      );
    }
    const r = parseGeniusWebProfile(f.text, { file: f.file });
    if (!domain) domain = r.domain;
    else if (!sameDomain(domain, r.domain)) {
      throw new EngineError(
        "invalid_argument",
        `invalid profile: ${f.file}: its domain's issues or values differ from the domain given first`,
      );
    }
    diagnostics.push(...r.diagnostics);
    return r.profile;
  });
  return { domain: domain!, profiles, diagnostics };
}

function classify(f: NamedText): "xml" | "export" | "geniuswebProfile" | "geniuswebDomain" {
  const head = f.text.trimStart();
  if (head.startsWith("<")) return "xml";
  if (!head.startsWith("{")) {
    throw new EngineError("parse_error", `${f.file}: not a GENIUS XML or GeniusWeb/Impasse JSON file`);
  }
  const v = parseJson(f.text, f.file) as Record<string, unknown>;
  if (v.format === "impasse-genius") return "export";
  if ("LinearAdditiveUtilitySpace" in v) return "geniuswebProfile";
  if ("issuesValues" in v) return "geniuswebDomain";
  throw new EngineError(
    "parse_error",
    `${f.file}: unrecognised JSON: expected a GeniusWeb profile or domain, or an impasse-genius export`,
  );
}

function sameDomain(a: GeniusDomain, b: GeniusDomain): boolean {
  return (
    a.issues.length === b.issues.length &&
    a.issues.every((x, i) => {
      const y = b.issues[i]!;
      return x.name === y.name && x.values.join("\u0000") === y.values.join("\u0000");
    })
  );
}
