/** The calendar date `days` after `date` (YYYY-MM-DD, UTC; `days` may be negative or fractional, floored). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + Math.floor(days) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
