import { safeHref } from "../safeHref";
import { parseTemplate } from "./parseTemplate";
import { resolveToken } from "./resolveToken";
import type { SafeText, TextSegment } from "./safeText";
import type { TokenContext } from "./tokenContext";

/** The template as a sequence of single characters and opaque tokens. */
type Atom = string | { value: string };
interface Style {
  bold?: true;
  italic?: true;
  href?: string;
}

const ESCAPABLE = new Set(["\\", "*", "_", "[", "]", "(", ")"]);
const isWord = (atom: Atom | undefined) => typeof atom === "string" && /[\p{L}\p{N}]/u.test(atom);
const isSpace = (atom: Atom | undefined) =>
  atom === undefined || (typeof atom === "string" && /\s/.test(atom));

class SegmentWriter {
  readonly segments: TextSegment[] = [];

  write(text: string, style: Style): void {
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (i > 0) this.segments.push({ text: "\n" });
      if (line === "") return;
      const last = this.segments[this.segments.length - 1];
      if (
        last &&
        last.text !== "\n" &&
        last.bold === style.bold &&
        last.italic === style.italic &&
        last.href === style.href
      ) {
        last.text += line;
      } else {
        this.segments.push({ text: line, ...style });
      }
    });
  }
}

function find(from: number, to: number, test: (i: number) => boolean): number {
  for (let i = from; i < to; i++) if (test(i)) return i;
  return -1;
}

/** `[label](url)` starting at `open`: the label's end and the link's end, or null. */
function matchLink(
  atoms: readonly Atom[],
  open: number,
  to: number,
): { labelEnd: number; end: number; url: string } | null {
  const labelEnd = find(open + 1, to, (i) => atoms[i] === "]" || atoms[i] === "[" || atoms[i] === "\n");
  if (labelEnd < 0 || atoms[labelEnd] !== "]" || atoms[labelEnd + 1] !== "(") return null;
  let url = "";
  let depth = 0; // balanced parentheses belong to the URL: https://en.wikipedia.org/wiki/Foo_(bar)
  for (let i = labelEnd + 2; i < to; i++) {
    const atom = atoms[i];
    // A URL is literal template text: a token (visitor data) can never become part of an href.
    if (typeof atom !== "string" || isSpace(atom)) return null;
    if (atom === ")" && depth === 0) return { labelEnd, end: i, url };
    if (atom === "(") depth++;
    if (atom === ")") depth--;
    url += atom;
  }
  return null;
}

function format(atoms: readonly Atom[], from: number, to: number, style: Style, out: SegmentWriter): void {
  let i = from;
  while (i < to) {
    const atom = atoms[i]!;
    if (typeof atom !== "string") {
      out.write(atom.value, style);
      i++;
      continue;
    }
    const next = atoms[i + 1];
    if (atom === "\\" && typeof next === "string" && ESCAPABLE.has(next) && i + 1 < to) {
      out.write(next, style);
      i += 2;
      continue;
    }
    if (atom === "*" && next === "*" && !style.bold) {
      const close = find(i + 3, to - 1, (j) => atoms[j] === "*" && atoms[j + 1] === "*");
      if (close > 0) {
        format(atoms, i + 2, close, { ...style, bold: true }, out);
        i = close + 2;
        continue;
      }
    }
    if (atom === "_" && !style.italic && !isWord(atoms[i - 1]) && !isSpace(next)) {
      const close = find(
        i + 2,
        to,
        (j) => atoms[j] === "_" && !isSpace(atoms[j - 1]) && !isWord(atoms[j + 1]),
      );
      if (close > 0) {
        format(atoms, i + 1, close, { ...style, italic: true }, out);
        i = close + 1;
        continue;
      }
    }
    if (atom === "[" && style.href === undefined) {
      const link = matchLink(atoms, i, to);
      const href = link ? safeHref(link.url) : null;
      if (link && href) {
        if (link.labelEnd === i + 1) out.write(link.url, { ...style, href });
        else format(atoms, i + 1, link.labelEnd, { ...style, href }, out);
        i = link.end + 1;
        continue;
      }
    }
    out.write(atom === "\r" ? (next === "\n" ? "" : "\n") : atom, style);
    i++;
  }
}

/**
 * Renders bot text: resolves tokens (`{{person.firstName | "there"}}`) and light formatting
 * (`**bold**`, `_italic_`, `[label](https://…)`, line breaks; `\*` escapes) into segments.
 * Formatting is read from the marketer's template only; token values are inserted as plain
 * text, so visitor data can never become formatting or a link. Links other than http, https
 * and mailto stay plain text. No markup is produced, so there is nothing a browser could execute.
 */
export function renderText(template: string, context: TokenContext): SafeText {
  const atoms: Atom[] = [];
  for (const part of parseTemplate(template)) {
    if (part.kind === "token") atoms.push({ value: resolveToken(part.path, part.fallback, context) });
    else for (const char of part.text) atoms.push(char);
  }
  const out = new SegmentWriter();
  format(atoms, 0, atoms.length, {}, out);
  return out.segments;
}
