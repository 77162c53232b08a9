import type { ParleyLanguage } from "../../parley";
import { en } from "./en";
import type { Messages } from "./messages";

/**
 * The widget's texts in a language. English ships in the app chunk; each other language is a small
 * chunk of its own (esbuild code splitting), so a visitor downloads only the language they read.
 */
const LOADERS: Record<ParleyLanguage, () => Promise<Messages>> = {
  en: async () => en,
  fr: () => import("./fr").then((m) => m.fr),
  it: () => import("./it").then((m) => m.it),
  es: () => import("./es").then((m) => m.es),
  de: () => import("./de").then((m) => m.de),
  "pt-BR": () => import("./ptBR").then((m) => m.ptBR),
  nl: () => import("./nl").then((m) => m.nl),
  ja: () => import("./ja").then((m) => m.ja),
  ko: () => import("./ko").then((m) => m.ko),
  "zh-CN": () => import("./zhCN").then((m) => m.zhCN),
};

/** The texts of `language`; English when its chunk cannot be loaded (the widget must still work). */
export function loadMessages(language: ParleyLanguage): Promise<Messages> {
  return LOADERS[language]().catch(() => en);
}
