import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import { formatUtility, type Names } from "../analysis/names";
import type { AnalysisResult } from "../api/types";
import { PlotFigure } from "./PlotFigure";

interface Row {
  party: string;
  name: string;
  min: number;
  max: number;
  reservation: number | null;
}

/** What the utility chart shows: the selected proposal, else the best outcome, else the first concession's. */
export function utilityRows(
  analysis: AnalysisResult,
  proposalId: string | undefined,
  names: Names,
): { title: string; rows: Row[] } | undefined {
  const reservation = new Map(analysis.parties.map((p) => [p.id, p.reservation]));
  const proposal = analysis.proposals.find((p) => p.id === proposalId);
  if (proposal) {
    const rows = Object.entries(proposal.parties)
      .filter(([, v]) => v.utility !== null)
      .map(([party, v]) => ({
        party,
        name: names.party(party),
        min: v.utility!.min,
        max: v.utility!.max,
        reservation: v.reservation,
      }));
    return {
      title: `Proposal “${proposal.name}”: utility range of its completions vs reservation value`,
      rows,
    };
  }
  const fromPoint = (point: Record<string, number>) =>
    Object.entries(point).map(([party, u]) => ({
      party,
      name: names.party(party),
      min: u,
      max: u,
      reservation: reservation.get(party) ?? null,
    }));
  if (analysis.best)
    return {
      title: "Nash-best outcome of the zone of agreement vs reservation values",
      rows: fromPoint(analysis.best.utilities),
    };
  const first = analysis.concessions[0];
  if (first?.opens.best) {
    return {
      title: "Nash-best outcome once the cheapest concession is made vs reservation values",
      rows: fromPoint(first.opens.best),
    };
  }
  return undefined;
}

/** Each party's utility (bar: range, dot: best) against its reservation value (black tick). */
export function UtilityChart(props: {
  analysis: AnalysisResult;
  proposalId: string | undefined;
  names: Names;
  colors: Record<string, string>;
}) {
  const { analysis, proposalId, names, colors } = props;
  const data = utilityRows(analysis, proposalId, names);
  const options = useMemo<Plot.PlotOptions | undefined>(() => {
    if (!data || data.rows.length === 0) return undefined;
    const rows = data.rows;
    return {
      width: 520,
      height: 50 + 36 * rows.length,
      marginLeft: 130,
      x: { domain: [0, 1], label: "utility (0–1) →", grid: true },
      y: { label: null, domain: rows.map((r) => r.name) },
      marks: [
        Plot.barX(rows, {
          y: "name",
          x1: "min",
          x2: (r: Row) => Math.max(r.max, r.min + 0.004),
          fill: (r: Row) => colors[r.party] ?? "#777",
          fillOpacity: 0.55,
        }),
        Plot.dot(rows, { y: "name", x: "max", fill: (r: Row) => colors[r.party] ?? "#777", r: 5 }),
        Plot.tickX(
          rows.filter((r) => r.reservation !== null),
          { y: "name", x: "reservation", stroke: "#111", strokeWidth: 3 },
        ),
      ],
    };
  }, [data, colors]);
  if (!data || !options)
    return <p className="empty">No outcome to chart: no zone of agreement and no proposal selected.</p>;
  const text = data.rows
    .map(
      (r) =>
        `${r.name}: ${r.min === r.max ? formatUtility(r.max) : `${formatUtility(r.min)}–${formatUtility(r.max)}`} vs reservation ${formatUtility(r.reservation)}`,
    )
    .join("; ");
  return (
    <figure className="chart utility-chart">
      <figcaption>{data.title}</figcaption>
      <PlotFigure options={options} label={text} />
      <p className="fact-meta">{text}. Black tick: reservation value.</p>
    </figure>
  );
}
