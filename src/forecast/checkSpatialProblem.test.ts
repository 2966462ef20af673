import { describe, expect, it } from "vitest";
import { checkSpatialProblem } from "./checkSpatialProblem.js";
import type { SpatialProblem } from "./spatialProblem.js";

const ok: SpatialProblem = {
  name: "t",
  dimensions: [{ id: "d", name: "d", min: 0, max: 10 }],
  actors: [
    { id: "a", name: "a", capability: 1, position: [2], salience: [0.5] },
    { id: "b", name: "b", capability: 2, position: [8], salience: [1] },
  ],
};

describe("checkSpatialProblem(problem)", () => {
  it("returns a valid problem unchanged", () => {
    expect(checkSpatialProblem(ok)).toBe(ok);
  });
  it("names the bad value", () => {
    const withActor = (patch: Partial<SpatialProblem["actors"][number]>): SpatialProblem => ({
      ...ok,
      actors: [{ ...ok.actors[0]!, ...patch }, ok.actors[1]!],
    });
    expect(() => checkSpatialProblem(withActor({ capability: 0 }))).toThrow("invalid capability of a: 0");
    expect(() => checkSpatialProblem(withActor({ position: [11] }))).toThrow(
      "invalid position of a on d: 11",
    );
    expect(() => checkSpatialProblem(withActor({ salience: [1.5] }))).toThrow(
      "invalid salience of a on d: 1.5",
    );
    expect(() => checkSpatialProblem(withActor({ salience: [0] }))).toThrow(
      "invalid salience of a: all zero",
    );
    expect(() => checkSpatialProblem(withActor({ id: "b" }))).toThrow("duplicate actor b");
    expect(() => checkSpatialProblem({ ...ok, actors: ok.actors.slice(0, 1) })).toThrow(
      "1 actors (need 2 or more)",
    );
    expect(() =>
      checkSpatialProblem({ ...ok, dimensions: [{ id: "d", name: "d", min: 5, max: 5 }] }),
    ).toThrow("invalid scale of dimension d: 5..5");
    expect(() =>
      checkSpatialProblem({
        ...ok,
        accommodation: [
          [1, 0.5],
          [0, 1],
        ],
      }),
    ).toThrow("a row sums above 1");
  });
});
