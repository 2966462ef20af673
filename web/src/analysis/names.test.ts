import { describe, expect, it } from "vitest";
import { scenarioFixture } from "../testing/fixtures";
import { formatCount, groupPositions, groupText, names } from "./names";

describe("names", () => {
  const n = names(undefined, scenarioFixture);

  it("formatCount(count) groups digits and abbreviates huge counts", () => {
    expect(formatCount("0")).toBe("0");
    expect(formatCount("1234567")).toBe("1,234,567");
    expect(formatCount(`15${"0".repeat(82)}`)).toBe("≈1.50 × 10⁸³");
  });

  it("groupPositions(refs, names) merges one red line's territories under its scenario description", () => {
    const refs = ["UA-43", "UA-14", "UA-51"].map((t) => ({
      party: "UA",
      kind: "redLine",
      redLine: "no-cession",
      territory: t,
      description: `No cession of Crimea (${n.territory(t)})`,
    }));
    const groups = groupPositions(
      [...refs, { party: "UA", kind: "reservation", description: "Reservation value" }],
      n,
    );
    expect(groups).toHaveLength(2);
    expect(groupText(groups[0]!, n)).toBe(
      "No cession of Crimea — for Autonomous Republic of Crimea, Donetsk Oblast and Odesa Oblast",
    );
    expect(groupText(groups[1]!, n)).toBe("Reservation value");
  });
});
