import { useState } from "react";
import type { Diagnostic } from "../api/types";

/** Save the what-if draft as a new version (with a message), or discard it; lists the draft's diagnostics. */
export function SavePanel(props: {
  dirty: boolean;
  diagnostics: Diagnostic[];
  saving: boolean;
  status: string | undefined;
  onSave: (message: string) => void;
  onReset: () => void;
}) {
  const { dirty, diagnostics, saving, status, onSave, onReset } = props;
  const [message, setMessage] = useState("");
  const errors = diagnostics.filter((d) => d.severity === "error");
  const canSave = dirty && !saving && errors.length === 0 && message.trim().length > 0;
  return (
    <section className="save-panel" aria-labelledby="save-title">
      <h3 id="save-title">Draft</h3>
      {diagnostics.length > 0 && (
        <ul className="diagnostics" aria-label="Validation messages">
          {diagnostics.map((d) => (
            <li key={`${d.path}-${d.code}-${d.message}`} className={d.severity}>
              {d.severity}: {d.message} <code>{d.path}</code>
            </li>
          ))}
        </ul>
      )}
      <p className="fact-meta">
        {dirty
          ? "The draft differs from the saved version; the analysis shows the draft."
          : "No unsaved changes: edit a red line, weight, reservation value or control share."}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (canSave) {
            onSave(message.trim());
            setMessage("");
          }
        }}
      >
        <div className="field">
          <label htmlFor="save-message">Version message</label>
          <input
            id="save-message"
            type="text"
            value={message}
            placeholder="What changed and why"
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
        </div>
        <div className="buttons">
          <button type="submit" disabled={!canSave}>
            {saving ? "Saving…" : "Save as new version"}
          </button>
          <button type="button" onClick={onReset} disabled={!dirty || saving}>
            Discard draft
          </button>
        </div>
        {status && (
          <p className="status" role="status">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}
