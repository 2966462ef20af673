import type { AnalysisResult } from "../api/types";
import { formatUtility, groupPositions, groupText, type Names } from "./names";

/** Proposals × parties: acceptable or not, utility range against reservation value, and the reason. */
export function ProposalMatrix(props: {
  proposals: AnalysisResult["proposals"];
  parties: string[];
  names: Names;
  selected: string | undefined;
  onSelect: (proposalId: string | undefined) => void;
}) {
  const { proposals, parties, names, selected, onSelect } = props;
  if (proposals.length === 0) return <p className="empty">The scenario lists no proposals.</p>;
  return (
    <div className="table-scroll">
      <table className="proposal-matrix">
        <caption>Proposals against each party's red lines and reservation value</caption>
        <thead>
          <tr>
            <th scope="col">Proposal</th>
            {parties.map((p) => (
              <th scope="col" key={p}>
                {names.party(p)}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((proposal) => (
            <tr
              key={proposal.id}
              className={proposal.id === selected ? "selected" : ""}
              data-proposal={proposal.id}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link"
                  aria-pressed={proposal.id === selected}
                  onClick={() => onSelect(proposal.id === selected ? undefined : proposal.id)}
                >
                  {proposal.name}
                </button>
                <span className="fact-meta proposal-by">
                  by {proposal.by.map(names.party).join(", ")}
                  {proposal.date ? `, ${proposal.date}` : ""}
                </span>
              </th>
              {parties.map((p) => {
                const v = proposal.parties[p];
                if (!v) return <td key={p}>—</td>;
                return (
                  <td key={p} className={v.acceptable ? "accept" : "reject"}>
                    <span className="mark">{v.acceptable ? "✓ acceptable" : "✗ rejected"}</span>
                    <span className="fact-meta">
                      {" "}
                      utility{" "}
                      {v.utility ? `${formatUtility(v.utility.min)}–${formatUtility(v.utility.max)}` : "—"} vs
                      reservation {formatUtility(v.reservation)}
                    </span>
                    {!v.acceptable && (
                      <span className="reason">
                        {v.brokenRedLines.length > 0
                          ? `Breaks: ${groupPositions(v.brokenRedLines, names)
                              .map((g) => groupText(g, names))
                              .join("; ")}.`
                          : v.reason}
                      </span>
                    )}
                  </td>
                );
              })}
              <td className={proposal.acceptableToAll ? "accept" : "reject"}>
                {proposal.acceptableToAll ? "✓" : "✗"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
