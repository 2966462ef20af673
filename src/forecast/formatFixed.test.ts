import { describe, expect, it } from "vitest";
import { formatFixed } from "./formatFixed.js";

describe("formatFixed(x, digits)", () => {
  it("rounds exact binary ties to even like printf", () => {
    expect(formatFixed(43.25, 1)).toBe("43.2");
    expect(formatFixed(43.35, 1)).toBe((43.35).toFixed(1));
    expect(formatFixed(0.125, 2)).toBe("0.12");
    expect(formatFixed(0.375, 2)).toBe("0.38");
    expect(formatFixed(2.5, 0)).toBe("2");
    expect(formatFixed(-43.25, 1)).toBe("-43.2");
  });
  it("matches toFixed away from ties", () => {
    expect(formatFixed(78.5600001, 1)).toBe("78.6");
    expect(formatFixed(0.40086931, 4)).toBe("0.4009");
  });
});
