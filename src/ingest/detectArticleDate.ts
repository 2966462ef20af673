/**
 * Finds an article's own date in its first lines: an ISO date, "April 23, 2025", "23 April 2025", or a
 * "Published:"/"Date:" line. Returns undefined when none is there (pass the date explicitly then).
 * @module
 */
import { parseDateText } from "./parseDateText.js";

/**
 * The date written in the first 400 characters of `text` (a dateline), as YYYY-MM-DD.
 * @example detectArticleDate("LONDON, April 23, 2025 — Talks …") // → "2025-04-23"
 */
export function detectArticleDate(text: string): string | undefined {
  const head = text.slice(0, 400);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(head);
  if (iso) return iso[0];
  const long =
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/i.exec(
      head,
    );
  if (long) return parseDateText(long[0], undefined)?.date;
  return undefined;
}
