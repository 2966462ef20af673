import * as Plot from "@observablehq/plot";
import { useMemo } from "react";
import { PlotFigure } from "../charts/PlotFigure";
import type { Trajectory, TrajectoryPoint } from "./trajectoryData";

const f1 = (x: number) => x.toFixed(1);

/** One sentence describing the chart, for its text alternative. */
export function describeTrajectory(t: Trajectory): string {
  const parts = [`forecast ${f1(t.expected)}`];
  if (t.modal.probability !== null)
    parts.push(`modal ${f1(t.modal.position)} (p=${t.modal.probability.toFixed(2)})`);
  if (t.spread)
    parts.push(
      `IQR ${f1(t.spread.iqr[0])}–${f1(t.spread.iqr[1])}, 90% ${f1(t.spread.range90[0])}–${f1(t.spread.range90[1])} over ${t.spread.runs} runs`,
    );
  if (t.statusQuo !== null) parts.push(`status quo ${f1(t.statusQuo)}`);
  return `${t.name}: ${parts.join("; ")}.`;
}

/**
 * Positions over turns on one dimension: a line per actor, then, one step to the right of the last state,
 * the spread (90 % band light, IQR dark, median tick), the expected final position (black diamond) and the
 * modal one (red cross); the status quo is a dashed rule.
 */
export function TrajectoryChart(props: { trajectory: Trajectory; colors: Record<string, string> }) {
  const { trajectory: t, colors } = props;
  const end = t.last + 1;
  const options = useMemo<Plot.PlotOptions>(() => {
    const color = (p: TrajectoryPoint) => colors[p.actor] ?? "#777";
    const band = (lo: number, hi: number, opacity: number) =>
      Plot.rect([{}], {
        x1: end - 0.3,
        x2: end + 0.3,
        y1: lo,
        y2: hi,
        fill: "#4a5a7a",
        fillOpacity: opacity,
      });
    return {
      width: 560,
      height: 240,
      marginLeft: 44,
      marginRight: 90,
      x: {
        domain: [-0.3, end + 0.5],
        ticks: Array.from({ length: end + 1 }, (_, i) => i),
        tickFormat: (x: number) => (x === end ? "forecast" : String(x)),
        label: "turn →",
      },
      y: { domain: [t.min, t.max], label: "↑ position", grid: true },
      marks: [
        ...(t.statusQuo !== null
          ? [
              Plot.ruleY([t.statusQuo], { stroke: "#555", strokeDasharray: "4,3" }),
              Plot.text([t.statusQuo], {
                x: -0.3,
                y: (v: number) => v,
                text: () => "status quo",
                textAnchor: "start",
                dy: -6,
                fill: "#555",
              }),
            ]
          : []),
        ...(t.spread
          ? [
              band(t.spread.range90[0], t.spread.range90[1], 0.18),
              band(t.spread.iqr[0], t.spread.iqr[1], 0.4),
              // A rule, not a tick: tickY would turn x into a band scale.
              Plot.ruleY([t.spread.median], { x1: end - 0.3, x2: end + 0.3, stroke: "#223", strokeWidth: 2 }),
            ]
          : []),
        Plot.line(t.points, { x: "turn", y: "position", z: "actor", stroke: color, strokeWidth: 2 }),
        Plot.dot(t.points, { x: "turn", y: "position", fill: color, r: 3 }),
        Plot.dot([t.expected], { x: end, y: (v: number) => v, symbol: "diamond", r: 6, fill: "#111" }),
        Plot.text([t.expected], {
          x: end,
          y: (v: number) => v,
          text: (v: number) => `expected ${f1(v)}`,
          dx: 26,
          textAnchor: "start",
        }),
        ...(t.modal.probability !== null
          ? [
              Plot.dot([t.modal.position], {
                x: end,
                y: (v: number) => v,
                symbol: "times",
                r: 6,
                stroke: "#b00020",
                strokeWidth: 2,
              }),
            ]
          : []),
      ],
    };
  }, [t, colors, end]);
  const text = describeTrajectory(t);
  return (
    <figure className="chart trajectory-chart" data-dimension={t.id}>
      <figcaption>
        <strong>{t.name}</strong>
        {t.minLabel && t.maxLabel && (
          <span className="fact-meta">
            {" "}
            ({t.min} = {t.minLabel}; {t.max} = {t.maxLabel})
          </span>
        )}
      </figcaption>
      <PlotFigure options={options} label={text} />
      <p className="fact-meta">{text}</p>
    </figure>
  );
}
