import { describe, expect, it } from "vitest";
import { diffScenarios } from "./diffScenarios.js";

describe("diffScenarios", () => {
  it("diffScenarios(a, a) returns []", () => {
    const doc = { id: "x", parties: [{ id: "RU", name: "Russia" }], n: [1, 2] };
    expect(diffScenarios(doc, structuredClone(doc))).toEqual([]);
  });

  it("diffScenarios(before, after) reports changed leaves at their deepest path", () => {
    const before = { parties: [{ id: "RU" }, { id: "UA", preferences: { reservation: { value: 0.3 } } }] };
    const after = { parties: [{ id: "RU" }, { id: "UA", preferences: { reservation: { value: 0.4 } } }] };
    expect(diffScenarios(before, after)).toEqual([
      { path: "parties[1].preferences.reservation.value", kind: "changed", before: 0.3, after: 0.4 },
    ]);
  });

  it("diffScenarios(before, after) reports added and removed keys with their values", () => {
    expect(diffScenarios({ a: 1, b: { c: 2 } }, { a: 1, d: "x" })).toEqual([
      { path: "b", kind: "removed", before: { c: 2 } },
      { path: "d", kind: "added", after: "x" },
    ]);
  });

  it("diffScenarios(before, after) matches arrays of items with ids by id", () => {
    const before = {
      parties: [
        { id: "RU", n: 1 },
        { id: "UA", n: 2 },
      ],
    };
    const after = {
      parties: [
        { id: "US", n: 0 },
        { id: "RU", n: 1 },
        { id: "UA", n: 3 },
      ],
    };
    expect(diffScenarios(before, after)).toEqual([
      { path: "parties[0]", kind: "added", after: { id: "US", n: 0 } },
      { path: "parties[2].n", kind: "changed", before: 2, after: 3 },
    ]);
  });

  it("diffScenarios(before, after) compares arrays without ids by position", () => {
    expect(diffScenarios({ notes: ["a", "b"] }, { notes: ["a", "c", "d"] })).toEqual([
      { path: "notes[1]", kind: "changed", before: "b", after: "c" },
      { path: "notes[2]", kind: "added", after: "d" },
    ]);
    expect(diffScenarios({ notes: ["a", "b"] }, { notes: ["a"] })).toEqual([
      { path: "notes[1]", kind: "removed", before: "b" },
    ]);
  });

  it("diffScenarios(before, after) reports a type change as one change", () => {
    expect(diffScenarios({ v: [1] }, { v: { x: 1 } })).toEqual([
      { path: "v", kind: "changed", before: [1], after: { x: 1 } },
    ]);
  });
});
