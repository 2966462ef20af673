import { useEffect, useId, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import { ApiError } from "../api/ApiError";
import type { Diagnostic, ScenarioSummary } from "../api/types";
import { normalizePareto, type ParetoData } from "../charts/normalizePareto";

/** How an uploaded file is read: scenario text (YAML or JSON) or a GENIUS XML file. */
export function fileKind(name: string): "yaml" | "json" | "genius" | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".xml")) return "genius";
  return undefined;
}

/**
 * The scenario library: every stored scenario with open and fork actions, and creation from uploaded files
 * (a scenario in YAML or JSON is stored; GENIUS XML files, domain first then profiles, are analysed for their
 * Pareto frontier).
 */
export function Library(props: {
  client: ApiClient;
  current: string | undefined;
  onOpen: (id: string) => void;
  onGenius: (pareto: ParetoData, title: string) => void;
}) {
  const { client, current, onOpen, onGenius } = props;
  const inputId = useId();
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [refresh, setRefresh] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` changes to reload the list after a save.
  useEffect(() => {
    let live = true;
    client
      .listScenarios()
      .then((r) => live && setScenarios(r.scenarios))
      .catch((e: Error) => live && setStatus(`Could not list scenarios: ${e.message}`));
    return () => {
      live = false;
    };
  }, [client, refresh]);

  const fail = (e: unknown) => {
    setStatus(e instanceof Error ? e.message : String(e));
    setDiagnostics(e instanceof ApiError ? e.diagnostics : []);
  };

  const upload = async (files: File[]) => {
    setDiagnostics([]);
    if (files.length === 0) return;
    const kinds = files.map((f) => fileKind(f.name));
    try {
      if (kinds.every((k) => k === "genius")) {
        setStatus(`Analysing GENIUS files ${files.map((f) => f.name).join(", ")}…`);
        // The domain goes first: it is the file with evaluators but no weights (profiles carry <weight>).
        const texts = await Promise.all(files.map((f) => f.text()));
        const ordered = files
          .map((file, i) => ({ file, profile: /<weight\b/.test(texts[i]!) }))
          .sort((a, b) => Number(a.profile) - Number(b.profile))
          .map((x) => x.file);
        const pareto = normalizePareto(await client.paretoGenius(ordered));
        if (!pareto) throw new Error("the server's Pareto answer has no frontier to draw");
        setStatus(`GENIUS domain ${ordered[0]!.name}: ${pareto.frontier.length} Pareto points (see Charts).`);
        onGenius(pareto, ordered[0]!.name);
        return;
      }
      if (files.length !== 1 || (kinds[0] !== "yaml" && kinds[0] !== "json")) {
        throw new Error(
          "upload one scenario file (.yaml, .yml or .json), or GENIUS .xml files (domain first)",
        );
      }
      const file = files[0]!;
      setStatus(`Uploading ${file.name}…`);
      const created = await client.createScenario(await file.text(), {
        contentType: kinds[0] === "json" ? "application/json" : "application/yaml",
        message: `uploaded ${file.name}`,
      });
      setStatus(`Created ${created.id} (v${created.version.version}).`);
      setRefresh((n) => n + 1);
      onOpen(created.id);
    } catch (e) {
      fail(e);
    }
  };

  const fork = async (id: string) => {
    try {
      const forked = await client.fork(id, { message: `fork of ${id}` });
      setStatus(`Forked ${id} as ${forked.id}.`);
      setRefresh((n) => n + 1);
      onOpen(forked.id);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section className="library" aria-labelledby="library-title">
      <h2 id="library-title">Library</h2>
      {scenarios === undefined ? (
        <p>Loading…</p>
      ) : scenarios.length === 0 ? (
        <p className="empty">No stored scenarios yet: upload one.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Stored scenarios</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Versions</th>
              <th scope="col">Updated</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} className={s.id === current ? "current" : ""} data-scenario={s.id}>
                <th scope="row">
                  {s.title} <code>{s.id}</code>
                </th>
                <td>{s.versions}</td>
                <td>{s.updatedAt.slice(0, 10)}</td>
                <td>
                  <button type="button" onClick={() => onOpen(s.id)} disabled={s.id === current}>
                    Open
                  </button>{" "}
                  <button type="button" onClick={() => void fork(s.id)}>
                    Fork
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="field upload">
        <label htmlFor={inputId}>
          Create from file: a scenario (.yaml, .json) or GENIUS .xml files (domain first)
        </label>
        <input
          id={inputId}
          type="file"
          accept=".yaml,.yml,.json,.xml"
          multiple
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            void upload(files);
          }}
        />
      </div>
      {status && (
        <p className="status" role="status">
          {status}
        </p>
      )}
      {diagnostics.length > 0 && (
        <ul className="diagnostics">
          {diagnostics.map((d) => (
            <li key={`${d.path}-${d.code}-${d.line ?? ""}`} className={d.severity}>
              {d.line !== undefined ? `line ${d.line}:${d.column ?? 0} ` : ""}
              {d.message} <code>{d.path}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
