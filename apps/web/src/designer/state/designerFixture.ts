import type { Stream } from "@parley/flow/stream";
import type { DesignerAction } from "./designerAction";
import { designerReducer } from "./designerReducer";
import type { DesignerState } from "./designerState";
import { initialDesignerState } from "./designerState";
import { deepFreeze } from "./deepFreeze";

/** welcome → ask (yes → chat, no → bye); a French translation of ask. For tests. */
export function sampleStream(): Stream {
  return {
    schemaVersion: 1,
    startCardId: "welcome",
    cards: [
      {
        id: "welcome",
        type: "message",
        name: "Welcome",
        text: "Hello!",
        next: "ask",
        position: { x: 0, y: 0 },
      },
      {
        id: "ask",
        type: "question",
        text: "Need help?",
        answers: [
          { id: "y", label: "Yes", value: "yes", next: "chat" },
          { id: "n", label: "No", value: "no", next: "bye" },
        ],
        next: null,
        position: { x: 300, y: 0 },
      },
      { id: "chat", type: "liveChat", routing: { strategy: "round_robin" }, position: { x: 600, y: -100 } },
      { id: "bye", type: "message", text: "Bye!", next: null, position: { x: 600, y: 100 } },
    ],
    translations: { fr: { ask: { text: "Besoin d'aide ?", answers: { y: "Oui", n: "Non" } } } },
  };
}

/**
 * Runs `actions` from `state`, freezing every state first: any mutation of a previous state by
 * the reducer throws. Returns the last state. For tests.
 */
export function run(state: DesignerState, ...actions: DesignerAction[]): DesignerState {
  return actions.reduce((s, a) => designerReducer(deepFreeze(s), a), state);
}

export function sampleState(): DesignerState {
  return initialDesignerState(sampleStream(), 7);
}
