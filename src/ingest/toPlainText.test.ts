import { describe, expect, it } from "vitest";
import { detectFormat, toPlainText } from "./toPlainText.js";

describe("toPlainText(text, format)", () => {
  it("keeps the length and the offsets of HTML, decoding entities in place", () => {
    const html =
      "<p>Kyiv &amp; Moscow&nbsp;met.</p><script>var x = 'Crimea';</script><p>Kherson&#8217;s fate</p>";
    const plain = toPlainText(html, "html");
    expect(plain.length).toBe(html.length);
    expect(plain.slice(html.indexOf("Kyiv"), html.indexOf("Kyiv") + 4)).toBe("Kyiv");
    expect(plain).toContain("Kyiv &");
    expect(plain).not.toContain("Crimea");
    expect(plain).toContain("Kherson\u2019");
    expect(plain.indexOf("Kherson")).toBe(html.indexOf("Kherson"));
  });

  it("keeps the length and the offsets of Markdown, dropping markers and link targets", () => {
    const md = "# Title\n\n**Russia** demands [Kherson](https://x.org/k) and _Odesa_.\n- item";
    const plain = toPlainText(md, "markdown");
    expect(plain.length).toBe(md.length);
    expect(plain).not.toMatch(/[#*_[\]()]|https/);
    for (const word of ["Title", "Russia", "Kherson", "Odesa", "item"])
      expect(plain.indexOf(word)).toBe(md.indexOf(word));
  });

  it("returns plain text unchanged", () => {
    expect(toPlainText("a <b> c", "text")).toBe("a <b> c");
  });
});

describe("detectFormat(text, fileName?)", () => {
  it("uses the extension, then the content", () => {
    expect(detectFormat("x", "a.html")).toBe("html");
    expect(detectFormat("x", "a.md")).toBe("markdown");
    expect(detectFormat("<p>x</p>")).toBe("html");
    expect(detectFormat("## Head\ntext")).toBe("markdown");
    expect(detectFormat("Plain words.")).toBe("text");
  });
});
