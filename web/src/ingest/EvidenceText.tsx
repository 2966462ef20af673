import { useEffect, useRef } from "react";
import { evidenceSegments } from "./evidenceSegments";

/** The article as read, with every evidence sentence marked and the active one emphasised (and scrolled to). */
export function EvidenceText(props: {
  text: string;
  ranges: readonly { start: number; end: number }[];
  active: { start: number; end: number } | undefined;
}) {
  const { text, ranges, active } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (active) ref.current?.querySelector("mark.active")?.scrollIntoView?.({ block: "nearest" });
  }, [active]);
  return (
    <div className="evidence-text" ref={ref} data-testid="evidence-text">
      {evidenceSegments(text, ranges, active).map((s) =>
        s.marked || s.active ? (
          <mark key={s.start} className={s.active ? "active" : undefined}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </div>
  );
}
