/**
 * The human report of `impasse analyze`: the verdict in one sentence, then the walls (minimal conflicts), the
 * smallest moves (minimal concession sets), the proposals table and the reservation values.
 * @module
 */
import type { AnalysisResult, Concession, PositionRef } from "../../analysis/index.js";
import type { Scenario } from "../../model/index.js";

/** Formats an analysis for a terminal (plain text, no colour codes). */
export function formatAnalysis(result: AnalysisResult, scenario: Scenario): string {
  const name = new Map(scenario.parties.map((p) => [p.id, p.name]));
  const territory = new Map(scenario.territories.map((t) => [t.id, t.name]));
  const out: string[] = [];
  out.push(`${scenario.title}`, `as of ${result.at}`, "");
  out.push(`VERDICT: ${result.verdict === "zopa" ? "zone of possible agreement" : "deadlock"}`);
  out.push(wrap(result.summary, 2));
  out.push(
    `  Searched exactly: ${sci(result.space.outcomes)} outcomes (${result.space.issues} issues over ${result.space.territories} territories and linked issues).`,
  );
  if (result.verdict === "zopa") {
    out.push(
      `  Acceptable outcomes: ${result.zopa.count === null ? "not counted (exact counting exceeded its budget)" : `${sci(result.zopa.count)} (fraction ${result.zopa.fraction?.toPrecision(6)})`}`,
    );
    if (result.best) {
      out.push(
        `  Best by the Nash product: ${Object.entries(result.best.utilities)
          .map(([p, u]) => `${p} ${u.toFixed(3)}`)
          .join(", ")} (product of gains ${result.best.nashProduct.toPrecision(4)})`,
      );
      out.push(...describeOutcome(result.best.outcome, scenario).map((l) => `    ${l}`));
    }
  }
  if (result.conflicts.length > 0) {
    out.push(
      "",
      `WALLS: ${result.conflicts.length} minimal conflict${result.conflicts.length === 1 ? "" : "s"}${result.conflictsComplete ? " (complete list)" : " (the search budget ran out: more may exist)"}`,
    );
    result.conflicts.forEach((c, i) => {
      const where =
        c.territories.map((t) => `${territory.get(t) ?? t} [${t}]`).join(", ") || c.issues.join(", ");
      out.push(`  ${i + 1}. ${where}`);
      c.constraints.forEach((r, j) => out.push(`     ${j === 0 ? "  " : "⟂ "}${position(r, name)}`));
    });
  }
  if (result.concessions.length > 0) {
    out.push("", "SMALLEST MOVES: minimal sets of positions whose relaxation opens a zone of agreement");
    out.push("  (fewest positions first, then lowest total salience; salience is a stated assumption)");
    result.concessions.forEach((c) => {
      out.push(
        `  ${c.rank}. ${c.size} position${c.size === 1 ? "" : "s"}, salience ${c.cost}: ${describeMoves(c, name, territory)}`,
      );
      if (c.opens.best)
        out.push(
          `     opens a zone whose Nash-best outcome gives ${Object.entries(c.opens.best)
            .map(([p, u]) => `${p} ${u.toFixed(3)}`)
            .join(", ")}`,
        );
    });
    const alone = Object.entries(result.unilateral);
    if (alone.length > 0) {
      out.push("  By one party alone:");
      for (const [pid, c] of alone)
        out.push(
          `    ${name.get(pid) ?? pid}: ${c ? `${c.size} position${c.size === 1 ? "" : "s"}: ${describeMoves(c, name, territory, false)}` : "no set of its own positions opens a zone"}`,
        );
    }
  }
  if (result.proposals.length > 0) {
    out.push("", "PROPOSALS: acceptable to each party? (utility range over completions; reservation value)");
    const parties = result.space.parties;
    const width = Math.max(...result.proposals.map((p) => p.name.length), 8);
    out.push(`  ${"".padEnd(width)}  ${parties.map((p) => p.padEnd(18)).join("")}all`);
    for (const p of result.proposals) {
      const cells = parties.map((pid) => {
        const v = p.parties[pid];
        if (!v) return "".padEnd(18);
        const u = v.utility ? ` ${v.utility.max.toFixed(2)}` : "";
        return `${v.acceptable ? "yes" : "no"}${u}${v.reservation === null ? "" : `/${v.reservation.toFixed(2)}`}`.padEnd(
          18,
        );
      });
      out.push(`  ${p.name.padEnd(width)}  ${cells.join("")}${p.acceptableToAll ? "yes" : "no"}`);
    }
    for (const p of result.proposals)
      for (const pid of parties) {
        const v = p.parties[pid];
        if (v && !v.acceptable) out.push(wrap(`${p.name} — ${name.get(pid) ?? pid}: ${v.reason}`, 2));
      }
  }
  out.push("", "RESERVATION VALUES (value of no agreement, on each party's 0–1 utility scale)");
  for (const p of result.parties)
    if (p.reservation !== null)
      out.push(`  ${p.id} ${p.reservation.toFixed(3)}${p.active ? "" : " (withdrawn)"}`);
  if (result.warnings.length > 0) out.push("", "WARNINGS", ...result.warnings.map((w) => `  ${w}`));
  out.push(
    "",
    "Every position, weight and reservation value comes from the scenario file with its source or stated assumption;",
    "change them there (or with --at DATE) and run again. Use --json for the machine-readable result.",
  );
  return `${out.join("\n")}\n`;
}

function position(r: PositionRef, name: Map<string, string>): string {
  const kind =
    r.kind === "reservation"
      ? "reservation"
      : r.kind === "indivisible"
        ? "indivisibility"
        : r.kind === "ratification"
          ? `ratification: ${r.ratifier}`
          : "red line";
  return `${name.get(r.party) ?? r.party}: ${r.description} [${kind}${r.source ? `, ${r.source}` : ""}]`;
}

function describeMoves(
  c: Concession,
  name: Map<string, string>,
  territory: Map<string, string>,
  withParty = true,
): string {
  const groups = new Map<string, { party: string; what: string; where: string[] }>();
  for (const m of c.moves) {
    const key = `${m.party}|${m.redLine ?? m.kind}`;
    const base = m.territory ? m.description.replace(/ \([^)]*\)$/, "") : m.description;
    const g = groups.get(key) ?? { party: m.party, what: base, where: [] };
    if (m.territory) g.where.push(territory.get(m.territory) ?? m.territory);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(
      (g) =>
        `${withParty ? `${name.get(g.party) ?? g.party} relaxes ` : "relax "}"${g.what}"${g.where.length ? ` for ${g.where.join(", ")}` : ""}`,
    )
    .join("; ");
}

function describeOutcome(outcome: Record<string, string>, scenario: Scenario): string[] {
  const lines: string[] = [];
  for (const li of scenario.issues) {
    const o = outcome[li.id];
    const label = li.options.find((x) => x.id === o)?.label ?? o;
    lines.push(`${li.name}: ${label}`);
  }
  const interesting = scenario.territories.filter((t) =>
    scenario.parties.some((p) => (p.preferences?.territoryWeights?.[t.id] ?? 0) > 0),
  );
  for (const t of interesting) {
    const parts = scenario.dimensions.map((d) => `${d.id}=${outcome[`${t.id}.${d.id}`] ?? "?"}`);
    lines.push(`${t.name}: ${parts.join(", ")}`);
  }
  return lines;
}

function sci(decimal: string): string {
  if (decimal.length <= 12) return decimal;
  return `${decimal[0]}.${decimal.slice(1, 4)}e${decimal.length - 1}`;
}

function wrap(text: string, indent: number, width = 110): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + w.length + 1 > width - indent) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => " ".repeat(indent) + l).join("\n");
}
