import type { NegotiationDomain } from "../negotiationDomain.js";
import type { Bid } from "../partyView.js";
import { Session, type SessionSetup } from "../session.js";
import type { SessionRecord } from "../sessionState.js";

/** Extra settings of {@link mediatedSingleText}. */
export interface MediatedOptions {
  /** Modifications the mediator tries per round (default 8). */
  mutations?: number;
}

/**
 * Mediated single text (negmas VetoSTMechanism / HillClimbingSTMechanism, GENIUS mediator feedback). The
 * mediator holds one text: initially its own best outcome on the agenda and within the participants' stated
 * red lines wherever they are compatible (a random such outcome when it has no preferences); its
 * modifications stay there too. Each round every participant votes on the text, `accept` or `reject` (a veto; `end` walks
 * away); unanimous acceptance is the agreement. Otherwise the mediator hill-climbs: it tries `mutations`
 * random single-factor changes of the text and keeps each that no participant reports worse (`compare`,
 * default own utility) and one at least reports better, i.e. Pareto improvements as the parties report them.
 * A change that is better for some vetoing party and worse for none of them, but worse for a party that
 * accepts the text, is kept when every accepting party would still accept it (the mediator polls them with
 * `respond`; polls are not votes and are not traced).
 * The deadline is `maxRounds` rounds; blocked rounds pass without votes; the mediator exits after its
 * patience without progress.
 */
export function mediatedSingleText(
  domain: NegotiationDomain,
  setup: SessionSetup & MediatedOptions,
): SessionRecord {
  const session = new Session(domain, setup);
  const { space } = domain;
  const N = domain.participants.length;
  const rng = session.mediatorRng;
  const mutations = setup.mutations ?? 8;
  // The mediator drafts within the agenda and, where they are compatible, the participants' stated red lines.
  const allowed = (f: number, k: number) => {
    const a = session.allowedMask(-1, f, true);
    return !a || a[k] === 1;
  };
  const P = space.parties.length;
  const m = domain.mediator?.column ?? -1;
  const initial = (): Bid =>
    Int32Array.from(space.factors, (f, fi) => {
      let best = -1;
      let bestU = Number.NEGATIVE_INFINITY;
      const start = m >= 0 ? 0 : rng.int(f.size);
      for (let n = 0; n < f.size; n++) {
        const k = (start + n) % f.size;
        if (!allowed(fi, k)) continue;
        const u = m >= 0 ? f.utilities[k * P + m]! : 0;
        if (u > bestU) {
          bestU = u;
          best = k;
        }
      }
      return Math.max(0, best);
    });
  let text: Bid | null = null;
  const compare = (i: number, candidate: Bid, current: Bid): -1 | 0 | 1 | undefined =>
    session.call(i, () => {
      const neg = session.negotiators[i]!;
      if (neg.compare) return neg.compare(session.views[i]!, candidate, current);
      const d = session.views[i]!.utility(candidate) - session.views[i]!.utility(current);
      return d > 1e-12 ? 1 : d < -1e-12 ? -1 : 0;
    });
  for (let r = 0; r < setup.maxRounds; r++) {
    const status = session.beginRound(r);
    if (status === "mediator_exit") return session.finish("mediator_exit", null);
    if (status === "blocked") {
      if (session.endRound([])) return session.finish("mediator_exit", null);
      continue;
    }
    if (text === null || session.invalid(text) !== null) text = initial();
    const current: Bid = text;
    if (session.tracing) session.emit({ type: "text", offer: session.outcome(current) });
    let yes = 0;
    const accepts: boolean[] = [];
    for (let i = 0; i < N; i++) {
      const reply = session.respond(i, current);
      if (reply === null) return session.finish("error", null);
      if (reply === "end") return session.finish("walk_away", null);
      accepts.push(reply === "accept");
      if (reply === "accept") yes++;
    }
    if (yes === N && N > 0) return session.finish("agreement", current);
    let working: Bid = current;
    for (let t = 0; t < mutations; t++) {
      const f = rng.int(space.factors.length);
      const size = space.factors[f]!.size;
      if (size < 2) continue;
      const k = (working[f]! + 1 + rng.int(size - 1)) % size;
      if (!allowed(f, k)) continue;
      const candidate: Bid = Int32Array.from(working);
      candidate[f] = k;
      let worse = false;
      let better = false;
      let vetoerWorse = false;
      let vetoerBetter = false;
      for (let i = 0; i < N; i++) {
        const c = compare(i, candidate, working);
        if (c === undefined) return session.finish("error", null);
        if (c < 0) worse = true;
        if (c > 0) better = true;
        if (!accepts[i] && c < 0) vetoerWorse = true;
        if (!accepts[i] && c > 0) vetoerBetter = true;
      }
      if (!worse && better) {
        working = candidate;
        continue;
      }
      // Not a Pareto improvement, but better for a party that vetoes and no worse for any that does: keep it
      // if every party that accepts the text would still accept it (the mediator polls them, silently).
      if (vetoerBetter && !vetoerWorse) {
        const polled: boolean[] = [];
        let keeps = true;
        for (let i = 0; i < N && keeps; i++) {
          const v = session.poll(i, candidate);
          if (v === null) return session.finish("error", null);
          polled.push(v === "accept");
          if (accepts[i] && v !== "accept") keeps = false;
        }
        if (keeps) {
          working = candidate;
          polled.forEach((a, i) => {
            accepts[i] = a;
          });
        }
      }
    }
    text = working;
    if (session.endRound([current, working])) return session.finish("mediator_exit", null);
  }
  return session.finish("deadline", null);
}
