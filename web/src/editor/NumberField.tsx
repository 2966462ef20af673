import { useEffect, useId, useState } from "react";

/**
 * A labelled number input that checks its range as you type: a valid value is committed at once, an invalid one
 * shows a message next to the field and is not applied. `messages` adds server diagnostics for the field.
 */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  min?: number;
  max?: number;
  step?: number;
  onCommit: (value: number) => void;
  messages?: string[];
  name?: string;
}) {
  const { label, value, min, max, step, onCommit, messages = [], name } = props;
  const id = useId();
  const [text, setText] = useState(value === undefined ? "" : String(value));
  const [local, setLocal] = useState<string | undefined>();
  useEffect(() => {
    setText((current) => (Number(current) === value ? current : value === undefined ? "" : String(value)));
  }, [value]);
  const check = (raw: string): string | undefined => {
    if (raw.trim() === "") return "enter a number";
    const n = Number(raw);
    if (!Number.isFinite(n)) return "not a number";
    if (min !== undefined && n < min) return `must be at least ${min}`;
    if (max !== undefined && n > max) return `must be at most ${max}`;
    return undefined;
  };
  const all = [...(local ? [local] : []), ...messages];
  return (
    <div className={`field number-field${all.length > 0 ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        aria-invalid={all.length > 0}
        aria-describedby={all.length > 0 ? `${id}-msg` : undefined}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          const problem = check(raw);
          setLocal(problem);
          if (problem === undefined && Number(raw) !== value) onCommit(Number(raw));
        }}
      />
      {all.length > 0 && (
        <span id={`${id}-msg`} className="field-message" role="alert">
          {all.join("; ")}
        </span>
      )}
    </div>
  );
}
