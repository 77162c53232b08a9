import { linkParts } from "../linkParts";

/** Typed text with its http(s) links clickable (new tab, no opener, no referrer); never HTML. */
export function LinkedText({ text }: { text: string }) {
  // Index keys: the parts of one text never reorder.
  return (
    <>
      {linkParts(text).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
