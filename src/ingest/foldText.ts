/**
 * Character folding that keeps the length of a string: accents removed per character, curly quotes and
 * apostrophes straightened, dashes unified. Matching runs on folded text, so offsets stay those of the input.
 * @module
 */

const SPECIAL: Record<string, string> = {
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u00a0": " ",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  đ: "d",
  Đ: "D",
  ı: "i",
};

/**
 * Folds each character of `text` to one ASCII-like character where possible (`Vučić` → `Vucic`,
 * `Zelensky’s` → `Zelensky's`). The result has exactly the length of the input.
 * @example foldText("Vučić’s") // → "Vucic's"
 */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text) {
    const special = SPECIAL[ch];
    if (special !== undefined) {
      out += special;
      continue;
    }
    const base = ch.normalize("NFD")[0] ?? ch;
    // Keep code-unit length: astral characters (2 units) become two spaces.
    out += ch.length === 1 ? (base.length === 1 ? base : ch) : " ".repeat(ch.length);
  }
  return out;
}
