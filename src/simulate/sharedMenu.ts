import { allowedMask } from "./allowedMask.js";
import type { DomainState, NegotiationDomain } from "./negotiationDomain.js";
import { type OfferMenu, offerMenu } from "./offerMenu.js";

const cache = new WeakMap<NegotiationDomain, Map<string, OfferMenu>>();

/**
 * The efficient menu of participant `i` on a domain state (within red lines when `keep`), built once per
 * domain, participant, keep flag and state key and shared by every session and run of the domain.
 */
export function sharedMenu(
  domain: NegotiationDomain,
  state: DomainState,
  i: number,
  keep: boolean,
): OfferMenu {
  let byKey = cache.get(domain);
  if (!byKey) {
    byKey = new Map();
    cache.set(domain, byKey);
  }
  const column = domain.participants[i]!;
  const key = `${column}|${keep}|${state.key}`;
  let menu = byKey.get(key);
  if (!menu) {
    const masks = domain.space.factors.map((_, f) => allowedMask(domain, state, column, f, keep));
    menu = offerMenu(domain.space, column, domain.participants, masks);
    byKey.set(key, menu);
  }
  return menu;
}
