import type { Scenario } from "../api/types";

/** The dates the timeline steps through: every event date and the scenario's reference date, ascending. */
export function timelineDates(scenario: Scenario): string[] {
  return [...new Set([scenario.date, ...scenario.events.map((e) => e.date)])].sort();
}
