import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import type { Names } from "../analysis/names";
import type { AnalysisResult } from "../api/types";
import type { ParetoData } from "./normalizePareto";
import { PlotFigure } from "./PlotFigure";

interface Placed {
  label: string;
  kind: string;
  x: number;
  y: number;
}

/**
 * The Pareto frontier of the first two parties in utility space, with the bargaining solutions, the proposals
 * (at the best completion for each party) and the reservation values as dashed rules.
 */
export function ParetoChart(props: {
  pareto: ParetoData;
  analysis: AnalysisResult | undefined;
  names: Names;
}) {
  const { pareto, analysis, names } = props;
  const [px, py] = pareto.parties as [string, string];
  const options = useMemo<Plot.PlotOptions>(() => {
    const frontier = pareto.frontier.map((p) => ({ x: p[px]!, y: p[py]! })).sort((a, b) => a.x - b.x);
    const placed: Placed[] = pareto.solutions.map((s) => ({
      label: s.name,
      kind: "solution",
      x: s.point[px]!,
      y: s.point[py]!,
    }));
    for (const proposal of analysis?.proposals ?? []) {
      const ux = proposal.parties[px]?.utility;
      const uy = proposal.parties[py]?.utility;
      if (ux && uy)
        placed.push({
          label: proposal.name,
          kind: "proposal",
          x: (ux.min + ux.max) / 2,
          y: (uy.min + uy.max) / 2,
        });
    }
    const reservation =
      pareto.disagreement ??
      Object.fromEntries((analysis?.parties ?? []).map((p) => [p.id, p.reservation ?? 0]));
    const marks: Plot.Markish[] = [
      Plot.line(frontier, { x: "x", y: "y", stroke: "#444", curve: "step-before", strokeOpacity: 0.6 }),
      Plot.dot(frontier, { x: "x", y: "y", r: 2.5, fill: "#444" }),
      Plot.dot(placed, {
        x: "x",
        y: "y",
        r: 6,
        symbol: (d: Placed) => (d.kind === "solution" ? "star" : "diamond"),
        fill: (d: Placed) => (d.kind === "solution" ? "#e69f00" : "#009e73"),
        stroke: "#111",
      }),
      Plot.text(placed, { x: "x", y: "y", text: "label", dy: -11, fontSize: 11 }),
    ];
    if (reservation[px] !== undefined)
      marks.push(Plot.ruleX([reservation[px]], { stroke: "#b2182b", strokeDasharray: "4 3" }));
    if (reservation[py] !== undefined)
      marks.push(Plot.ruleY([reservation[py]], { stroke: "#0072b2", strokeDasharray: "4 3" }));
    return {
      width: 520,
      height: 380,
      x: { domain: [0, 1], label: `${names.party(px)} utility →`, grid: true },
      y: { domain: [0, 1], label: `↑ ${names.party(py)} utility`, grid: true },
      marks,
    };
  }, [pareto, analysis, names, px, py]);
  const rational = pareto.frontier.filter(
    (p) =>
      pareto.disagreement === undefined ||
      pareto.parties.every((q) => p[q]! >= (pareto.disagreement?.[q] ?? 0)),
  ).length;
  const label = `Pareto frontier of ${names.party(px)} and ${names.party(py)}: ${pareto.frontier.length} points${
    pareto.disagreement ? `, ${rational} at or above both reservation values` : ""
  }; solutions: ${pareto.solutions.map((s) => s.name).join(", ") || "none in the rational region"}.`;
  return (
    <figure className="chart pareto-chart">
      <figcaption>
        Pareto frontier in utility space (★ bargaining solutions, ◆ proposals at the middle of their utility
        range, dashed: reservation values)
      </figcaption>
      <PlotFigure options={options} label={label} />
      <p className="fact-meta">{label}</p>
    </figure>
  );
}
