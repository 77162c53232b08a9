/** The widget languages of product.md §11. */
export const LANGUAGES = ["en", "fr", "it", "es", "de", "pt-BR", "nl", "ja", "ko", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];
