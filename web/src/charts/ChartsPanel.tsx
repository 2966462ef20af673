import type { Names } from "../analysis/names";
import type { ApiClient } from "../api/ApiClient";
import type { AnalysisResult } from "../api/types";
import type { ParetoData } from "./normalizePareto";
import { ParetoChart } from "./ParetoChart";
import { SimulationPanel } from "./SimulationPanel";
import { UtilityChart } from "./UtilityChart";

/** The charts: utilities vs reservation values, the Pareto frontier, a GENIUS domain's frontier, simulation. */
export function ChartsPanel(props: {
  client: ApiClient;
  analysis: AnalysisResult | undefined;
  pareto: { data: ParetoData | undefined; error: string | undefined; pending: boolean };
  genius: { pareto: ParetoData; title: string } | undefined;
  proposal: string | undefined;
  names: Names;
  colors: Record<string, string>;
  scenarioId: string;
  version: number;
}) {
  const { client, analysis, pareto, genius, proposal, names, colors, scenarioId, version } = props;
  return (
    <div className="charts">
      <h2>Utilities against reservation values</h2>
      <p className="fact-meta">Select a proposal in “Walls &amp; moves” to chart it.</p>
      {analysis && <UtilityChart analysis={analysis} proposalId={proposal} names={names} colors={colors} />}
      <h2>Pareto frontier</h2>
      {pareto.pending && !pareto.data && <p>Computing the frontier…</p>}
      {pareto.error && <p className="error">Pareto frontier unavailable: {pareto.error}</p>}
      {pareto.data && <ParetoChart pareto={pareto.data} analysis={analysis} names={names} />}
      {genius && (
        <>
          <h2>GENIUS domain {genius.title}</h2>
          <ParetoChart pareto={genius.pareto} analysis={undefined} names={names} />
        </>
      )}
      <SimulationPanel client={client} scenarioId={scenarioId} version={version} />
    </div>
  );
}
