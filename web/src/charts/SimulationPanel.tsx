import * as Plot from "@observablehq/plot";
import { useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import type { JobMeta } from "../api/types";
import { PlotFigure } from "./PlotFigure";

/** The parts of a simulation result the panel shows (read leniently from the job's `result`). */
export interface SimulationSummary {
  runs: number | undefined;
  agreementProbability: number | undefined;
  /** 95% interval of the agreement probability, when reported. */
  agreementInterval: [number, number] | undefined;
  mediatorExitProbability: number | undefined;
  /** How runs ended: reason → runs. */
  end: Record<string, number>;
  /** True when the simulation was interrupted and covers the completed runs only. */
  partial: boolean;
  rounds: number[];
}

function interval(v: unknown): [number, number] | undefined {
  return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number")
    ? [v[0] as number, v[1] as number]
    : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** Reads a simulation job result: agreement probability (or rate) and the rounds of each run or a histogram. */
export function summarizeSimulation(result: unknown): SimulationSummary | undefined {
  if (typeof result !== "object" || result === null) return undefined;
  const r = result as Record<string, unknown>;
  const runs = num(r.runs) ?? (Array.isArray(r.sessions) ? r.sessions.length : undefined);
  const agreementProbability = num(r.agreementProbability) ?? num(r.agreementRate) ?? num(r.agreement);
  let rounds: number[] = [];
  if (Array.isArray(r.rounds) && r.rounds.every((x) => typeof x === "number")) rounds = r.rounds as number[];
  else if (Array.isArray(r.sessions)) {
    rounds = r.sessions
      .map((s) =>
        num((s as Record<string, unknown> | null)?.rounds ?? (s as Record<string, unknown> | null)?.step),
      )
      .filter((x): x is number => x !== undefined);
  } else if (typeof r.roundsHistogram === "object" && r.roundsHistogram !== null) {
    for (const [k, v] of Object.entries(r.roundsHistogram as Record<string, unknown>)) {
      for (let i = 0; i < (num(v) ?? 0); i++) rounds.push(Number(k));
    }
  }
  if (agreementProbability === undefined && rounds.length === 0) return undefined;
  const end: Record<string, number> = {};
  if (typeof r.end === "object" && r.end !== null) {
    for (const [reason, n] of Object.entries(r.end as Record<string, unknown>)) {
      const count = num(n);
      if (count !== undefined && count > 0) end[reason] = count;
    }
  }
  return {
    runs,
    agreementProbability,
    agreementInterval: interval(r.agreementInterval),
    mediatorExitProbability: num(r.mediatorExitProbability),
    end,
    partial: r.partial === true,
    rounds,
  };
}

function percent(p: number): string {
  return `${(p * 100).toFixed(1)}%`;
}

/** Runs a Monte Carlo simulation as a server job, with a progress bar, and charts its result. */
export function SimulationPanel(props: { client: ApiClient; scenarioId: string; version: number }) {
  const { client, scenarioId, version } = props;
  const [runs, setRuns] = useState(200);
  const [job, setJob] = useState<JobMeta | undefined>();
  const [error, setError] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const poll = (id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const next = await client.job(id);
        setJob(next);
        if (next.status === "queued" || next.status === "running") poll(id);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    }, 300);
  };

  const start = async () => {
    setError(undefined);
    try {
      const { job: started } = await client.startSimulation(scenarioId, { runs, seed: 1, version });
      setJob(started);
      poll(started.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const running = job?.status === "queued" || job?.status === "running";
  const summary = job?.status === "done" ? summarizeSimulation(job.result) : undefined;
  const options = useMemo<Plot.PlotOptions | undefined>(
    () =>
      summary && summary.rounds.length > 0
        ? {
            width: 520,
            height: 220,
            x: { label: "rounds until the session ended →" },
            y: { label: "↑ runs", grid: true },
            marks: [
              Plot.rectY(summary.rounds, {
                ...Plot.binX({ y: "count" }, { x: (d: number) => d }),
                fill: "#0072b2",
              }),
              Plot.ruleY([0]),
            ],
          }
        : undefined,
    [summary],
  );
  return (
    <section className="simulation" aria-labelledby="simulation-title">
      <h3 id="simulation-title">Simulation (saved version)</h3>
      <div className="field inline">
        <label htmlFor="simulation-runs">Runs</label>
        <input
          id="simulation-runs"
          type="number"
          min={1}
          max={100000}
          value={runs}
          onChange={(e) => setRuns(Math.max(1, Math.floor(Number(e.currentTarget.value) || 1)))}
        />
        <button type="button" onClick={() => void start()} disabled={running}>
          Run simulation
        </button>
        {running && job && (
          <button type="button" onClick={() => void client.cancelJob(job.id).then(setJob)}>
            Cancel
          </button>
        )}
      </div>
      {job && (
        <p>
          <label htmlFor="simulation-progress">Progress ({job.status})</label>{" "}
          <progress id="simulation-progress" max={1} value={job.progress} />
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {job?.status === "failed" && (
        <p className="error">Failed: {typeof job.error === "string" ? job.error : job.error?.message}</p>
      )}
      {summary && (
        <>
          {summary.agreementProbability !== undefined && (
            <p>
              Agreement in {percent(summary.agreementProbability)} of {summary.runs ?? "the"} runs
              {summary.agreementInterval
                ? ` (95% interval ${percent(summary.agreementInterval[0])}–${percent(summary.agreementInterval[1])})`
                : ""}
              {summary.partial ? "; interrupted, completed runs only" : ""}.
              {summary.mediatorExitProbability !== undefined &&
                ` The mediator walked away in ${percent(summary.mediatorExitProbability)} of runs.`}
            </p>
          )}
          {Object.keys(summary.end).length > 0 && (
            <p className="fact-meta">
              How runs ended:{" "}
              {Object.entries(summary.end)
                .map(([reason, n]) => `${reason} ${n}`)
                .join(", ")}
              .
            </p>
          )}
          {options && <PlotFigure options={options} label="Histogram of rounds per run" />}
        </>
      )}
      {job?.status === "done" && !summary && (
        <p className="empty">The job finished without a result to chart.</p>
      )}
    </section>
  );
}
