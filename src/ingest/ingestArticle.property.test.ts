import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "./ingestArticle.js";
import { detectFormat, toPlainText } from "./toPlainText.js";

const words = [
  "Russia",
  "Ukraine",
  "Kyiv",
  "the Kremlin",
  "demands",
  "refuses to cede",
  "will never give up",
  "controls",
  "Crimea",
  "Kherson",
  "Odessa",
  "and",
  "not",
  "they",
  "—",
  ",",
  ".",
  "\n\n",
  "<p>",
  "&amp;",
  "**",
  "🙂",
  "é",
  "on Tuesday",
];

describe("ingestArticle(text) on arbitrary input", () => {
  it("never throws, and every claim's evidence is the (markup-free) text at its offsets", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((w) => w.join(" ")),
        ),
        (text) => {
          const result = ingestArticle(text, { date: "2025-04-23" });
          const plain = toPlainText(text, detectFormat(text));
          for (const c of [...result.claims, ...result.events]) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(text.length);
            expect(plain.slice(c.start, c.end)).toBe(c.evidence);
          }
        },
      ),
      { numRuns: 150, examples: [[""], ["<html></html>"], ["🙂 Russia demands Crimea 🙂."], ["Kyiv"]] },
    );
  });
});
