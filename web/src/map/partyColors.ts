/** Colours for parties, in the order the scenario lists them (colour-blind-safe Okabe–Ito hues). */
const PALETTE = ["#b2182b", "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#5b5b5b"];

/** party id → colour, stable for a scenario's party order. */
export function partyColors(parties: readonly { id: string }[]): Record<string, string> {
  return Object.fromEntries(parties.map((p, i) => [p.id, PALETTE[i % PALETTE.length]!]));
}

/** Mixes `colour` (#rrggbb) into a pale base by `amount` (0–1). */
export function tint(colour: string, amount: number): string {
  const base = [0xf4, 0xf1, 0xea];
  const target = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  const a = Math.min(1, Math.max(0, amount));
  const mixed = base.map((b, i) => Math.round(b + (target[i]! - b) * a));
  return `#${mixed.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}
