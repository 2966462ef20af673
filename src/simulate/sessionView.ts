import type { Rng } from "../util/rng.js";
import type { OfferMenu } from "./offerMenu.js";
import type { Bid, PartyView, ReceivedOffer } from "./partyView.js";
import type { Session } from "./session.js";

/**
 * The {@link PartyView} a session gives participant `index` (utility column `column`). A class, so that the
 * thousands of sessions of a Monte Carlo run share its methods instead of allocating closures.
 */
export class SessionView implements PartyView {
  readonly party: string;
  readonly participants: readonly string[];
  readonly maxRounds: number;
  readonly keepsRedLines: boolean = false;
  private readonly session: Session;
  private readonly column: number;
  private readonly index: number;
  private readonly list: ReceivedOffer[] = [];
  private stream: Rng | undefined;

  constructor(
    session: Session,
    column: number,
    index: number,
    participants: readonly string[],
    maxRounds: number,
  ) {
    this.session = session;
    this.column = column;
    this.index = index;
    this.party = participants[index]!;
    this.participants = participants;
    this.maxRounds = maxRounds;
  }

  get round(): number {
    return this.session.state.round;
  }
  get time(): number {
    return this.session.state.relativeTime;
  }
  get date(): string | null {
    return this.session.state.date;
  }
  get reservation(): number | null {
    return this.session.domainState.reservation[this.column] ?? null;
  }
  get rng(): Rng {
    this.stream ??= this.session.partyRng(this.index);
    return this.stream;
  }
  get received(): readonly ReceivedOffer[] {
    return this.session.receivedBy(this.index, this.column, this.list);
  }
  utility(bid: Bid): number {
    return this.session.utility(this.column, bid);
  }
  breaches(bid: Bid): boolean {
    return this.session.breaches(this.column, bid);
  }
  menu(): OfferMenu {
    return this.session.menu(this.index, this.keepsRedLines);
  }
  randomBid(): Bid {
    const { session, column, keepsRedLines } = this;
    const rng = this.rng;
    return Int32Array.from(session.domain.space.factors, (f, fi) => {
      const mask = session.allowedMask(column, fi, keepsRedLines);
      if (!mask) return rng.int(f.size);
      const allowed: number[] = [];
      for (let k = 0; k < f.size; k++) if (mask[k] === 1) allowed.push(k);
      return allowed.length === 0 ? rng.int(f.size) : allowed[rng.int(allowed.length)]!;
    });
  }
}
