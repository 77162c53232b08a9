import type { Branding } from "@parley/protocol/sites";
import type { WidgetContext } from "../../shared/contract";
import type { Translator } from "../i18n/createTranslator";
import type { Session } from "../session";

/** What every view needs: the context, the current translator (it changes with setLanguage), the session. */
export interface ViewEnv {
  ctx: WidgetContext;
  branding: Branding;
  session: Session;
  tr(): Translator;
}
