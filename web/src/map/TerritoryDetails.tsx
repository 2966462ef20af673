import type { ControlSnapshot, Scenario, Territory } from "../api/types";
import { activeClaims, FORMAL_BASES } from "./activeClaims";
import { controlAt } from "./controlAt";
import { basisLabel, formatShare } from "./describeTerritory";
import { SourceRef } from "./SourceRef";

/** The facts of one territory at a date: control snapshot, claims, with their sources. */
export function TerritoryDetails(props: {
  scenario: Scenario;
  territory: Territory;
  date: string;
  onClose: () => void;
}) {
  const { scenario, territory, date, onClose } = props;
  const partyName = (id: string) => scenario.parties.find((p) => p.id === id)?.name ?? id;
  const control = controlAt(territory, date);
  const claims = activeClaims(territory, date);
  const later = (territory.claims ?? []).filter((c) => !claims.includes(c));
  return (
    <section className="territory-details" aria-labelledby="territory-details-title">
      <header>
        <h3 id="territory-details-title">
          {territory.name} <small>{territory.id}</small>
        </h3>
        <button type="button" onClick={onClose} aria-label="Close territory details">
          ×
        </button>
      </header>
      {territory.areaKm2 !== undefined && <p>Area: {territory.areaKm2.toLocaleString("en")} km²</p>}
      <h4>Control at {date}</h4>
      {control === undefined ? (
        <p>No control estimate dated on or before {date}.</p>
      ) : control.snapshot === undefined ? (
        <p>
          Held whole by {partyName(territory.holder ?? "")}: the scenario records no control change for this
          territory.
        </p>
      ) : (
        <>
          <ul>
            {Object.entries(control.shares).map(([party, share]) => (
              <li key={party}>
                {partyName(party)}: {formatShare(share)}
                {party === territory.holder && !(party in (control.snapshot?.shares ?? {}))
                  ? " (remainder)"
                  : ""}
              </li>
            ))}
          </ul>
          <SnapshotMeta scenario={scenario} snapshot={control.snapshot} />
        </>
      )}
      <h4>Claims in force</h4>
      {claims.length === 0 ? (
        <p>None recorded at this date.</p>
      ) : (
        <ul>
          {claims.map((c) => (
            <li
              key={`${c.party}-${c.basis}-${c.since ?? ""}`}
              className={FORMAL_BASES.has(c.basis) ? "formal" : "rhetorical"}
            >
              {partyName(c.party)}: {basisLabel(c.basis)}
              {c.scope ? ` (${c.scope === "whole" ? "whole territory" : "part"})` : ""}
              {c.since ? `, since ${c.since}` : ""}
              {c.note ? ` — ${c.note}` : ""}. Source: <SourceRef scenario={scenario} id={c.source} />
            </li>
          ))}
        </ul>
      )}
      {later.length > 0 && (
        <p className="fact-meta">
          {later.length} other claim{later.length > 1 ? "s" : ""} outside this date (
          {later
            .map((c) => `${partyName(c.party)}: ${basisLabel(c.basis)} ${c.since ?? ""}–${c.until ?? ""}`)
            .join("; ")}
          ).
        </p>
      )}
      {territory.source && (
        <p className="fact-meta">
          Territory source: <SourceRef scenario={scenario} id={territory.source} />
        </p>
      )}
    </section>
  );
}

function SnapshotMeta(props: { scenario: Scenario; snapshot: ControlSnapshot }) {
  const { scenario, snapshot } = props;
  return (
    <p className="fact-meta">
      Snapshot of {snapshot.date}
      {snapshot.approximate ? ", approximate" : ""}
      {snapshot.note ? ` — ${snapshot.note}` : ""}. Source:{" "}
      <SourceRef scenario={scenario} id={snapshot.source} />
    </p>
  );
}
