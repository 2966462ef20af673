/**
 * Splitting an article into plain and highlighted runs for the evidence view: each character offset range
 * (`[start, end)`, as ingest reports them) is marked; overlapping ranges merge, and a run inside the active
 * range is flagged.
 * @module
 */

/** One run of the article text. */
export interface EvidenceSegment {
  text: string;
  start: number;
  marked: boolean;
  active: boolean;
}

/** The article `text` cut at the boundaries of `ranges` and of `active`. */
export function evidenceSegments(
  text: string,
  ranges: readonly { start: number; end: number }[],
  active?: { start: number; end: number },
): EvidenceSegment[] {
  const clamp = (x: number) => Math.max(0, Math.min(text.length, x));
  const valid = ranges
    .map((r) => ({ start: clamp(r.start), end: clamp(r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set([0, text.length]);
  for (const r of [...valid, ...(active ? [active] : [])]) {
    cuts.add(clamp(r.start));
    cuts.add(clamp(r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: EvidenceSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const marked = valid.some((r) => r.start <= start && end <= r.end);
    const isActive = active !== undefined && active.start <= start && end <= active.end;
    const last = out.at(-1);
    if (last && last.marked === marked && last.active === isActive) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, marked, active: isActive });
  }
  return out;
}
