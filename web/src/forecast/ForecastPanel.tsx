import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ApiClient } from "../api/ApiClient";
import type { ForecastModelJson, ForecastReport, Scenario } from "../api/types";
import { TrajectoryChart } from "./TrajectoryChart";
import { trajectoryData } from "./trajectoryData";

const MODELS = ["all", "smp", "bdm", "compromise", "median", "exchange"] as const;
const PALETTE = ["#1b6ca8", "#c0392b", "#7d3c98", "#16a085", "#d68910", "#566573"];

function modelsOf(report: ForecastReport): ForecastModelJson[] {
  return "models" in report ? report.models : [report];
}

/**
 * The Forecast tab: runs the saved version's `forecast` block on the server (`GET /api/scenarios/:id/forecast`)
 * and charts, per dimension, each actor's trajectory with the final forecast, the status quo and the spread.
 */
export function ForecastPanel(props: {
  client: ApiClient;
  scenarioId: string;
  version: number;
  scenario: Scenario;
  colors: Record<string, string>;
}) {
  const { client, scenarioId, version, scenario, colors } = props;
  const block = scenario.forecast;
  const [model, setModel] = useState<(typeof MODELS)[number]>("all");
  const [runs, setRuns] = useState(100);
  const [seed, setSeed] = useState(1);
  const [report, setReport] = useState<ForecastReport | undefined>();
  const [shown, setShown] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  // Only the latest request's answer is shown.
  const latest = useRef(0);
  const run = useCallback(
    (params: { model: string; runs: number; seed: number }) => {
      const request = ++latest.current;
      setPending(true);
      setError(undefined);
      client
        .forecast(scenarioId, { ...params, version })
        .then((r) => {
          if (request !== latest.current) return;
          setReport(r);
          const names = modelsOf(r).map((m) => m.model);
          setShown((s) => (s && names.includes(s) ? s : names.includes("smp") ? "smp" : names[0]));
        })
        .catch((e: Error) => {
          if (request === latest.current) setError(e.message);
        })
        .finally(() => {
          if (request === latest.current) setPending(false);
        });
    },
    [client, scenarioId, version],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: run once per saved version, with the default settings.
  useEffect(() => {
    setReport(undefined);
    if (block) run({ model: "all", runs: 100, seed: 1 });
  }, [run, block === undefined]);

  const actorColors = useMemo(() => {
    const out: Record<string, string> = {};
    block?.actors.forEach((a, i) => {
      out[a.id] = colors[a.party ?? a.id] ?? PALETTE[i % PALETTE.length]!;
    });
    return out;
  }, [block, colors]);

  if (!block)
    return (
      <p className="empty" data-testid="no-forecast">
        This scenario has no forecast block, so there is nothing to forecast. Add a <code>forecast</code>{" "}
        section (dimensions, actors with capability, positions and saliences; see docs/forecast.md) and save
        it as a new version.
      </p>
    );

  const models = report ? modelsOf(report) : [];
  const current = models.find((m) => m.model === shown) ?? models[0];
  const trajectories = current ? trajectoryData(current, block) : [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run({ model, runs, seed });
  };

  return (
    <div className="forecast">
      <h2>Forecast: where positions converge</h2>
      <p className="fact-meta">
        {block.title ?? "Forecast block"} of version {version}: {block.actors.length} actors,{" "}
        {block.dimensions.length} dimensions. Capabilities and saliences are modelling judgements; the spread
        shows how far the forecast moves when they change.
      </p>
      <form className="forecast-form" onSubmit={submit}>
        <label>
          Model{" "}
          <select value={model} onChange={(e) => setModel(e.target.value as (typeof MODELS)[number])}>
            {MODELS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          Runs{" "}
          <input
            type="number"
            min={0}
            max={1000}
            step={1}
            value={runs}
            onChange={(e) => setRuns(Math.max(0, Math.min(1000, Math.round(Number(e.target.value) || 0))))}
          />
        </label>
        <label>
          Seed{" "}
          <input
            type="number"
            min={0}
            step={1}
            value={seed}
            onChange={(e) => setSeed(Math.max(0, Math.round(Number(e.target.value) || 0)))}
          />
        </label>
        <button type="submit" disabled={pending}>
          Run forecast
        </button>
      </form>
      {pending && (
        <p aria-busy="true" className="status">
          Running the forecast…
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          The forecast failed: {error}
        </p>
      )}
      {report && "disagreement" in report && (
        <p className="forecast-disagreement" data-testid="disagreement">
          {report.disagreement}
        </p>
      )}
      {models.length > 1 && (
        <>
          <div className="table-scroll">
            <table className="forecast-table">
              <caption>Final forecast by model (expected position; IQR of the spread)</caption>
              <thead>
                <tr>
                  <th scope="col">model</th>
                  {block.dimensions.map((d) => (
                    <th key={d.id} scope="col">
                      {d.id}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {models.map((m) => (
                  <tr key={m.model} className={m.model === current?.model ? "selected" : undefined}>
                    <th scope="row">{m.model}</th>
                    {m.final.expected.map((x, d) => {
                      const s = m.spread?.dimensions[d];
                      return (
                        <td key={m.dimensions[d]}>
                          {x.toFixed(1)}
                          {s && (
                            <span className="fact-meta">
                              {" "}
                              ({s.iqr[0].toFixed(0)}–{s.iqr[1].toFixed(0)})
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <label>
            Trajectory of{" "}
            <select value={current?.model} onChange={(e) => setShown(e.target.value)}>
              {models.map((m) => (
                <option key={m.model} value={m.model}>
                  {m.model}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {current && (
        <>
          <p className="fact-meta" data-testid="forecast-model">
            {current.model}: {current.turns} state{current.turns === 1 ? "" : "s"}
            {current.converged ? "" : " (still moving at the turn limit)"}
            {current.spread
              ? `; spread over ${current.spread.runs} runs (seed ${current.spread.seed}, ${current.spread.variants} variant${current.spread.variants === 1 ? "" : "s"})`
              : "; no spread (runs = 0)"}
            .
          </p>
          <ul className="forecast-legend" aria-label="Actors">
            {block.actors.map((a) => (
              <li key={a.id}>
                <span className="swatch" style={{ background: actorColors[a.id] }} aria-hidden="true" />
                {a.id} {a.name}
              </li>
            ))}
            <li>◆ expected</li>
            {current.final.modal.probability !== null && <li>✕ modal</li>}
            {current.spread && <li>▮ IQR, ▯ 90% of runs</li>}
            <li>- - status quo</li>
          </ul>
          {trajectories.map((t) => (
            <TrajectoryChart key={t.id} trajectory={t} colors={actorColors} />
          ))}
        </>
      )}
    </div>
  );
}
