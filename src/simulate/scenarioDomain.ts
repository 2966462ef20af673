/**
 * A scenario as a negotiation domain on a simulated calendar. Every red line the scenario ever states (in
 * the preferences or added by an event) is compiled once, so the factors stay the same across dates; on each
 * date the red lines in force, the reservation values (moved by the front line) and withdrawals are read
 * with `scenarioAt`, and preconditions in force become the agenda.
 * @module
 */
import type { RedLine, Scenario } from "../model/index.js";
import { compileScenario, scenarioAt, spaceOf } from "../preferences/index.js";
import { addDays } from "./addDays.js";
import { conditionMask } from "./conditionMask.js";
import type { DomainState, NegotiationDomain } from "./negotiationDomain.js";

/** Options of {@link scenarioDomain}. */
export interface ScenarioDomainOptions {
  /** Date of the first round (default: the scenario's date). */
  start?: string;
  /** Honour preconditions (default true): a party refuses to talk unless the agenda satisfies them. */
  preconditions?: boolean;
}

/** Builds the negotiation domain of `scenario`: negotiators take part, the first mediator hosts. */
export function scenarioDomain(scenario: Scenario, options: ScenarioDomainOptions = {}): NegotiationDomain {
  const start = options.start ?? scenario.date;
  const warnings: string[] = [];
  const everRedLines = new Map<string, Map<string, RedLine>>();
  for (const p of scenario.parties) {
    const lines = new Map<string, RedLine>();
    for (const r of p.preferences?.redLines ?? []) lines.set(r.id, r);
    everRedLines.set(p.id, lines);
  }
  for (const e of scenario.events)
    for (const fx of e.effects ?? [])
      if (fx.type === "addRedLine") everRedLines.get(fx.party)?.set(fx.redLine.id, fx.redLine);
  const union: Scenario = {
    ...scenario,
    parties: scenario.parties.map((p) =>
      p.preferences
        ? {
            ...p,
            preferences: {
              ...p.preferences,
              redLines: [...(everRedLines.get(p.id)?.values() ?? [])].map(
                ({ since: _s, until: _u, ...r }) => r,
              ),
            },
          }
        : p,
    ),
    events: scenario.events.map(({ effects: _e, ...e }) => e),
  };
  const compiled = compileScenario(union, start);
  const space = spaceOf(compiled, { enforced: () => false });
  const P = compiled.parties.length;
  const roles = new Map(scenario.parties.map((p) => [p.id, p]));
  const participants = compiled.parties
    .map((id, c) => (roles.get(id)?.role === "negotiator" ? c : -1))
    .filter((c) => c >= 0);
  const mediatorParty = scenario.parties.find((p) => p.role === "mediator");
  const mediator = mediatorParty
    ? {
        party: mediatorParty.id,
        column: compiled.parties.indexOf(mediatorParty.id),
        patience: {
          ...(mediatorParty.patience?.rounds === undefined ? {} : { rounds: mediatorParty.patience.rounds }),
          ...(mediatorParty.patience?.days === undefined ? {} : { days: mediatorParty.patience.days }),
        },
      }
    : null;
  // hard positions: factor and mask of each
  const hard = compiled.positions
    .filter((p) => p.test !== undefined)
    .map((p) => {
      const gi = compiled.groups.findIndex((g) => g.positions.includes(p.index));
      const g = compiled.groups[gi]!;
      return { pos: p, factor: gi, mask: g.satisfied[g.positions.indexOf(p.index)]! };
    });
  const preconditions = participants.flatMap((c) => {
    const party = roles.get(compiled.parties[c]!)!;
    return (party.preconditions ?? []).flatMap((pc) => {
      if (!pc.condition) {
        warnings.push(
          `precondition ${party.id}:${pc.id} has no machine-readable condition; the simulation ignores it`,
        );
        return [];
      }
      const m = conditionMask(pc.condition, space, compiled.issueIndex);
      if (!m) {
        warnings.push(
          `precondition ${party.id}:${pc.id} reads issues of several groups; the simulation ignores it`,
        );
        return [];
      }
      return [{ id: `${party.id}:${pc.id}`, since: pc.since, until: pc.until, ...m }];
    });
  });
  const honour = options.preconditions !== false;
  const cache = new Map<string, DomainState>();
  const stateAt = (date: string | null): DomainState => {
    const d = date ?? start;
    const cached = cache.get(d);
    if (cached) return cached;
    const s = scenarioAt(scenario, d);
    const byId = new Map(s.parties.map((ps) => [ps.party.id, ps]));
    const keyParts: string[] = [];
    const own = compiled.parties.map((pid, c) => {
      const inForce = new Set((byId.get(pid)?.redLines ?? []).map((r) => r.id));
      const masks: (Uint8Array | null)[] = space.factors.map(() => null);
      for (const h of hard) {
        if (h.pos.partyIndex !== c) continue;
        if (h.pos.ref.kind === "redLine" && !inForce.has(h.pos.ref.redLine ?? "")) continue;
        keyParts.push(String(h.pos.index));
        masks[h.factor] = and(masks[h.factor] ?? null, h.mask);
      }
      return masks;
    });
    const agenda: (Uint8Array | null)[] = space.factors.map(() => null);
    const blocked: string[] = [];
    const unmet: string[] = [];
    if (honour)
      for (const pc of preconditions) {
        if ((pc.since !== undefined && d < pc.since) || (pc.until !== undefined && d > pc.until)) continue;
        keyParts.push(pc.id);
        agenda[pc.factor] = and(agenda[pc.factor] ?? null, pc.mask);
        unmet.push(pc.id);
      }
    if (agenda.some((m) => m !== null && !m.includes(1))) blocked.push(`preconditions ${unmet.join(", ")}`);
    for (const c of participants) {
      const pid = compiled.parties[c]!;
      if (byId.get(pid)?.active === false) blocked.push(`${pid} withdrawn`);
    }
    const reservation = compiled.parties.map((pid) => byId.get(pid)?.reservation ?? null);
    const state: DomainState = {
      key: keyParts.join(","),
      reservation,
      own,
      agenda,
      blocked,
      mediatorWithdrawn: mediator !== null && byId.get(mediator.party)?.active === false,
    };
    cache.set(d, state);
    return state;
  };
  const changes = new Set<string>();
  const later = (x: string | undefined) => {
    if (x !== undefined && x > start) changes.add(x);
  };
  for (const e of scenario.events) if (e.effects?.length) later(e.date);
  for (const t of scenario.territories) for (const c of t.control ?? []) later(c.date);
  for (const p of scenario.parties) {
    for (const r of p.preferences?.redLines ?? []) {
      later(r.since);
      if (r.until !== undefined) later(addDays(r.until, 1));
    }
    for (const pc of p.preconditions ?? []) {
      later(pc.since);
      if (pc.until !== undefined) later(addDays(pc.until, 1));
    }
  }
  if (P === 0) warnings.push("no party has preferences: nothing to negotiate");
  return {
    space,
    participants,
    mediator,
    start,
    changeDates: [...changes].sort(),
    stateAt,
    warnings: [...new Set([...compiled.warnings, ...warnings])],
  };
}

function and(a: Uint8Array | null, b: Uint8Array): Uint8Array {
  if (a === null) return b;
  const out = new Uint8Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k]! & b[k]!;
  return out;
}
