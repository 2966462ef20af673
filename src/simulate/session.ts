/**
 * The machinery every protocol shares: the calendar (a round lasts `daysPerRound` days; positions change on
 * the domain's change dates), party views, validation of offers, error capture, the mediator's patience and
 * the final record. Protocols decide who moves when.
 * @module
 */
import type { Rng } from "../util/rng.js";
import { addDays } from "./addDays.js";
import { agreementFacts } from "./agreementFacts.js";
import { allowedMask } from "./allowedMask.js";
import { bidOutcome } from "./bidOutcome.js";
import { domainMetrics } from "./domainMetrics.js";
import type { DomainState, NegotiationDomain, Patience } from "./negotiationDomain.js";
import type { OfferMenu } from "./offerMenu.js";
import type { Bid, PartyView, ReceivedOffer } from "./partyView.js";
import type { EndReason, SessionError, SessionRecord, SessionState } from "./sessionState.js";
import { SessionView } from "./sessionView.js";
import { sharedMenu } from "./sharedMenu.js";
import type { Negotiator, Response } from "./strategy.js";

/** Settings of one session. */
export interface SessionSetup {
  /** Deadline in rounds (≥ 1). */
  maxRounds: number;
  /** Calendar days per round (default 1). */
  daysPerRound?: number;
  /** One negotiator per participant, in turn order. */
  negotiators: readonly Negotiator[];
  /** The session's random stream; parties and the mediator get forks of it. */
  rng: Rng;
  /** The mediator's patience; null disables the mediator's exit. Default: the domain mediator's. */
  patience?: Patience | null;
  /** Record JSON trace lines. */
  trace?: boolean;
  /** Run index written into trace lines. */
  run?: number;
}

/** The live session a protocol drives. */
export class Session {
  readonly domain: NegotiationDomain;
  readonly state: SessionState;
  readonly views: PartyView[];
  readonly negotiators: readonly Negotiator[];
  private mediatorStream: Rng | undefined;
  domainState: DomainState;
  private readonly setup: SessionSetup;
  private readonly seen: number[];
  private readonly logParty: number[] = [];
  private readonly logRound: number[] = [];
  private readonly logBid: Bid[] = [];
  private readonly patience: Patience | null;
  private bestSlack = Number.NEGATIVE_INFINITY;
  private nextChange = 0;
  private readonly blockers = new Set<string>();
  private readonly lines: string[] = [];
  private menus: (OfferMenu | undefined)[] = [];
  /** True when trace lines are recorded (callers skip building events otherwise). */
  readonly tracing: boolean;

  constructor(domain: NegotiationDomain, setup: SessionSetup) {
    this.domain = domain;
    this.setup = setup;
    this.negotiators = setup.negotiators;
    this.patience = setup.patience === undefined ? (domain.mediator?.patience ?? null) : setup.patience;
    this.tracing = setup.trace === true;
    this.domainState = domain.stateAt(domain.start);
    this.state = {
      round: 0,
      relativeTime: 0,
      date: domain.start,
      agreed: false,
      broken: false,
      timedOut: false,
      mediatorExited: false,
      blockedRounds: 0,
      idleRounds: 0,
      lastProgressDate: domain.start,
      error: null,
    };
    this.seen = domain.participants.map(() => 0);
    const ids = domain.participants.map((c) => domain.space.parties[c]!);
    this.views = domain.participants.map(
      (column, i) => new SessionView(this, column, i, ids, setup.maxRounds),
    );
  }

  /** The mediator's random stream (created on first use: fork 0 of the session's). */
  get mediatorRng(): Rng {
    this.mediatorStream ??= this.setup.rng.fork(0);
    return this.mediatorStream;
  }

  /** Participant i's `propose`, with errors and invalid offers recorded; null on failure. */
  propose(i: number): Bid | null {
    if (this.menu(i, false).size === 0) {
      this.fail(i, "no_offer", "the agenda leaves no offer to make");
      return null;
    }
    let bid: Bid;
    try {
      bid = this.negotiators[i]!.propose(this.views[i]!);
    } catch (error) {
      this.fail(i, "strategy_error", error instanceof Error ? error.message : String(error));
      return null;
    }
    const problem = this.invalid(bid);
    if (problem) {
      this.fail(i, "invalid_offer", problem);
      return null;
    }
    this.offered(i, bid);
    if (this.tracing) this.emit({ type: "offer", party: this.party(i), offer: this.outcome(bid) });
    return bid;
  }

  /** Participant i's reply to a candidate text the mediator polls (not traced); null on failure. */
  poll(i: number, text: Bid): Response | null {
    try {
      return this.negotiators[i]!.respond(this.views[i]!, text);
    } catch (error) {
      this.fail(i, "strategy_error", error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  /** Participant i's reply to `offer`, with errors recorded; null on failure. */
  respond(i: number, offer: Bid): Response | null {
    let reply: Response;
    try {
      reply = this.negotiators[i]!.respond(this.views[i]!, offer);
    } catch (error) {
      this.fail(i, "strategy_error", error instanceof Error ? error.message : String(error));
      return null;
    }
    if (this.tracing) this.emit({ type: reply, party: this.party(i) });
    return reply;
  }

  /** Party id of participant i. */
  party(i: number): string {
    return this.domain.space.parties[this.domain.participants[i]!]!;
  }

  /** Own utility of `bid` for utility column `column`. */
  utility(column: number, bid: Bid): number {
    const { factors, parties } = this.domain.space;
    const P = parties.length;
    let u = 0;
    for (let f = 0; f < factors.length; f++) u += factors[f]!.utilities[bid[f]! * P + column]!;
    return u;
  }

  /** True when `bid` breaches a hard position in force of column `column`. */
  breaches(column: number, bid: Bid): boolean {
    const own = this.domainState.own[column]!;
    for (let f = 0; f < own.length; f++) if (own[f] && own[f]![bid[f]!] !== 1) return true;
    return false;
  }

  /** The efficient menu of participant i (within its red lines when `keep`), cached per domain state. */
  menu(i: number, keep: boolean): OfferMenu {
    const slot = 2 * i + (keep ? 1 : 0);
    const local = this.menus[slot];
    if (local) return local;
    const menu = sharedMenu(this.domain, this.domainState, i, keep);
    this.menus[slot] = menu;
    return menu;
  }

  /** See {@link allowedMask}: what participant column `column` may offer in factor `f` today. */
  allowedMask(column: number, f: number, keep: boolean): Uint8Array | null {
    return allowedMask(this.domain, this.domainState, column, f, keep);
  }

  /** True when a mediator with patience watches for progress (protocols then report each round's offers). */
  get tracksProgress(): boolean {
    return this.patience !== null && this.domain.mediator !== null;
  }

  /** Starts round `r`: moves the calendar, applies position changes. Returns why talks cannot happen, if so. */
  beginRound(r: number): "ok" | "blocked" | "mediator_exit" {
    const s = this.state;
    s.round = r;
    s.relativeTime = this.setup.maxRounds <= 1 ? 1 : r / (this.setup.maxRounds - 1);
    if (this.domain.start !== null) {
      const date = addDays(this.domain.start, r * (this.setup.daysPerRound ?? 1));
      s.date = date;
      const changes = this.domain.changeDates;
      let moved = false;
      while (this.nextChange < changes.length && changes[this.nextChange]! <= date) {
        this.nextChange++;
        moved = true;
      }
      if (moved) {
        const before = this.domainState;
        this.domainState = this.domain.stateAt(date);
        if (before !== this.domainState) {
          this.menus = [];
          if (this.tracing) this.emit({ type: "positions", key: this.domainState.key });
        }
      }
    }
    if (this.domainState.mediatorWithdrawn && this.domain.mediator) {
      s.mediatorExited = true;
      if (this.tracing) this.emit({ type: "mediator_withdrawn" });
      return "mediator_exit";
    }
    if (this.domainState.blocked.length > 0) {
      s.blockedRounds++;
      for (const b of this.domainState.blocked) this.blockers.add(b);
      if (this.tracing) this.emit({ type: "blocked", reasons: this.domainState.blocked });
      return "blocked";
    }
    return "ok";
  }

  /**
   * Ends the round: the mediator counts progress, i.e. a new best joint slack min_p (u_p − r_p) over the
   * offers or texts of the round (reservation 0 when none). Returns true when its patience ran out.
   */
  endRound(bids: readonly Bid[]): boolean {
    const s = this.state;
    const p = this.patience;
    // progress only matters to a mediator with patience
    if (!p || !this.domain.mediator) return false;
    let improved = false;
    for (const bid of bids) {
      const slack = this.slack(bid);
      if (slack > this.bestSlack + 1e-9) {
        this.bestSlack = slack;
        improved = true;
      }
    }
    if (improved) {
      s.idleRounds = 0;
      s.lastProgressDate = s.date;
      return false;
    }
    s.idleRounds++;
    const days =
      s.date !== null && s.lastProgressDate !== null
        ? (Date.parse(s.date) - Date.parse(s.lastProgressDate)) / 86_400_000 + (this.setup.daysPerRound ?? 1)
        : 0;
    if ((p.rounds !== undefined && s.idleRounds >= p.rounds) || (p.days !== undefined && days >= p.days)) {
      s.mediatorExited = true;
      if (this.tracing) this.emit({ type: "mediator_exit", idleRounds: s.idleRounds });
      return true;
    }
    return false;
  }

  /** The smallest gain over reservation among the participants. */
  slack(bid: Bid): number {
    let m = Number.POSITIVE_INFINITY;
    for (const c of this.domain.participants) {
      const v = this.utility(c, bid) - (this.domainState.reservation[c] ?? 0);
      if (v < m) m = v;
    }
    return m;
  }

  /** Null when `bid` is a valid offer (inside the space and on the agenda), else the problem. */
  invalid(bid: unknown): string | null {
    const { factors } = this.domain.space;
    if (!(bid instanceof Int32Array) || bid.length !== factors.length)
      return `an offer has one alternative per factor (${factors.length})`;
    for (let f = 0; f < factors.length; f++) {
      const k = bid[f]!;
      if (!(k >= 0 && k < factors[f]!.size)) return `alternative ${k} of factor ${f} is outside the space`;
      const a = this.domainState.agenda[f];
      if (a && a[k] !== 1) return `alternative ${k} of factor ${f} is off the agenda`;
    }
    return null;
  }

  /** Runs a strategy call of participant i; on a throw, records the error and returns undefined. */
  call<T>(i: number, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (error) {
      this.fail(i, "strategy_error", error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /** Records an error of participant i (the session then ends with `end: "error"`). */
  fail(i: number, code: SessionError["code"], message: string): void {
    this.state.error ??= { party: this.party(i), code, message };
    if (this.tracing) this.emit({ type: "error", party: this.party(i), code, message });
  }

  /** Shows participant i's offer to the others. */
  offered(i: number, bid: Bid): void {
    // logged without allocation; each view materialises its `received` list only when a strategy reads it
    this.logParty.push(i);
    this.logRound.push(this.state.round);
    this.logBid.push(bid);
  }

  /** Participant i's random stream (fork i + 1 of the session's). */
  partyRng(i: number): Rng {
    return this.setup.rng.fork(i + 1);
  }

  /** Participant i's list of offers received, brought up to date from the log (used by its view). */
  receivedBy(i: number, column: number, list: ReceivedOffer[]): ReceivedOffer[] {
    for (let n = this.seen[i]!; n < this.logParty.length; n++) {
      const j = this.logParty[n]!;
      if (j === i) continue;
      const bid = this.logBid[n]!;
      list.push({ party: this.party(j), round: this.logRound[n]!, bid, utility: this.utility(column, bid) });
    }
    this.seen[i] = this.logParty.length;
    return list;
  }

  /** Appends a trace line (when tracing). */
  emit(event: Record<string, unknown>): void {
    if (!this.tracing) return;
    this.lines.push(
      JSON.stringify({ run: this.setup.run ?? 0, round: this.state.round, date: this.state.date, ...event }),
    );
  }

  /** The option index per issue of `bid`. */
  outcome(bid: Bid): number[] {
    return bidOutcome(this.domain.space, bid);
  }

  /** The final record. */
  finish(end: EndReason, agreement: Bid | null): SessionRecord {
    const s = this.state;
    if (end === "agreement") s.agreed = true;
    if (end === "deadline") s.timedOut = true;
    if (end === "walk_away") s.broken = true;
    const startMetrics = domainMetrics(this.domain, this.domain.stateAt(this.domain.start));
    const facts = agreement ? agreementFacts(this.domain, this.domainState, agreement) : null;
    if (agreement && this.tracing)
      this.emit({ type: "agreement", outcome: this.outcome(agreement), utilities: facts?.utilities });
    if (this.tracing) this.emit({ type: "end", end });
    return {
      end,
      rounds: s.round + 1,
      date: s.date,
      outcome: agreement ? this.outcome(agreement) : null,
      utilities: facts?.utilities ?? null,
      breaches: facts?.breaches ?? [],
      belowReservation: facts?.belowReservation ?? [],
      blockedRounds: s.blockedRounds,
      blockers: [...this.blockers],
      error: s.error,
      zopa: startMetrics.zopa,
      paretoDistance: facts?.paretoDistance ?? null,
      nashDistance: facts?.nashDistance ?? null,
      ...(this.setup.trace ? { trace: this.lines } : {}),
    };
  }
}
