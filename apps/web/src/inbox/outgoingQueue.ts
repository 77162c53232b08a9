import { newClientId } from "./newClientId";

/** A chat message the agent sent that the server has not confirmed yet. */
export interface OutgoingItem {
  clientId: string;
  conversationId: string;
  text: string;
  /** The server refused it (e.g. the chat ended): shown with the reason, not resent by itself. */
  error: string | null;
}

export interface OutgoingQueue {
  /** Queues a message with a fresh client id and returns it. */
  add(conversationId: string, text: string): OutgoingItem;
  /** The server stored it (ack), or it came back in the conversation's messages: forget it. */
  settle(clientId: string): void;
  fail(clientId: string, message: string): void;
  /** Try a failed one again with the same client id (the server stores it at most once). */
  retry(clientId: string): OutgoingItem | null;
  discard(clientId: string): void;
  /** What to send (again) now, e.g. after a reconnect: every unconfirmed message that did not fail. */
  unsent(): OutgoingItem[];
  of(conversationId: string): OutgoingItem[];
  subscribe(listener: () => void): () => void;
}

/**
 * The agent's outgoing chat messages until the server acknowledges them. Each keeps its client id for
 * good, so sending it again after a dropped connection can never post it twice. `of()` returns the
 * same array until something changes (fit for useSyncExternalStore).
 */
export function createOutgoingQueue(newId: () => string = newClientId): OutgoingQueue {
  let items: OutgoingItem[] = [];
  const listeners = new Set<() => void>();
  const views = new Map<string, OutgoingItem[]>();
  const change = (next: OutgoingItem[]) => {
    items = next;
    views.clear();
    for (const listener of listeners) listener();
  };
  const settle = (clientId: string) => {
    if (items.some((i) => i.clientId === clientId)) change(items.filter((i) => i.clientId !== clientId));
  };
  const patch = (clientId: string, error: string | null) =>
    change(items.map((i) => (i.clientId === clientId ? { ...i, error } : i)));

  return {
    add(conversationId, text) {
      const item = { clientId: newId(), conversationId, text, error: null };
      change([...items, item]);
      return item;
    },
    settle,
    fail(clientId, message) {
      if (items.some((i) => i.clientId === clientId)) patch(clientId, message);
    },
    retry(clientId) {
      if (!items.some((i) => i.clientId === clientId)) return null;
      patch(clientId, null);
      return items.find((i) => i.clientId === clientId) ?? null;
    },
    discard: settle,
    unsent: () => items.filter((i) => i.error === null),
    of(conversationId) {
      let view = views.get(conversationId);
      if (!view) {
        view = items.filter((i) => i.conversationId === conversationId);
        views.set(conversationId, view);
      }
      return view;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
