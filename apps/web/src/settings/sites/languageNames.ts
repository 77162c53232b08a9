import type { Language } from "@parley/protocol/languages";

/** The widget languages of product.md §11, in their own words and in English. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "Français (French)",
  it: "Italiano (Italian)",
  es: "Español (Spanish)",
  de: "Deutsch (German)",
  "pt-BR": "Português do Brasil (Portuguese, Brazil)",
  nl: "Nederlands (Dutch)",
  ja: "日本語 (Japanese)",
  ko: "한국어 (Korean)",
  "zh-CN": "简体中文 (Chinese, simplified)",
};
