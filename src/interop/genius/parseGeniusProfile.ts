import { type Diagnostic, EngineError } from "../../errors.js";
import type { GeniusDomain, GeniusEvaluator, GeniusProfile } from "./geniusTypes.js";
import { findObjective } from "./parseGeniusDomain.js";
import { attr, children, numAttr, parseXml } from "./parseXml.js";

/**
 * Reads a GENIUS additive profile (`utility_space > objective` with `issue`, `weight`, and
 * `reservation`/`discount_factor` anywhere under `utility_space`) against its domain. Issues are matched by
 * name, then by `index`; weights by `index`. Raw values are kept: discrete `evaluation`s, weights as given,
 * integer `slope`/`offset`, real `ftype` + `parameter0..2`. Defaults: reservation 0, discount 1 (also for
 * values ≤ 0 or > 1), a missing evaluation 0; when the file has no weights at all every issue weighs
 * 1/n (warning). `type="UNCERTAIN"` profiles are read as additive; `nonlinear` and `constraint` profiles
 * are rejected with `parse_error`. Errors name the file and the element.
 * @example
 * ```ts
 * const { profile } = parseGeniusProfile(xmlText, domain, { file: "Laptop-A-prof1.xml" });
 * ```
 */
export function parseGeniusProfile(
  text: string,
  domain: GeniusDomain,
  options: { file?: string } = {},
): { profile: GeniusProfile; diagnostics: Diagnostic[] } {
  const file = options.file ?? "profile";
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, path: string, message: string) =>
    diagnostics.push({ code, path, message, severity: "warning", file });
  const { space, objective } = findObjective(parseXml(text, file), file);
  const type = attr(space, "type");
  if (type && ["nonlinear", "constraint"].includes(type.toLowerCase())) {
    throw new EngineError(
      "parse_error",
      `${file}: utility_space type="${type}" is not supported (additive profiles only)`,
    );
  }
  const n = domain.issues.length;
  const evaluators: (GeniusEvaluator | undefined)[] = new Array(n).fill(undefined);
  const byName = new Map(domain.issues.map((iss, i) => [iss.name, i]));
  const byIndex = new Map(domain.issues.map((iss, i) => [iss.index, i]));
  // weights refer to the profile's own issue indices; map them through the issue names
  const weightTarget = new Map(byIndex);
  children(objective, "issue").forEach((node, position) => {
    const name = attr(node, "name");
    const index = numAttr(node, "index", file, `issue #${position + 1}`);
    const where = `issue #${position + 1}${name ? ` "${name}"` : ""}`;
    const i =
      name !== undefined && byName.has(name)
        ? byName.get(name)!
        : name === undefined
          ? byIndex.get(index ?? -1)
          : undefined;
    if (i === undefined)
      throw new EngineError("parse_error", `${file}: ${where}: unknown issue (not in the domain)`);
    const issue = domain.issues[i]!;
    if (index !== undefined) weightTarget.set(index, i);
    if (issue.kind === "discrete") {
      const evaluations = new Array<number>(issue.values.length).fill(Number.NaN);
      children(node, "item").forEach((item, k) => {
        const value = attr(item, "value");
        const at = value === undefined ? -1 : issue.values.indexOf(value);
        if (at < 0) {
          throw new EngineError(
            "parse_error",
            `${file}: ${where}: item #${k + 1}: unknown value ${JSON.stringify(value)}`,
          );
        }
        evaluations[at] = numAttr(item, "evaluation", file, `${where}: item "${value}"`) ?? Number.NaN;
      });
      evaluations.forEach((e, k) => {
        if (Number.isNaN(e)) {
          warn(
            "evaluation_missing",
            `issue[${issue.name}].item[${issue.values[k]}]`,
            `no evaluation for "${issue.values[k]}" of "${issue.name}"; using 0`,
          );
          evaluations[k] = 0;
        }
      });
      evaluators[i] = { kind: "discrete", evaluations };
      return;
    }
    const ev = children(node, "evaluator")[0];
    if (!ev) throw new EngineError("parse_error", `${file}: ${where}: missing <evaluator>`);
    const p = [0, 1, 2].map((k) => numAttr(ev, `parameter${k}`, file, `${where}: evaluator`));
    if (issue.kind === "integer") {
      const slope = numAttr(ev, "slope", file, `${where}: evaluator`) ?? p[1];
      const offset = numAttr(ev, "offset", file, `${where}: evaluator`) ?? p[0];
      if (slope === undefined || offset === undefined) {
        throw new EngineError("parse_error", `${file}: ${where}: evaluator: missing slope/offset`);
      }
      evaluators[i] = { kind: "integer", slope, offset };
      return;
    }
    const ftype = (attr(ev, "ftype") ?? "").toLowerCase();
    if (ftype !== "linear" && ftype !== "constant" && ftype !== "triangular") {
      throw new EngineError(
        "parse_error",
        `${file}: ${where}: evaluator: unsupported ftype: ${JSON.stringify(ftype)}`,
      );
    }
    const need = ftype === "constant" ? 1 : ftype === "linear" ? 2 : 3;
    if (p.slice(0, need).some((v) => v === undefined)) {
      throw new EngineError(
        "parse_error",
        `${file}: ${where}: evaluator: ${ftype} needs parameter0..${need - 1}`,
      );
    }
    evaluators[i] = { kind: "real", ftype, parameters: p.slice(0, need) as number[] };
  });
  const complete = evaluators.map((ev, i): GeniusEvaluator => {
    if (ev) return ev;
    const issue = domain.issues[i]!;
    warn("issue_missing", `issue[${issue.name}]`, `issue "${issue.name}" is not in the profile; it scores 0`);
    return issue.kind === "discrete"
      ? { kind: "discrete", evaluations: issue.values.map(() => 0) }
      : { kind: "table", utilities: issue.values.map(() => 0) };
  });
  const weightNodes = children(objective, "weight");
  let weights: number[];
  if (weightNodes.length === 0) {
    warn("weights_missing", "objective.weight", `no <weight> elements; every issue weighs 1/${n}`);
    weights = domain.issues.map(() => 1 / n);
  } else {
    weights = new Array<number>(n).fill(Number.NaN);
    weightNodes.forEach((w, k) => {
      const where = `weight #${k + 1}`;
      const index = numAttr(w, "index", file, where);
      const value = numAttr(w, "value", file, where);
      const i = weightTarget.get(index ?? Number.NaN);
      if (i === undefined || value === undefined) {
        throw new EngineError("parse_error", `${file}: ${where}: unknown index ${index} or missing value`);
      }
      weights[i] = value;
    });
    weights.forEach((w, i) => {
      if (Number.isNaN(w)) {
        warn(
          "weight_missing",
          `objective.weight[${domain.issues[i]!.index}]`,
          `no weight for "${domain.issues[i]!.name}"; using 0`,
        );
        weights[i] = 0;
      }
    });
  }
  const reservationNode = children(space, "reservation")[0] ?? children(objective, "reservation")[0];
  const reservation = reservationNode ? (numAttr(reservationNode, "value", file, "reservation") ?? 0) : 0;
  const discountNode = children(space, "discount_factor")[0] ?? children(objective, "discount_factor")[0];
  const rawDiscount = discountNode ? numAttr(discountNode, "value", file, "discount_factor") : undefined;
  const discount = rawDiscount !== undefined && rawDiscount > 0 && rawDiscount <= 1 ? rawDiscount : 1;
  const name = file.replace(/^.*[\\/]/, "").replace(/\.xml$/i, "");
  const profile: GeniusProfile = {
    name,
    file,
    source: "genius",
    weights,
    evaluators: complete,
    reservation,
    discount,
  };
  if (rawDiscount !== undefined) profile.rawDiscount = rawDiscount;
  if (type) profile.type = type;
  return { profile, diagnostics };
}
