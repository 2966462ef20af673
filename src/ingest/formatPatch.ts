/**
 * A patch as a reviewable diff: one `+` line per proposed change with its id, the evidence sentence and
 * confidence under it, then the findings that were skipped and why.
 * @module
 */
import type { ScenarioPatch } from "./scenarioPatch.js";

const quote = (s: string, max = 160) => {
  const one = s.replace(/\s+/g, " ").trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`;
};

/**
 * Formats `patch` as text, e.g. `+ [c3] territories.UA-51.claims: RU formal_demand (demands) ← source …`.
 * @example formatPatch(buildPatch(articles, scenario))
 */
export function formatPatch(patch: ScenarioPatch): string {
  const lines: string[] = [];
  lines.push(
    `patch${patch.scenario ? ` for scenario ${patch.scenario}` : ""}: ${patch.changes.length} change(s), ${patch.skipped.length} skipped`,
  );
  for (const c of patch.changes) {
    switch (c.op) {
      case "addSource":
        lines.push(
          `+ [${c.id}] sources.${c.sourceId}: ${quote(c.source.title, 100)}${c.source.date ? ` (${c.source.date})` : ""}`,
        );
        continue;
      case "addTerritory":
        lines.push(`+ [${c.id}] territories: ${c.territory.id} ${quote(c.territory.name, 60)}`);
        break;
      case "addClaim":
        lines.push(
          `+ [${c.id}] territories.${c.territory}.claims: ${c.claim.party} ${c.claim.basis}${c.claim.scope ? ` (${c.claim.scope})` : ""} — ${c.stance.replace(/_/g, " ")}`,
        );
        break;
      case "addControl":
        lines.push(
          `+ [${c.id}] territories.${c.territory}.control: ${c.snapshot.date} ${Object.entries(
            c.snapshot.shares,
          )
            .map(([p, s]) => `${p} ${s}%`)
            .join(", ")}`,
        );
        break;
      case "addEvent":
        lines.push(
          `+ [${c.id}] events: ${c.event.date} ${c.event.kind} ${quote(c.event.title, 100)}${c.event.parties ? ` [${c.event.parties.join(", ")}]` : ""}`,
        );
        break;
      case "addNote":
        lines.push(`+ [${c.id}] notes: ${quote(c.note, 140)}`);
        continue;
    }
    lines.push(
      `    evidence (${c.evidence.confidence.toFixed(2)}, chars ${c.evidence.start}–${c.evidence.end}): ${quote(c.evidence.text)}`,
    );
  }
  for (const s of patch.skipped) lines.push(`  skipped: ${s.summary} — ${s.reason}`);
  return `${lines.join("\n")}\n`;
}
