import type { AnalysisResult } from "../api/types";
import { formatCount } from "./names";

/** The verdict in one sentence, with the size of the zone of agreement and the analysis warnings. */
export function VerdictBanner(props: { analysis: AnalysisResult; whatIf: boolean; pending: boolean }) {
  const { analysis, whatIf, pending } = props;
  const zopa = analysis.verdict === "zopa";
  return (
    <section
      className={`verdict ${zopa ? "verdict-zopa" : "verdict-deadlock"}`}
      aria-live="polite"
      aria-busy={pending}
      data-verdict={analysis.verdict}
    >
      <p className="verdict-label">
        {zopa ? "Zone of agreement" : "Deadlock"}
        <span className="verdict-date"> at {analysis.at}</span>
        {whatIf && <span className="badge">what-if (unsaved)</span>}
        {pending && <span className="badge">updating…</span>}
      </p>
      <p className="verdict-summary">{analysis.summary.replace(/\d{13,}/g, formatCount)}</p>
      <p className="verdict-meta">
        {zopa
          ? `${analysis.zopa.count === null ? "Some" : formatCount(analysis.zopa.count)} of ${formatCount(analysis.space.outcomes)} possible outcomes respect every red line and reservation value.`
          : `None of ${formatCount(analysis.space.outcomes)} possible outcomes respects every red line and reservation value.`}{" "}
        {analysis.conflicts.length} conflict{analysis.conflicts.length === 1 ? "" : "s"} of positions
        {analysis.conflictsComplete ? "" : " found (search stopped at its budget; there may be more)"}.
      </p>
      {analysis.warnings.length > 0 && (
        <ul className="warnings">
          {analysis.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
