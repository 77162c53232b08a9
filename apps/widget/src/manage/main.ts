import { localeFor } from "../app/i18n/createTranslator";
import { browserZone } from "../app/model/slotDays";
import { pickLanguage } from "../shared/pickLanguage";
import { createManagePage } from "./createManagePage";
import { MANAGE_TEXTS } from "./manageTexts";

// The manage page's script (served by apps/server/src/api/widget/manageMeetingPage.ts): the
// browser's language among the widget's ten, the browser's zone.
const query = new URLSearchParams(location.search);
const language = pickLanguage("auto", navigator.languages);
const texts = MANAGE_TEXTS[language];
document.documentElement.lang = language;
document.title = texts.title;
void createManagePage(document.getElementById("m") as HTMLElement, {
  token: query.get("token") || "",
  cancel: query.get("action") === "cancel",
  texts,
  locale: localeFor(language, navigator.languages),
  timeZone: browserZone(),
});
