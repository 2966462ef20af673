/**
 * Semantic rules over a schema-valid scenario: unknown ids, duplicate ids, control shares over 100%, dates out
 * of order, proposals naming unknown options, unknown sources. Returns every problem found.
 * @module
 */
import type { Diagnostic } from "../errors.js";
import { checkUncertainty } from "./checkUncertainty.js";
import type { Condition } from "./conditionSchema.js";
import { formatPath } from "./formatPath.js";
import type { Ratifier, RedLine } from "./preferencesSchema.js";
import type { Scenario } from "./scenarioSchema.js";

/** A rule diagnostic with the raw path keys (used to find line and column). */
export type RuleDiagnostic = Diagnostic & { pathKeys: PropertyKey[] };

/** Checks cross-references and consistency of a schema-valid scenario. */
export function checkScenario(scenario: Scenario): RuleDiagnostic[] {
  const out: RuleDiagnostic[] = [];
  const report = (
    code: string,
    keys: PropertyKey[],
    message: string,
    severity: "error" | "warning" = "error",
  ) => out.push({ code, path: formatPath(keys), pathKeys: keys, message, severity });

  const partyIds = new Set<string>();
  const territoryIds = new Set<string>();
  const dimensionOptions = new Map<string, Set<string>>();
  const issueOptions = new Map<string, Set<string>>();
  const unique = (kind: string, ids: readonly string[], base: PropertyKey[], seen: Set<string>) => {
    ids.forEach((id, i) => {
      if (seen.has(id)) report(`duplicate_${kind}_id`, [...base, i, "id"], `duplicate ${kind} id: ${id}`);
      seen.add(id);
    });
  };
  unique(
    "party",
    scenario.parties.map((p) => p.id),
    ["parties"],
    partyIds,
  );
  unique(
    "territory",
    scenario.territories.map((t) => t.id),
    ["territories"],
    territoryIds,
  );
  const dimIds = new Set<string>();
  unique(
    "dimension",
    scenario.dimensions.map((d) => d.id),
    ["dimensions"],
    dimIds,
  );
  const issueIds = new Set<string>();
  unique(
    "issue",
    scenario.issues.map((d) => d.id),
    ["issues"],
    issueIds,
  );
  unique(
    "proposal",
    scenario.proposals.map((d) => d.id),
    ["proposals"],
    new Set(),
  );
  unique(
    "event",
    scenario.events.map((d) => d.id),
    ["events"],
    new Set(),
  );
  for (const [i, d] of scenario.dimensions.entries()) {
    if (issueIds.has(d.id))
      report("duplicate_issue_id", ["dimensions", i, "id"], `dimension id is also an issue id: ${d.id}`);
    const opts = new Set<string>();
    unique(
      "option",
      d.options.map((o) => o.id),
      ["dimensions", i, "options"],
      opts,
    );
    dimensionOptions.set(d.id, opts);
    if (d.statusQuo !== undefined && !opts.has(d.statusQuo))
      report(
        "unknown_option",
        ["dimensions", i, "statusQuo"],
        `unknown option "${d.statusQuo}" of dimension ${d.id}`,
      );
    if (d.recognizer !== undefined && !partyIds.has(d.recognizer))
      report("unknown_party", ["dimensions", i, "recognizer"], `unknown party "${d.recognizer}"`);
  }
  for (const [i, d] of scenario.issues.entries()) {
    const opts = new Set<string>();
    unique(
      "option",
      d.options.map((o) => o.id),
      ["issues", i, "options"],
      opts,
    );
    issueOptions.set(d.id, opts);
    if (d.statusQuo !== undefined && !opts.has(d.statusQuo))
      report(
        "unknown_option",
        ["issues", i, "statusQuo"],
        `unknown option "${d.statusQuo}" of issue ${d.id}`,
      );
  }

  const party = (id: string, keys: PropertyKey[]) => {
    if (!partyIds.has(id)) report("unknown_party", keys, `unknown party "${id}"`);
  };
  const territory = (id: string, keys: PropertyKey[]) => {
    if (!territoryIds.has(id)) report("unknown_territory", keys, `unknown territory "${id}"`);
  };
  const selector = (sel: "*" | string[] | undefined, keys: PropertyKey[]) => {
    if (Array.isArray(sel)) sel.forEach((t, i) => territory(t, [...keys, i]));
  };
  const options = (kind: "dimension" | "issue", id: string, opts: readonly string[], keys: PropertyKey[]) => {
    const known = (kind === "dimension" ? dimensionOptions : issueOptions).get(id);
    if (!known) {
      report(`unknown_${kind}`, keys, `unknown ${kind} "${id}"`);
      return;
    }
    for (const o of opts)
      if (!known.has(o)) report("unknown_option", keys, `unknown option "${o}" of ${kind} ${id}`);
  };
  const condition = (c: Condition, keys: PropertyKey[], hasTerritory: boolean) => {
    if ("all" in c) c.all.forEach((x, i) => condition(x, [...keys, "all", i], hasTerritory));
    else if ("any" in c) c.any.forEach((x, i) => condition(x, [...keys, "any", i], hasTerritory));
    else if ("not" in c) condition(c.not, [...keys, "not"], hasTerritory);
    else if ("if" in c) {
      condition(c.if, [...keys, "if"], hasTerritory);
      condition(c.then, [...keys, "then"], hasTerritory);
    } else {
      const opts = c.in ?? c.notIn ?? [];
      if (c.issue !== undefined) options("issue", c.issue, opts, [...keys, "issue"]);
      if (c.dimension !== undefined) {
        options("dimension", c.dimension, opts, [...keys, "dimension"]);
        if (c.territory !== undefined) territory(c.territory, [...keys, "territory"]);
        else if (!hasTerritory)
          report(
            "missing_territory",
            keys,
            `missing territory: a \`dimension\` literal needs \`territory\` or a red line with \`territories\``,
          );
      }
    }
  };
  const dates = (since: string | undefined, until: string | undefined, keys: PropertyKey[]) => {
    if (since !== undefined && until !== undefined && until < since)
      report("dates_out_of_order", [...keys, "until"], `until ${until} is before since ${since}`);
  };
  const redLine = (r: RedLine | Ratifier, keys: PropertyKey[]) => {
    selector(r.territories, [...keys, "territories"]);
    const c = r.require ?? r.forbid;
    if (c) condition(c, [...keys, r.require ? "require" : "forbid"], r.territories !== undefined);
    dates(r.since, r.until, keys);
  };

  for (const [pi, p] of scenario.parties.entries()) {
    const base: PropertyKey[] = ["parties", pi];
    if (p.patience && p.role !== "mediator")
      report(
        "patience_not_mediator",
        [...base, "patience"],
        `patience is only used for mediators (${p.id} is a ${p.role})`,
        "warning",
      );
    p.preconditions?.forEach((pc, i) => {
      if (pc.condition) condition(pc.condition, [...base, "preconditions", i, "condition"], false);
      dates(pc.since, pc.until, [...base, "preconditions", i]);
    });
    const pref = p.preferences;
    if (!pref) continue;
    const pb = [...base, "preferences"];
    for (const t of Object.keys(pref.territoryWeights ?? {}))
      if (t !== "*") territory(t, [...pb, "territoryWeights", t]);
    for (const d of Object.keys(pref.dimensionWeights ?? {}))
      options("dimension", d, [], [...pb, "dimensionWeights", d]);
    for (const d of Object.keys(pref.issueWeights ?? {})) options("issue", d, [], [...pb, "issueWeights", d]);
    for (const [d, vals] of Object.entries(pref.dimensionValues ?? {}))
      options("dimension", d, Object.keys(vals), [...pb, "dimensionValues", d]);
    for (const [d, vals] of Object.entries(pref.issueValues ?? {}))
      options("issue", d, Object.keys(vals), [...pb, "issueValues", d]);
    for (const [t, dims] of Object.entries(pref.territoryValues ?? {})) {
      territory(t, [...pb, "territoryValues", t]);
      for (const [d, vals] of Object.entries(dims))
        options("dimension", d, Object.keys(vals), [...pb, "territoryValues", t, d]);
    }
    for (const t of Object.keys(pref.territories ?? {})) territory(t, [...pb, "territories", t]);
    const rlIds = new Set<string>();
    pref.redLines?.forEach((r, i) => {
      if (rlIds.has(r.id))
        report("duplicate_red_line_id", [...pb, "redLines", i, "id"], `duplicate red line id: ${r.id}`);
      rlIds.add(r.id);
      redLine(r, [...pb, "redLines", i]);
    });
    const ratIds = new Set<string>();
    pref.ratifiers?.forEach((r, i) => {
      if (ratIds.has(r.id) || rlIds.has(r.id))
        report(
          "duplicate_red_line_id",
          [...pb, "ratifiers", i, "id"],
          `duplicate red line or ratifier id: ${r.id}`,
        );
      ratIds.add(r.id);
      redLine(r, [...pb, "ratifiers", i]);
    });
    const ctl = pref.reservation?.control;
    if (ctl) {
      party(ctl.holder, [...pb, "reservation", "control", "holder"]);
      selector(ctl.territories, [...pb, "reservation", "control", "territories"]);
    }
    const hasWeight =
      Object.values(pref.issueWeights ?? {}).some((w) => w > 0) ||
      (Object.values(pref.territoryWeights ?? {}).some((w) => w > 0) &&
        Object.values(pref.dimensionWeights ?? {}).some((w) => w > 0));
    if (!hasWeight)
      report(
        "weights_all_zero",
        pb,
        `preferences of ${p.id} give no weight to any issue: its utility is 0 for every outcome`,
        "warning",
      );
  }

  for (const [ti, t] of scenario.territories.entries()) {
    const base: PropertyKey[] = ["territories", ti];
    if (t.holder !== undefined) party(t.holder, [...base, "holder"]);
    if (t.parent !== undefined) territory(t.parent, [...base, "parent"]);
    let previous: string | undefined;
    t.control?.forEach((s, i) => {
      const keys = [...base, "control", i];
      let sum = 0;
      for (const [pid, share] of Object.entries(s.shares)) {
        party(pid, [...keys, "shares", pid]);
        sum += share;
      }
      if (sum > 100 + 1e-9)
        report("control_over_100", [...keys, "shares"], `control shares add up to ${sum}%, more than 100%`);
      if (previous !== undefined && s.date < previous)
        report("dates_out_of_order", [...keys, "date"], `control snapshot ${s.date} comes after ${previous}`);
      previous = s.date;
    });
    t.claims?.forEach((c, i) => {
      party(c.party, [...base, "claims", i, "party"]);
      dates(c.since, c.until, [...base, "claims", i]);
    });
  }

  for (const [pi, p] of scenario.proposals.entries()) {
    const base: PropertyKey[] = ["proposals", pi];
    p.by.forEach((b, i) => party(b, [...base, "by", i]));
    const fixed = new Map<string, string>();
    p.terms.forEach((term, i) => {
      const keys = [...base, "terms", i];
      if (term.issue !== undefined) options("issue", term.issue, [term.option], [...keys, "option"]);
      if (term.dimension !== undefined)
        options("dimension", term.dimension, [term.option], [...keys, "option"]);
      selector(term.territories, [...keys, "territories"]);
      const targets =
        term.issue !== undefined
          ? [term.issue]
          : (term.territories === "*" ? [...territoryIds] : (term.territories ?? [])).map(
              (t) => `${t}.${term.dimension}`,
            );
      for (const key of targets) {
        const prior = fixed.get(key);
        if (prior !== undefined && prior !== term.option)
          report("conflicting_terms", keys, `${key} is set to both "${prior}" and "${term.option}"`);
        fixed.set(key, term.option);
      }
    });
  }

  const proposalIds = new Set(scenario.proposals.map((p) => p.id));
  let previousEvent: string | undefined;
  const added = new Map<string, Set<string>>(
    scenario.parties.map((p) => [p.id, new Set((p.preferences?.redLines ?? []).map((r) => r.id))]),
  );
  for (const [ei, e] of scenario.events.entries()) {
    const base: PropertyKey[] = ["events", ei];
    if (previousEvent !== undefined && e.date < previousEvent)
      report(
        "dates_out_of_order",
        [...base, "date"],
        `event ${e.id} (${e.date}) comes after an event of ${previousEvent}`,
      );
    previousEvent = e.date;
    e.parties?.forEach((p, i) => party(p, [...base, "parties", i]));
    e.territories?.forEach((t, i) => territory(t, [...base, "territories", i]));
    if (e.proposal !== undefined && !proposalIds.has(e.proposal))
      report("unknown_proposal", [...base, "proposal"], `unknown proposal "${e.proposal}"`);
    e.effects?.forEach((fx, i) => {
      const keys = [...base, "effects", i];
      party(fx.party, [...keys, "party"]);
      if (fx.type === "addRedLine") {
        redLine(fx.redLine, [...keys, "redLine"]);
        added.get(fx.party)?.add(fx.redLine.id);
      }
      if (fx.type === "dropRedLine" && !added.get(fx.party)?.has(fx.redLine))
        report(
          "unknown_red_line",
          [...keys, "redLine"],
          `unknown red line "${fx.redLine}" of party ${fx.party}`,
        );
      if (fx.type === "setReservation" && fx.reservation.control) {
        party(fx.reservation.control.holder, [...keys, "reservation", "control", "holder"]);
        selector(fx.reservation.control.territories, [...keys, "reservation", "control", "territories"]);
      }
    });
  }

  if (scenario.forecast)
    scenario.forecast.actors.forEach((a, i) => {
      if (a.party !== undefined) party(a.party, ["forecast", "actors", i, "party"]);
    });
  if (scenario.uncertainty)
    for (const message of checkUncertainty(scenario, scenario.uncertainty)) {
      const m = /^uncertainty\.parameters\[(\d+)\]: (.*)$/.exec(message);
      if (m) report("invalid_uncertainty", ["uncertainty", "parameters", Number(m[1])], m[2] as string);
      else report("invalid_uncertainty", ["uncertainty"], message);
    }
  walkSources(scenario, new Set(Object.keys(scenario.sources)), report);
  return out;
}

function walkSources(
  scenario: Scenario,
  known: Set<string>,
  report: (code: string, keys: PropertyKey[], message: string) => void,
) {
  const visit = (value: unknown, keys: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...keys, i]));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "source" && typeof v === "string" && !known.has(v))
          report("unknown_source", [...keys, k], `unknown source "${v}"`);
        else if (k === "sources" && Array.isArray(v))
          v.forEach((s, i) => {
            if (typeof s === "string" && !known.has(s))
              report("unknown_source", [...keys, k, i], `unknown source "${s}"`);
          });
        else visit(v, [...keys, k]);
      }
    }
  };
  const { sources: _sources, ...rest } = scenario;
  visit(rest, []);
}
