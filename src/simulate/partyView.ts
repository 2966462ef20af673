import type { Rng } from "../util/rng.js";
import type { OfferMenu } from "./offerMenu.js";

/** An offer as the mechanism stores it: the alternative index chosen in each factor of the domain space. */
export type Bid = Int32Array;

/** An offer another participant made, as one party sees it: who, when, and its own utility for it. */
export interface ReceivedOffer {
  party: string;
  round: number;
  bid: Bid;
  /** The viewing party's own utility for the offer. */
  utility: number;
}

/**
 * Everything a strategy may see of a session (after negmas' NegotiatorMechanismInterface): its own utility,
 * reservation value and red lines, the clock, the offers made to it, and the mechanism's efficient menu.
 * Never the other parties' utilities nor the mechanism itself.
 */
export interface PartyView {
  readonly party: string;
  /** Ids of every participant, in turn order. */
  readonly participants: readonly string[];
  /** 0-based round and the deadline in rounds. */
  readonly round: number;
  readonly maxRounds: number;
  /** Relative time in [0, 1]: 0 in the first round, 1 in the last. */
  readonly time: number;
  /** Calendar date of the round (null without a calendar). */
  readonly date: string | null;
  /** Own reservation value on this date (null: none stated). */
  readonly reservation: number | null;
  /** True when this view restricts menus and random offers to the party's own red lines. */
  readonly keepsRedLines: boolean;
  /** The party's own random stream (seeded per run and party). */
  readonly rng: Rng;
  /** Offers the other participants made so far, oldest first. */
  readonly received: readonly ReceivedOffer[];
  /** Own utility of an offer. */
  utility(bid: Bid): number;
  /** True when the offer breaches one of the party's own red lines in force. */
  breaches(bid: Bid): boolean;
  /** The efficient menu on the agenda (within own red lines when `keepsRedLines`). */
  menu(): OfferMenu;
  /** A uniformly random offer on the agenda (within own red lines when `keepsRedLines`). */
  randomBid(): Bid;
}
