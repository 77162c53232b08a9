import type { Emit } from "../shared/contract";
import type { ParleyApi } from "../parley";

type Handler = (payload: unknown) => void;

/** The API's event hub: handlers registered with on/off, called in order; one that throws does not stop the others. */
export function createEvents(): { emit: Emit } & Pick<ParleyApi, "on" | "off"> {
  const handlers: Record<string, Handler[]> = {};
  return {
    emit(name, payload) {
      for (const handler of handlers[name] || []) {
        try {
          handler(payload);
        } catch (error) {
          // A page's handler must not break the widget, nor the other handlers.
          console.error(error);
        }
      }
    },
    on(name, handler) {
      (handlers[name] = handlers[name] || []).push(handler as Handler);
    },
    off(name, handler) {
      handlers[name] = (handlers[name] || []).filter((h) => h !== handler);
    },
  };
}
