import type { DomainState, NegotiationDomain } from "./negotiationDomain.js";

/**
 * The alternatives of factor `f` a party may offer on a date (null: all): those on the agenda; for a
 * red-line keeper (`keep`) also within its own red lines and, where that leaves something, within the other
 * participants' stated red lines (public positions it has no reason to breach). `column` −1 is the mediator,
 * which has no red lines of its own.
 */
export function allowedMask(
  domain: NegotiationDomain,
  state: DomainState,
  column: number,
  f: number,
  keep: boolean,
): Uint8Array | null {
  let mask = state.agenda[f] ?? null;
  if (!keep) return mask;
  if (column >= 0) mask = combine(mask, state.own[column]![f] ?? null);
  let all = mask;
  for (const c of domain.participants) if (c !== column) all = combine(all, state.own[c]![f] ?? null);
  return all && !all.includes(1) ? mask : all;
}

function combine(a: Uint8Array | null, b: Uint8Array | null): Uint8Array | null {
  if (!a) return b;
  if (!b) return a;
  const out = new Uint8Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k]! & b[k]!;
  return out;
}
