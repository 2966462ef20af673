/**
 * Formats `x` with `digits` decimals the way C's printf("%.Nf") does: from the exact binary value, with
 * exact ties rounded to even (JavaScript's toFixed rounds them up). Used to compare with, and print like,
 * KTAB's logs.
 * @example formatFixed(43.25, 1) // → "43.2"
 */
export function formatFixed(x: number, digits: number): string {
  const s = Math.abs(x).toFixed(Math.min(100, digits + 60));
  const dot = s.indexOf(".");
  const tail = s.slice(dot + 1 + digits);
  if (/^50*$/.test(tail)) {
    const kept = s.slice(0, dot + 1 + digits).replace(/\.$/, "");
    const lastDigit = Number(kept[kept.length - 1]);
    const out = lastDigit % 2 === 0 ? kept : (Math.abs(x) + 0.5 * 10 ** -digits).toFixed(digits);
    return (x < 0 ? "-" : "") + out;
  }
  return x.toFixed(digits);
}
