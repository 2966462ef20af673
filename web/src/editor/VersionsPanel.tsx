import { useEffect, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import type { ScenarioDiff, VersionMeta } from "../api/types";

function show(value: unknown): string {
  if (value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** The saved versions of a scenario, newest first, with a diff between any two and a way to open one. */
export function VersionsPanel(props: {
  client: ApiClient;
  scenarioId: string;
  current: number;
  /** Changes whenever a version is saved, to reload the list. */
  refresh: number;
  onOpen: (version: number) => void;
}) {
  const { client, scenarioId, current, refresh, onOpen } = props;
  const [versions, setVersions] = useState<VersionMeta[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const [diff, setDiff] = useState<ScenarioDiff | undefined>();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` changes to reload the list after a save.
  useEffect(() => {
    let live = true;
    client
      .listVersions(scenarioId)
      .then((r) => {
        if (!live) return;
        setVersions(r.versions);
        setTo(r.versions[0]?.version);
        setFrom(r.versions[1]?.version ?? r.versions[0]?.version);
        setError(undefined);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client, scenarioId, refresh]);

  useEffect(() => {
    if (from === undefined || to === undefined || from === to) {
      setDiff(undefined);
      return;
    }
    let live = true;
    client
      .diff(scenarioId, from, to)
      .then((d) => live && setDiff(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [client, scenarioId, from, to]);

  const select = (id: string, value: number | undefined, set: (v: number) => void, label: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => set(Number(e.currentTarget.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            v{v.version}: {v.message || "(no message)"}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="versions" aria-labelledby="versions-title">
      <h3 id="versions-title">Versions</h3>
      {error && <p className="error">{error}</p>}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.version} data-version={v.version} className={v.version === current ? "current" : ""}>
            <strong>v{v.version}</strong> {v.message || "(no message)"}{" "}
            <span className="fact-meta">
              — {v.author}, {new Date(v.createdAt).toISOString().slice(0, 16).replace("T", " ")} UTC
            </span>{" "}
            {v.version === current ? (
              <span className="badge">shown</span>
            ) : (
              <button type="button" className="link" onClick={() => onOpen(v.version)}>
                open v{v.version}
              </button>
            )}
          </li>
        ))}
      </ol>
      {versions.length > 1 && (
        <div className="diff">
          <div className="diff-select">
            {select("diff-from", from, setFrom, "Diff from")}
            {select("diff-to", to, setTo, "to")}
          </div>
          {diff &&
            (diff.changes.length === 0 ? (
              <p className="empty">No differences.</p>
            ) : (
              <ul className="diff-changes" aria-label={`Changes from v${diff.from} to v${diff.to}`}>
                {diff.changes.map((c) => (
                  <li key={`${c.kind}-${c.path}`} className={`change-${c.kind}`}>
                    <code>{c.path}</code> {c.kind}
                    {c.kind !== "added" && <> from {show(c.before)}</>}
                    {c.kind !== "removed" && <> to {show(c.after)}</>}
                  </li>
                ))}
              </ul>
            ))}
        </div>
      )}
    </section>
  );
}
