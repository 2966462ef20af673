import { type FormEvent, useEffect, useMemo, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import { ApiError } from "../api/ApiError";
import type { DiffChange, IngestAnswer } from "../api/types";
import { describeChange } from "./describeChange";
import { EvidenceText } from "./EvidenceText";

type Format = "auto" | "text" | "markdown" | "html";
interface Range {
  start: number;
  end: number;
}

const short = (value: unknown) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
};

function errorText(e: unknown): string {
  if (e instanceof ApiError && e.code === "conflict")
    return `Not saved: version ${e.current?.version ?? "?"} was saved meanwhile${e.current ? ` by ${e.current.author}` : ""}. Read the article again against the latest version.`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * The Ingest tab: paste an article, read it against the saved version (`POST /api/scenarios/:id/ingest`), see
 * actors, territories and claims with their evidence highlighted in the text, accept or reject each proposed
 * change, preview the diff, and save the accepted ones as a new version.
 */
export function IngestPanel(props: {
  client: ApiClient;
  scenarioId: string;
  version: number;
  onSaved: (version: number) => void;
}) {
  const { client, scenarioId, version, onSaved } = props;
  const [text, setText] = useState("");
  const [date, setDate] = useState("");
  const [format, setFormat] = useState<Format>("auto");
  const [answer, setAnswer] = useState<{ report: IngestAnswer; text: string } | undefined>();
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [active, setActive] = useState<Range | undefined>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [preview, setPreview] = useState<{ changes?: DiffChange[]; error?: string } | undefined>();
  const [message, setMessage] = useState("");
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | undefined>();

  const report = answer?.report;
  const read = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === "") return;
    setPending(true);
    setError(undefined);
    setStatus(undefined);
    client
      .ingest(
        scenarioId,
        { text, ...(date ? { date } : {}), ...(format !== "auto" ? { format } : {}) },
        version,
      )
      .then((r) => {
        setAnswer({ report: r, text });
        setAccepted(new Set(r.patch.changes.map((c) => c.id)));
        setActive(undefined);
        const title = r.articles[0]?.title ?? r.articles[0]?.file ?? "article";
        setMessage(`ingest: reviewed changes from ${title}`);
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setPending(false));
  };

  const acceptList = useMemo(
    () => report?.patch.changes.filter((c) => accepted.has(c.id)).map((c) => c.id) ?? [],
    [report, accepted],
  );

  // The diff preview follows the selection (debounced; a newer selection aborts the older request).
  useEffect(() => {
    if (!report) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      client
        .previewIngest(
          scenarioId,
          { patch: report.patch, accept: acceptList, version: report.version },
          controller.signal,
        )
        .then((d) => setPreview({ changes: d.changes }))
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setPreview({ error: errorText(e) });
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, scenarioId, report, acceptList]);

  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const t of report?.territories ?? []) map.set(t.id, t.name);
    for (const c of report?.patch.changes ?? [])
      if (c.op === "addTerritory") map.set(c.territory.id, c.territory.name);
    return map;
  }, [report]);
  const territoryName = (id: string) => names.get(id) ?? id;

  const toggle = (id: string, on: boolean) =>
    setAccepted((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const save = async () => {
    if (!report) return;
    setSaving(true);
    setStatus(undefined);
    try {
      const saved = await client.applyIngest(scenarioId, {
        patch: report.patch,
        accept: acceptList,
        basedOn: report.version,
        message: message.trim() || "ingest: reviewed changes",
      });
      setStatus(
        `Saved ${acceptList.length} accepted change${acceptList.length === 1 ? "" : "s"} as version ${saved.version.version}.`,
      );
      setAnswer(undefined);
      setPreview(undefined);
      onSaved(saved.version.version);
    } catch (e) {
      setStatus(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const evidence: Range[] = report ? [...report.claims, ...report.events] : [];
  const substantive =
    report?.patch.changes.filter((c) => accepted.has(c.id) && c.op !== "addSource").length ?? 0;

  return (
    <div className="ingest">
      <h2>Ingest a news article</h2>
      <form className="ingest-form" onSubmit={read}>
        <label htmlFor="ingest-text">Article text (plain text, Markdown or HTML)</label>
        <textarea
          id="ingest-text"
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Paste the article here"
        />
        <div className="ingest-options">
          <label>
            Article date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            Format{" "}
            <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              <option value="auto">detect</option>
              <option value="text">plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML</option>
            </select>
          </label>
          <button type="submit" disabled={pending || text.trim() === ""}>
            Read the article
          </button>
        </div>
        <p className="fact-meta">
          Read against version {version}. Nothing is stored until you save; the saved version is new and the
          others stay as they are. On new text about half of the proposed claims are right: review each one.
        </p>
      </form>
      {pending && (
        <p className="status" aria-busy="true">
          Reading the article…
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          Could not read the article: {error}
        </p>
      )}
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
      {report && answer && (
        <>
          <p className="fact-meta">
            Read against version {report.version}
            {report.articles[0]?.date
              ? `, dated ${report.articles[0].date}`
              : ", undated (events are not proposed)"}
            : {report.actors.length} actors, {report.territories.length} territories, {report.claims.length}{" "}
            claims, {report.events.length} events.
          </p>
          <h3>Actors</h3>
          <ul className="ingest-actors">
            {report.actors.map((a) => (
              <li key={a.id}>
                <strong>{a.id}</strong> {a.name} ×{a.mentions}
                {a.people.length > 0 && <span className="fact-meta"> ({a.people.join(", ")})</span>}
              </li>
            ))}
          </ul>
          <h3>Territories</h3>
          <ul className="ingest-territories">
            {report.territories.map((t) => (
              <li key={t.id}>
                {t.name}{" "}
                <span className="fact-meta">
                  ({t.id}
                  {t.unknown ? ", not in any gazetteer" : ""}; as “{t.forms.join("”, “")}”)
                </span>
              </li>
            ))}
          </ul>
          <div className="table-scroll">
            <table className="ingest-claims">
              <caption>Claims found (select one to highlight its evidence)</caption>
              <thead>
                <tr>
                  <th scope="col">actor</th>
                  <th scope="col">stance</th>
                  <th scope="col">target</th>
                  <th scope="col">confidence</th>
                  <th scope="col">evidence</th>
                </tr>
              </thead>
              <tbody>
                {report.claims.map((c) => (
                  <tr
                    key={`${c.actor}|${c.stance}|${c.territory}|${c.negated}|${c.start}`}
                    data-claim={`${c.actor} ${c.negated ? "not " : ""}${c.stance} ${c.territory}`}
                    className={active?.start === c.start && active.end === c.end ? "selected" : undefined}
                  >
                    <td>{c.actor}</td>
                    <td>
                      {c.negated ? "not " : ""}
                      {c.stance.replace(/_/g, " ")}
                    </td>
                    <td>
                      {c.targetName}
                      {c.scope ? ` (${c.scope})` : ""}
                    </td>
                    <td>{c.confidence.toFixed(2)}</td>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setActive({ start: c.start, end: c.end })}
                      >
                        {c.cue === "model" ? "claim model" : `“${c.cue}”`}, chars {c.start}–{c.end}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>The article, with the evidence highlighted</h3>
          <EvidenceText text={answer.text} ranges={evidence} active={active} />
          <h3>Proposed changes</h3>
          <div className="ingest-bulk">
            <button type="button" onClick={() => setAccepted(new Set(report.patch.changes.map((c) => c.id)))}>
              Accept all
            </button>
            <button type="button" onClick={() => setAccepted(new Set())}>
              Reject all
            </button>
            <span className="fact-meta">
              {acceptList.length} of {report.patch.changes.length} accepted. Sources cited by accepted changes
              are added with them.
            </span>
          </div>
          <ul className="ingest-changes">
            {report.patch.changes.map((c) => (
              <li key={c.id} data-change={c.id} data-op={c.op}>
                <input
                  type="checkbox"
                  id={`change-${c.id}`}
                  checked={accepted.has(c.id)}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                  onFocus={() =>
                    "evidence" in c && setActive({ start: c.evidence.start, end: c.evidence.end })
                  }
                />
                <label htmlFor={`change-${c.id}`}>
                  <span className="chip">{c.id}</span> {describeChange(c, territoryName)}
                </label>
                {"evidence" in c && (
                  <button
                    type="button"
                    className="link evidence-quote"
                    onClick={() => setActive({ start: c.evidence.start, end: c.evidence.end })}
                  >
                    “{short(c.evidence.text.replace(/\s+/g, " ").trim())}” ({c.evidence.confidence.toFixed(2)}
                    )
                  </button>
                )}
              </li>
            ))}
          </ul>
          {report.patch.skipped.length > 0 && (
            <details>
              <summary>{report.patch.skipped.length} findings not proposed</summary>
              <ul>
                {report.patch.skipped.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for one reading.
                  <li key={i}>
                    {s.summary} — {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <h3>Diff preview</h3>
          {preview?.error && (
            <p className="error" role="alert">
              {preview.error}
            </p>
          )}
          {preview?.changes && (
            <ul className="ingest-diff" aria-label="Changes to the scenario">
              {preview.changes.length === 0 && <li>No change.</li>}
              {preview.changes.map((d) => (
                <li key={d.path} className={`diff-${d.kind}`}>
                  <code>
                    {d.kind === "added" ? "+" : d.kind === "removed" ? "−" : "~"} {d.path}
                  </code>{" "}
                  <span className="fact-meta">{short(d.after ?? d.before)}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="ingest-save">
            <label htmlFor="ingest-message">Version message</label>
            <input id="ingest-message" value={message} onChange={(e) => setMessage(e.target.value)} />
            <button
              type="button"
              disabled={saving || substantive === 0 || preview?.error !== undefined}
              onClick={() => void save()}
            >
              Save accepted changes as a new version
            </button>
          </div>
        </>
      )}
    </div>
  );
}
