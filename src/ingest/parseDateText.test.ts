import { describe, expect, it } from "vitest";
import { detectArticleDate } from "./detectArticleDate.js";
import { parseDateText } from "./parseDateText.js";

// 2025-04-23 is a Wednesday.
const ARTICLE = "2025-04-23";

describe("parseDateText(expression, articleDate)", () => {
  it("reads full dates in three spellings", () => {
    for (const s of ["23 April 2025", "April 23, 2025", "2025-04-23"])
      expect(parseDateText(s, undefined)).toEqual({
        date: "2025-04-23",
        resolution: "explicit",
        precision: "day",
      });
  });

  it("resolves weekdays to the latest such day on or before the article date", () => {
    expect(parseDateText("Tuesday", ARTICLE)?.date).toBe("2025-04-22");
    expect(parseDateText("on Wednesday", ARTICLE)?.date).toBe("2025-04-23");
    expect(parseDateText("last Wednesday", ARTICLE)?.date).toBe("2025-04-16");
    expect(parseDateText("Thursday", ARTICLE)?.date).toBe("2025-04-17");
  });

  it("resolves relative days, weeks and months", () => {
    expect(parseDateText("yesterday", ARTICLE)?.date).toBe("2025-04-22");
    expect(parseDateText("three days ago", ARTICLE)?.date).toBe("2025-04-20");
    expect(parseDateText("last week", ARTICLE)).toEqual({
      date: "2025-04-16",
      resolution: "relative",
      precision: "week",
    });
    expect(parseDateText("in March", ARTICLE)).toEqual({
      date: "2025-03-01",
      resolution: "relative",
      precision: "month",
    });
  });

  it("puts a day and month without year in the article's year, or the year before when that is far ahead", () => {
    expect(parseDateText("April 18", ARTICLE)?.date).toBe("2025-04-18");
    expect(parseDateText("December 30", ARTICLE)?.date).toBe("2024-12-30");
  });

  it("returns undefined for relative forms without an article date and for non-dates", () => {
    expect(parseDateText("yesterday", undefined)).toBeUndefined();
    expect(parseDateText("31 February 2025", ARTICLE)).toBeUndefined();
    expect(parseDateText("soon", ARTICLE)).toBeUndefined();
  });
});

describe("detectArticleDate(text)", () => {
  it("reads a dateline", () => {
    expect(detectArticleDate("LONDON, April 23, 2025 — Talks collapsed.")).toBe("2025-04-23");
    expect(detectArticleDate("Published 2 June 2025\nRussia …")).toBe("2025-06-02");
    expect(detectArticleDate("No date here.")).toBeUndefined();
  });
});
