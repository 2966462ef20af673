/**
 * Markup removal that keeps offsets: HTML tags, comments, scripts and styles, Markdown markers (headings,
 * emphasis, links, images, code fences, list bullets, block quotes) become spaces or newlines, and HTML
 * entities become their character padded with spaces. The result has the same length as the input, so every
 * character offset in the plain text is also an offset in the original article.
 * @module
 */

/** The formats ingest reads. */
export type ArticleFormat = "text" | "markdown" | "html";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201d",
  ldquo: "\u201c",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: ".",
};
const BLOCK_TAGS =
  /^(p|div|br|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|blockquote|title|hr)$/i;

const blank = (s: string) => s.replace(/[^\n]/g, " ");

/**
 * Guesses the format of `text` from its content (and `fileName`'s extension, when given).
 * @example detectFormat("<p>Hi</p>") // → "html"
 */
export function detectFormat(text: string, fileName?: string): ArticleFormat {
  if (fileName && /\.html?$/i.test(fileName)) return "html";
  if (fileName && /\.(md|markdown)$/i.test(fileName)) return "markdown";
  if (/<(html|body|p|div|article|h1|br)\b/i.test(text)) return "html";
  if (/^(#{1,6} |\* |- |> )|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/m.test(text)) return "markdown";
  return "text";
}

/**
 * Converts `text` in `format` to plain text of the same length (offsets preserved).
 * @example toPlainText("<b>Kyiv</b> said", "html") // → "   Kyiv     said"
 */
export function toPlainText(text: string, format: ArticleFormat): string {
  if (format === "text") return text;
  if (format === "html") return htmlToText(text);
  return markdownToText(text);
}

function htmlToText(html: string): string {
  let out = html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, blank);
  out = out.replace(/<!--[\s\S]*?-->/g, blank);
  out = out.replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (tag, name: string) => {
    const spaces = blank(tag);
    // Block elements end a sentence: put a newline at the tag's first character.
    return BLOCK_TAGS.test(name) ? `\n${spaces.slice(1)}` : spaces;
  });
  out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    let ch: string | undefined;
    if (body.startsWith("#x") || body.startsWith("#X"))
      ch = String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    else if (body.startsWith("#")) ch = String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    else ch = ENTITIES[body.toLowerCase()];
    if (ch === undefined || ch.length !== 1) return entity;
    return ch + " ".repeat(entity.length - 1);
  });
  return out;
}

function markdownToText(md: string): string {
  let out = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank);
  out = out.replace(/!\[([^\]]*)\]\([^)]*\)/g, (m) => blank(m));
  out = out.replace(
    /\[([^\]]+)\]\([^)]*\)/g,
    (m, label: string) => ` ${label}${" ".repeat(m.length - label.length - 1)}`,
  );
  out = out.replace(/^(\s{0,3})(#{1,6}\s+|>\s?|[*+-]\s+|\d+[.)]\s+)/gm, (m) => blank(m));
  out = out.replace(
    /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g,
    (_m, mark: string, inner: string) => `${" ".repeat(mark.length)}${inner}${" ".repeat(mark.length)}`,
  );
  out = out.replace(
    /(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g,
    (_m, pre: string, _mark: string, inner: string) => `${pre} ${inner} `,
  );
  out = out.replace(/`([^`\n]+)`/g, (_m, inner: string) => ` ${inner} `);
  return out;
}
