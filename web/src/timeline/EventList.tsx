import type { Scenario, TimelineEntry } from "../api/types";
import { SourceRef } from "../map/SourceRef";

/** The scenario's events in date order, with their sources; those after the selected date are dimmed. */
export function EventList(props: {
  scenario: Scenario;
  date: string;
  onDate: (date: string) => void;
  entries: TimelineEntry[] | undefined;
  /** Asks the server for the verdict at every event (absent while a what-if draft is shown). */
  onLoadEntries: (() => void) | undefined;
  entriesStatus: string | undefined;
}) {
  const { scenario, date, onDate, entries, onLoadEntries, entriesStatus } = props;
  const verdicts = new Map((entries ?? []).map((e) => [e.date, e]));
  const events = [...scenario.events].sort((a, b) => a.date.localeCompare(b.date));
  if (events.length === 0) return null;
  return (
    <section className="event-list" aria-labelledby="events-title">
      <h2 id="events-title">Events</h2>
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
