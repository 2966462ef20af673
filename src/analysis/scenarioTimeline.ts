/**
 * The verdict at every date on which something in the scenario changes: events, control snapshots, red lines
 * starting or ending.
 * @module
 */
import type { Scenario } from "../model/index.js";
import type { MilpSolver } from "../solver/index.js";
import { analyzeScenario } from "./analyzeScenario.js";

/** One date of the timeline. */
export interface TimelineEntry {
  date: string;
  /** Events on this date. */
  events: { id: string; title: string; kind: string; source: string }[];
  /** Control snapshots dated this day (territory ids). */
  controlChanges: string[];
  verdict: "deadlock" | "zopa";
  zopaCount: string | null;
  conflicts: number;
  /** Reservation value per party with one. */
  reservations: Record<string, number>;
  /** Territories involved in conflicts. */
  territories: string[];
}

/** Analyses `scenario` at every date where its inputs change (from `from`, default the first such date). */
export function scenarioTimeline(
  scenario: Scenario,
  options: { solver: MilpSolver; from?: string; to?: string },
): TimelineEntry[] {
  const dates = new Set<string>([scenario.date]);
  for (const e of scenario.events) dates.add(e.date);
  for (const t of scenario.territories) for (const s of t.control ?? []) dates.add(s.date);
  for (const p of scenario.parties)
    for (const r of p.preferences?.redLines ?? []) {
      if (r.since) dates.add(r.since);
      if (r.until) dates.add(nextDay(r.until));
    }
  const sorted = [...dates]
    .filter(
      (d) =>
        (options.from === undefined || d >= options.from) && (options.to === undefined || d <= options.to),
    )
    .sort();
  return sorted.map((date) => {
    const result = analyzeScenario(scenario, { at: date, solver: options.solver, concessions: 0 });
    const reservations: Record<string, number> = {};
    for (const p of result.parties)
      if (p.reservation !== null) reservations[p.id] = Math.round(p.reservation * 1e6) / 1e6;
    return {
      date,
      events: scenario.events
        .filter((e) => e.date === date)
        .map((e) => ({ id: e.id, title: e.title, kind: e.kind, source: e.source })),
      controlChanges: scenario.territories
        .filter((t) => (t.control ?? []).some((s) => s.date === date))
        .map((t) => t.id),
      verdict: result.verdict,
      zopaCount: result.zopa.count,
      conflicts: result.conflicts.length,
      reservations,
      territories: [...new Set(result.conflicts.flatMap((c) => c.territories))],
    };
  });
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
