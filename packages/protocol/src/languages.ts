/** The widget languages of product.md §11: the widget's texts and the visitor's mails come in these. */
export const LANGUAGES = ["en", "fr", "it", "es", "de", "pt-BR", "nl", "ja", "ko", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language for a BCP 47 tag: exact match first (pt-BR), then by primary language (pt-PT → pt-BR). */
export function matchLanguage(tag: unknown): Language | undefined {
  if (typeof tag !== "string") return undefined;
  const lower = tag.toLowerCase();
  return (
    LANGUAGES.find((l) => l.toLowerCase() === lower) ||
    LANGUAGES.find((l) => l.split("-")[0] === lower.split("-")[0])
  );
}
