import type { Scenario } from "../api/types";

/** A cited source: title, publisher and date, linked when it has URLs (opened only on click). */
export function SourceRef(props: { scenario: Scenario; id: string | undefined }) {
  const { scenario, id } = props;
  if (id === undefined) return null;
  const source = scenario.sources[id];
  if (source === undefined) return <span className="source">[{id}]</span>;
  const urls = (source.url ?? "")
    .split(" ; ")
    .map((u) => u.trim())
    .filter((u) => /^https?:\/\//.test(u));
  const meta = [source.publisher, source.date].filter(Boolean).join(", ");
  return (
    <span className="source">
      [{id}]{" "}
      {urls.length > 0 ? (
        <a href={urls[0]} target="_blank" rel="noreferrer noopener">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {meta ? ` (${meta})` : ""}
    </span>
  );
}
