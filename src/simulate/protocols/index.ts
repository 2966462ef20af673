/**
 * The protocol family: `alternating` (stacked alternating offers) and `mediated` (single text with hill
 * climbing). Every protocol is `(domain, setup) => SessionRecord`.
 * @module
 */
import { EngineError } from "../../errors.js";
import type { NegotiationDomain } from "../negotiationDomain.js";
import type { SessionSetup } from "../session.js";
import type { SessionRecord } from "../sessionState.js";
import { alternatingOffers } from "./alternatingOffers.js";
import { mediatedSingleText } from "./mediatedSingleText.js";

/** A negotiation protocol: runs one session to its end. */
export type Protocol = (domain: NegotiationDomain, setup: SessionSetup) => SessionRecord;

/** Names of the built-in protocols. */
export type ProtocolName = "alternating" | "mediated";

/** name → protocol. */
export const protocols: Readonly<Record<ProtocolName, Protocol>> = {
  alternating: alternatingOffers,
  mediated: mediatedSingleText,
};

/** Resolves a protocol name or function; throws `invalid_argument` for an unknown name. */
export function protocol(name: ProtocolName | string | Protocol): Protocol {
  if (typeof name === "function") return name;
  switch (name) {
    case "alternating":
    case "mediated":
      return protocols[name];
    default:
      throw new EngineError("invalid_argument", `unknown protocol: ${name}`);
  }
}

export { alternatingOffers } from "./alternatingOffers.js";
export { type MediatedOptions, mediatedSingleText } from "./mediatedSingleText.js";
