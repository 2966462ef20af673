/**
 * Date expressions resolved against the article date: full dates ("23 April 2025", "April 23, 2025",
 * "2025-04-23"), day and month without a year (the article's year, or the year before if that would put
 * the date more than a week after the article), weekdays (the latest such day on or before the article;
 * "last Monday": strictly before), "today", "yesterday", "tomorrow", "N days/weeks ago", "last week",
 * "last month", "next week", and a bare month ("in March": its first day, month precision).
 * @module
 */

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A resolved date. */
export interface ResolvedDate {
  date: string;
  resolution: "explicit" | "relative";
  precision: "day" | "week" | "month";
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => new Date(`${s}T00:00:00Z`);
const addDays = (s: string, n: number) => iso(new Date(utc(s).getTime() + n * 86_400_000));
const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3)));

function ymd(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m && date.getUTCDate() === d ? iso(date) : undefined;
}

/**
 * Resolves the date expression `expression` against `articleDate` (YYYY-MM-DD; needed for relative forms).
 * Returns undefined when the expression is not understood or needs an article date that is missing.
 * @example parseDateText("Tuesday", "2025-04-23") // → {date: "2025-04-22", resolution: "relative", precision: "day"}
 */
export function parseDateText(expression: string, articleDate: string | undefined): ResolvedDate | undefined {
  const s = expression.toLowerCase().replace(/[,.]/g, " ").replace(/\s+/g, " ").trim();
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) {
    const d = ymd(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return d ? { date: d, resolution: "explicit", precision: "day" } : undefined;
  }
  const monthRe = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${monthRe}(?: (\\d{4}))?\\b`).exec(s);
  const m2 = new RegExp(`\\b${monthRe} (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?\\b`).exec(s);
  const dm = m
    ? { day: Number(m[1]), month: monthIndex(m[2] ?? ""), year: m[3] }
    : m2
      ? { day: Number(m2[2]), month: monthIndex(m2[1] ?? ""), year: m2[3] }
      : undefined;
  if (dm) {
    if (dm.year) {
      const d = ymd(Number(dm.year), dm.month, dm.day);
      return d ? { date: d, resolution: "explicit", precision: "day" } : undefined;
    }
    if (!articleDate) return undefined;
    const year = Number(articleDate.slice(0, 4));
    let d = ymd(year, dm.month, dm.day);
    if (d && d > addDays(articleDate, 7)) d = ymd(year - 1, dm.month, dm.day);
    return d ? { date: d, resolution: "relative", precision: "day" } : undefined;
  }
  if (!articleDate) return undefined;
  const rel = (days: number, precision: ResolvedDate["precision"] = "day"): ResolvedDate => ({
    date: addDays(articleDate, days),
    resolution: "relative",
    precision,
  });
  if (/\b(today|this morning|this afternoon|this evening|tonight)\b/.test(s)) return rel(0);
  if (/\byesterday\b/.test(s)) return rel(-1);
  if (/\btomorrow\b/.test(s)) return rel(1);
  m = /\b(\d+|a|one|two|three|four|five|six|seven) (day|week|month)s? ago\b/.exec(s);
  if (m) {
    const words: Record<string, number> = {
      a: 1,
      one: 1,
      two: 2,
      three: 3,
      four: 4,
      five: 5,
      six: 6,
      seven: 7,
    };
    const n = words[m[1] ?? ""] ?? Number(m[1]);
    const unit = m[2] === "day" ? 1 : m[2] === "week" ? 7 : 30;
    return rel(-n * unit, m[2] === "day" ? "day" : m[2] === "week" ? "week" : "month");
  }
  if (/\blast week\b/.test(s)) return rel(-7, "week");
  if (/\bnext week\b/.test(s)) return rel(7, "week");
  if (/\blast month\b/.test(s)) return rel(-30, "month");
  for (const [i, day] of WEEKDAYS.entries()) {
    if (!new RegExp(`\\b${day}\\b`).test(s)) continue;
    const articleDay = utc(articleDate).getUTCDay();
    let back = (articleDay - i + 7) % 7;
    if (back === 0 && /\blast\b/.test(s)) back = 7;
    if (/\bnext\b/.test(s)) return rel((i - articleDay + 7) % 7 || 7);
    return rel(-back);
  }
  m = new RegExp(`^(?:in |early |late |mid-?|earlier in )?${monthRe}(?: (\\d{4}))?$`).exec(s);
  if (m) {
    const month = monthIndex(m[1] ?? "");
    let year = m[2] ? Number(m[2]) : Number(articleDate.slice(0, 4));
    if (!m[2] && month > utc(articleDate).getUTCMonth()) year -= 1;
    const d = ymd(year, month, 1);
    return d ? { date: d, resolution: m[2] ? "explicit" : "relative", precision: "month" } : undefined;
  }
  return undefined;
}
