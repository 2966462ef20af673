import * as Plot from "@observablehq/plot";
import { useId, useMemo, useState } from "react";
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

/** The points of `points` that no other point dominates on (x, y), sorted by x. */
export function frontier2d(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const sorted = [...points].sort((a, b) => b.x - a.x || b.y - a.y);
  const out: { x: number; y: number }[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  for (const p of sorted) {
    if (p.y > bestY) {
      out.push(p);
      bestY = p.y;
    }
  }
  return out.reverse();
}

/**
 * The Pareto frontier in the utility space of two parties (chosen among the answer's parties), with the
 * bargaining solutions, the proposals (at the middle of their utility ranges) and the reservation values as
 * dashed rules. With more than two parties, every frontier point is drawn and the line joins those that are
 * not dominated on the two axes.
 */
export function ParetoChart(props: {
  pareto: ParetoData;
  analysis: AnalysisResult | undefined;
  names: Names;
}) {
  const { pareto, analysis, names } = props;
  const id = useId();
  const [chosenX, setPx] = useState(pareto.parties[0]!);
  const [chosenY, setPy] = useState(pareto.parties[1]!);
  // A new answer may have other parties: fall back to its first two.
  const px = pareto.parties.includes(chosenX) ? chosenX : pareto.parties[0]!;
  const py = pareto.parties.includes(chosenY) ? chosenY : pareto.parties[1]!;
  const options = useMemo<Plot.PlotOptions>(() => {
    const all = pareto.frontier.map((p) => ({ x: p[px]!, y: p[py]! }));
    const frontier = frontier2d(all);
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
      Plot.dot(all, {
        x: "x",
        y: "y",
        r: 2.5,
        fill: "#444",
        fillOpacity: frontier.length === all.length ? 1 : 0.35,
      }),
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
    pareto.disagreement ? `, ${rational} at or above every reservation value` : ""
  }; solutions: ${pareto.solutions.map((s) => s.name).join(", ") || "none in the rational region"}.`;
  return (
    <figure className="chart pareto-chart">
      <figcaption>
        Pareto frontier in utility space (★ bargaining solutions, ◆ proposals at the middle of their utility
        range, dashed: reservation values)
      </figcaption>
      {pareto.parties.length > 2 && (
        <div className="axis-select">
          {(
            [
              ["x", px, setPx],
              ["y", py, setPy],
            ] as const
          ).map(([axis, value, set]) => (
            <span key={axis} className="field inline">
              <label htmlFor={`${id}-${axis}`}>{axis === "x" ? "Horizontal axis" : "Vertical axis"}</label>
              <select id={`${id}-${axis}`} value={value} onChange={(e) => set(e.currentTarget.value)}>
                {pareto.parties.map((p) => (
                  <option key={p} value={p}>
                    {names.party(p)}
                  </option>
                ))}
              </select>
            </span>
          ))}
        </div>
      )}
      <PlotFigure options={options} label={label} />
      <p className="fact-meta">{label}</p>
    </figure>
  );
}
