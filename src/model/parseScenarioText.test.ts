import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "./parseScenarioText.js";

const bundled = readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8");

const minimal = `id: t
title: Test
date: 2025-01-01
sources:
  S1: { title: A source }
parties:
  - id: A
    name: Alpha
    kind: state
    role: negotiator
    preferences:
      issueWeights: { i: 1 }
      issueValues: { i: { x: 100, y: 0 } }
      redLines:
        - id: r
          description: keep x
          territories: [T1]
          require: { dimension: d, in: [a] }
territories:
  - id: T1
    name: One
    control:
      - { date: 2024-01-01, shares: { A: 60 }, source: S1 }
dimensions:
  - id: d
    name: D
    options: [{ id: a }, { id: b }]
issues:
  - id: i
    name: I
    options: [{ id: x }, { id: y }]
`;

describe("parseScenarioText(text, {file})", () => {
  it("accepts the bundled scenario without diagnostics", () => {
    const r = parseScenarioText(bundled, { file: "london-2025.yaml" });
    expect(r.diagnostics).toEqual([]);
    expect(r.scenario?.territories).toHaveLength(27);
  });

  it("accepts a minimal scenario, in YAML and in JSON", () => {
    const yaml = parseScenarioText(minimal);
    expect(yaml.diagnostics).toEqual([]);
    const json = parseScenarioText(JSON.stringify(yaml.scenario));
    expect(json.scenario).toEqual(yaml.scenario);
  });

  it("reports an unknown territory with file, line, column and path", () => {
    const text = minimal.replace("territories: [T1]", "territories: [T1, UA-99]");
    const r = parseScenarioText(text, { file: "s.yaml" });
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "unknown_territory",
        path: "parties[0].preferences.redLines[0].territories[1]",
        file: "s.yaml",
        line: 17,
        message: 'unknown territory "UA-99"',
      }),
    );
  });

  it("reports every problem at once: shares over 100%, dates out of order, unknown option, unknown source", () => {
    const text = minimal
      .replace(
        "shares: { A: 60 }, source: S1 }",
        "shares: { A: 60, B: 50 }, source: S9 }\n      - { date: 2023-01-01, shares: { A: 10 }, source: S1 }",
      )
      .replace("in: [a] }", "in: [c] }");
    const r = parseScenarioText(text, { file: "s.yaml" });
    const codes = r.diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual([
      "control_over_100",
      "dates_out_of_order",
      "unknown_option",
      "unknown_party",
      "unknown_source",
    ]);
    expect(r.diagnostics.every((d) => d.line !== undefined && d.column !== undefined)).toBe(true);
  });

  it("reports schema errors with their paths (wrong types, unknown keys, bad dates)", () => {
    const text = minimal
      .replace("date: 2025-01-01", "date: 2025-13-45")
      .replace("role: negotiator", "role: arbiter\n    colour: red");
    const r = parseScenarioText(text);
    const paths = r.diagnostics.map((d) => d.path);
    expect(paths).toContain("date");
    expect(paths).toContain("parties[0].role");
    expect(r.diagnostics.find((d) => d.code === "schema_unrecognized_keys")?.message).toBe(
      "unknown key: colour",
    );
  });

  it("reports a proposal naming an unknown option", () => {
    const text = `${minimal}proposals:\n  - id: p\n    name: P\n    by: [A]\n    source: S1\n    terms:\n      - { issue: i, option: z }\n`;
    const r = parseScenarioText(text);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "unknown_option", path: "proposals[0].terms[0].option" }),
    );
  });

  it("reports uncertainty parameters that name unknown parties or issues", () => {
    const text = `${minimal}uncertainty:\n  parameters:\n    - { parameter: reservation, party: Z, distribution: { kind: uniform, min: 0, max: 1 } }\n`;
    const r = parseScenarioText(text);
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ code: "invalid_uncertainty", path: "uncertainty.parameters[0]", line: 34 }),
    );
  });

  it("reports YAML syntax errors with a line", () => {
    const r = parseScenarioText("id: t\ntitle: [unclosed\n", { file: "bad.yaml" });
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics[0]).toEqual(expect.objectContaining({ code: "parse_error", file: "bad.yaml" }));
    expect(r.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it("refuses YAML alias bombs", () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ].join("\n");
    const r = parseScenarioText(bomb);
    expect(r.scenario).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe("yaml_alias_limit");
  });

  it("refuses oversized text", () => {
    const r = parseScenarioText("x".repeat(2000), { maxBytes: 1000 });
    expect(r.diagnostics[0]?.code).toBe("input_too_large");
  });
});
