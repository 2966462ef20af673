import type { Scenario, TimelineEntry } from "../api/types";
import { SourceRef } from "../map/SourceRef";
import { timelineDates } from "./timelineDates";

/**
 * A date slider over the scenario's events (and its reference date), with the events listed and their sources.
 * Moving the slider sets the date at which the map and the analysis are shown.
 */
export function Timeline(props: {
  scenario: Scenario;
  date: string;
  onDate: (date: string) => void;
  entries: TimelineEntry[] | undefined;
  /** Asks the server for the verdict at every event (absent while a what-if draft is shown). */
  onLoadEntries: (() => void) | undefined;
  entriesStatus: string | undefined;
}) {
  const { scenario, date, onDate, entries, onLoadEntries, entriesStatus } = props;
  const dates = timelineDates(scenario);
  const index = Math.max(
    0,
    dates.findLastIndex((d) => d <= date),
  );
  const verdicts = new Map((entries ?? []).map((e) => [e.date, e]));
  const eventsAt = scenario.events.filter((e) => e.date === dates[index]);
  const events = [...scenario.events].sort((a, b) => a.date.localeCompare(b.date));
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
      {entries === undefined && onLoadEntries && (
        <p className="fact-meta">
          {entriesStatus ?? (
            <button type="button" className="link" onClick={onLoadEntries}>
              Show the verdict at each event
            </button>
          )}
        </p>
      )}
      <ol className="events">
        {events.map((e) => {
          const entry = verdicts.get(e.date);
          return (
            <li key={e.id} className={e.date === date ? "current" : e.date < date ? "past" : "future"}>
              <button type="button" className="link event-date" onClick={() => onDate(e.date)}>
                {e.date}
              </button>{" "}
              <span className={`kind kind-${e.kind}`}>{e.kind}</span> {e.title}
              {entry && (
                <span className={`badge verdict-${entry.verdict}`} title="Verdict from this date on">
                  {entry.verdict === "zopa" ? "zone of agreement" : "deadlock"}
                </span>
              )}{" "}
              <SourceRef scenario={scenario} id={e.source} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
