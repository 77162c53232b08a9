import { z } from "zod";

/**
 * A run of text with light formatting. Never markup: clients render `text` as text (e.g.
 * `textContent`), bold/italic as styles, and `href` (always http, https or mailto) as a link.
 * A segment whose text is exactly "\n" is a line break; no other segment contains "\n".
 */
export const TextSegment = z.strictObject({
  text: z.string(),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  href: z.string().optional(),
});
export type TextSegment = z.infer<typeof TextSegment>;

export const SafeText = z.array(TextSegment);
export type SafeText = z.infer<typeof SafeText>;

export const LINE_BREAK: TextSegment = Object.freeze({ text: "\n" }) as TextSegment;

/** The words without formatting, line breaks kept: for transcripts, consent records, notifications. */
export function safeTextToPlain(text: SafeText): string {
  return text.map((segment) => segment.text).join("");
}
