import { useState } from "react";
import type { Diagnostic, Scenario } from "../api/types";
import { controlAt } from "../map/controlAt";
import { setControlShare, setReservation, setWeight } from "./edits";
import { messagesAt } from "./messagesAt";
import { NumberField } from "./NumberField";
import { RedLineEditor } from "./RedLineEditor";

const WEIGHT_KINDS = [
  ["territoryWeights", "Territory weights"],
  ["dimensionWeights", "Status dimension weights"],
  ["issueWeights", "Linked issue weights"],
] as const;

/**
 * The what-if editor: red lines, weights and reservation value of a party, and a territory's control share at the
 * selected date. Every change goes to the unsaved draft, which is validated and analysed at once.
 */
export function WhatIfEditor(props: {
  draft: Scenario;
  base: Scenario;
  date: string;
  diagnostics: Diagnostic[];
  onChange: (scenario: Scenario) => void;
}) {
  const { draft, base, date, diagnostics, onChange } = props;
  const editable = draft.parties.filter((p) => p.preferences !== undefined);
  const [partyId, setPartyId] = useState(editable[0]?.id ?? "");
  const [territoryId, setTerritoryId] = useState(
    draft.territories.find((t) => (t.control ?? []).length > 0)?.id ?? draft.territories[0]?.id ?? "",
  );
  const [sharePartyId, setSharePartyId] = useState(
    draft.parties.find((p) => p.role === "negotiator" && draft.territories.some((t) => t.holder !== p.id))
      ?.id ??
      draft.parties[0]?.id ??
      "",
  );
  const partyIndex = draft.parties.findIndex((p) => p.id === partyId);
  const party = draft.parties[partyIndex];
  const prefs = party?.preferences;
  const prefix = `parties[${partyIndex}].preferences`;
  const territory = draft.territories.find((t) => t.id === territoryId);
  const territoryIndex = draft.territories.findIndex((t) => t.id === territoryId);
  const control = territory ? controlAt(territory, date) : undefined;
  const territoryName = (id: string) => draft.territories.find((t) => t.id === id)?.name ?? id;
  const listedShares = control?.snapshot?.shares ?? {};
  const othersListed = Object.entries(listedShares)
    .filter(([p]) => p !== sharePartyId)
    .reduce((sum, [, v]) => sum + v, 0);

  if (editable.length === 0)
    return <p className="empty">No party in this scenario has preferences to edit.</p>;
  return (
    <form className="whatif-editor" onSubmit={(e) => e.preventDefault()} aria-label="What-if editor">
      <div className="field">
        <label htmlFor="whatif-party">Party</label>
        <select id="whatif-party" value={partyId} onChange={(e) => setPartyId(e.currentTarget.value)}>
          {editable.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.role})
            </option>
          ))}
        </select>
      </div>
      {party && prefs && (
        <>
          <RedLineEditor
            list="redLines"
            draft={draft}
            base={base}
            party={party}
            diagnostics={diagnostics}
            prefix={prefix}
            territoryName={territoryName}
            onChange={onChange}
          />
          <RedLineEditor
            list="ratifiers"
            draft={draft}
            base={base}
            party={party}
            diagnostics={diagnostics}
            prefix={prefix}
            territoryName={territoryName}
            onChange={onChange}
          />
          <fieldset>
            <legend>Reservation value (value of no agreement)</legend>
            <NumberField
              label={`${party.name}: reservation value, 0–1`}
              name="reservation"
              value={prefs.reservation?.value}
              min={0}
              max={1}
              step={0.05}
              messages={messagesAt(diagnostics, `${prefix}.reservation`)}
              onCommit={(v) => onChange(setReservation(draft, party.id, v))}
            />
            {prefs.reservation?.control && (
              <p className="fact-meta">
                Moves with the share of {prefs.reservation.control.holder} in{" "}
                {prefs.reservation.control.territories === "*"
                  ? "every territory"
                  : prefs.reservation.control.territories.map(territoryName).join(", ")}{" "}
                (coefficient {prefs.reservation.control.coefficient}, reference{" "}
                {prefs.reservation.control.reference}).
              </p>
            )}
          </fieldset>
          {WEIGHT_KINDS.map(([kind, title]) => {
            const weights = prefs[kind];
            if (!weights || Object.keys(weights).length === 0) return null;
            return (
              <details key={kind} className="weights">
                <summary>
                  {title} ({Object.keys(weights).length})
                </summary>
                <div className="weight-grid">
                  {Object.entries(weights).map(([key, value]) => (
                    <NumberField
                      key={key}
                      label={
                        kind === "territoryWeights"
                          ? key === "*"
                            ? "every other territory"
                            : territoryName(key)
                          : key
                      }
                      value={value}
                      min={0}
                      step={0.5}
                      messages={messagesAt(diagnostics, `${prefix}.${kind}.${key}`)}
                      onCommit={(v) => onChange(setWeight(draft, party.id, kind, key, v))}
                    />
                  ))}
                </div>
              </details>
            );
          })}
        </>
      )}
      {draft.territories.length > 0 && (
        <fieldset>
          <legend>Control of a territory at {date}</legend>
          <div className="field">
            <label htmlFor="whatif-territory">Territory</label>
            <select
              id="whatif-territory"
              value={territoryId}
              onChange={(e) => setTerritoryId(e.currentTarget.value)}
            >
              {draft.territories.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="whatif-share-party">Held by</label>
            <select
              id="whatif-share-party"
              value={sharePartyId}
              onChange={(e) => setSharePartyId(e.currentTarget.value)}
            >
              {draft.parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          {territory && territory.holder === sharePartyId ? (
            <p className="fact-meta">
              {territoryName(territory.id)}'s holder holds the remainder; set the other parties' shares
              instead.
            </p>
          ) : (
            <NumberField
              label={`Percent of ${territory?.name ?? "the territory"} held`}
              name="control-share"
              value={control?.shares[sharePartyId] ?? 0}
              min={0}
              max={100 - othersListed}
              step={1}
              messages={messagesAt(diagnostics, `territories[${territoryIndex}].control`)}
              onCommit={(v) =>
                territory && onChange(setControlShare(draft, territory.id, sharePartyId, date, v))
              }
            />
          )}
        </fieldset>
      )}
    </form>
  );
}
