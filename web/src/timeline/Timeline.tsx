import type { Scenario } from "../api/types";
import { timelineDates } from "./timelineDates";

/**
 * A date slider over the scenario's event dates (and its reference date). Moving it sets the date at which the
 * map and the analysis are shown.
 */
export function Timeline(props: { scenario: Scenario; date: string; onDate: (date: string) => void }) {
  const { scenario, date, onDate } = props;
  const dates = timelineDates(scenario);
  const index = Math.max(
    0,
    dates.findLastIndex((d) => d <= date),
  );
  const eventsAt = scenario.events.filter((e) => e.date === dates[index]);
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <div className="timeline-control">
        <button
          type="button"
          onClick={() => onDate(dates[index - 1]!)}
          disabled={index === 0}
          aria-label="Previous date"
        >
          ‹
        </button>
        <label htmlFor="timeline-slider" className="visually-hidden">
          Date
        </label>
        <input
          id="timeline-slider"
          type="range"
          min={0}
          max={dates.length - 1}
          step={1}
          value={index}
          aria-valuetext={`${dates[index]}${eventsAt.length > 0 ? `: ${eventsAt.map((e) => e.title).join("; ")}` : ""}`}
          onChange={(e) => onDate(dates[Number(e.currentTarget.value)]!)}
        />
        <button
          type="button"
          onClick={() => onDate(dates[index + 1]!)}
          disabled={index === dates.length - 1}
          aria-label="Next date"
        >
          ›
        </button>
        <output htmlFor="timeline-slider" className="timeline-date" data-testid="timeline-date">
          {date}
        </output>
        {date !== scenario.date && (
          <button type="button" className="link" onClick={() => onDate(scenario.date)}>
            back to the scenario date ({scenario.date})
          </button>
        )}
      </div>
    </section>
  );
}
