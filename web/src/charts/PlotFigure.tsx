import * as Plot from "@observablehq/plot";
import { useEffect, useRef } from "react";

/** Renders an Observable Plot chart; `options` should be memoised by the caller. */
export function PlotFigure(props: { options: Plot.PlotOptions; label: string; className?: string }) {
  const { options, label, className } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = Plot.plot(options);
    chart.setAttribute("aria-hidden", "true");
    ref.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [options]);
  return <div ref={ref} className={`plot ${className ?? ""}`} role="img" aria-label={label} />;
}
