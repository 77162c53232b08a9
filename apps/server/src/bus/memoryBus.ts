import type { BusEvent } from "@parley/protocol/events";
import type { Bus, BusHandler } from "./bus";

export function createMemoryBus(): Bus {
  const handlers = new Map<string, Set<BusHandler>>();
  return {
    kind: "memory",
    async publish(event: BusEvent) {
      // Deliver on a later tick, as Redis would: publishers never run subscriber code inline.
      const set = handlers.get(event.channel);
      if (set) for (const handler of [...set]) queueMicrotask(() => handler(event));
    },
    async subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size === 0) handlers.delete(channel);
      };
    },
    async close() {
      handlers.clear();
    },
  };
}
