/**
 * The Parley server (apps/server/src/main.ts) with its clock stopped at PARLEY_E2E_FROZEN_CLOCK (an ISO
 * instant): every message, session and event is stamped with that instant, so a browser test can assert
 * the exact time the widget shows. Used by startWidgetServer({ frozenClock }).
 */
import { frozenClock, setClock } from "../../apps/server/src/lib/clock";

const at = process.env.PARLEY_E2E_FROZEN_CLOCK;
if (!at) throw new Error("serverAtFrozenClock: set PARLEY_E2E_FROZEN_CLOCK to an ISO instant");
setClock(frozenClock(at));
await import("../../apps/server/src/main");
