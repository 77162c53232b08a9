import type { Store } from "../../shared/contract";
import type { ChatInput, VisitorInput } from "../model/types";

export interface OutboxItem {
  /** The client id of the `conversation.input` (or `chat.send`) frame: the server applies it once, however often it is sent. */
  id: string;
  conversationId: string;
  input: VisitorInput | ChatInput;
  /** The server confirmed it (`ack`): never sent again. */
  acked?: boolean;
  /** Its message came back in the conversation: no longer shown as pending. */
  seen?: boolean;
}

/**
 * The visitor's answers (and typed chat messages) until the server has confirmed them, kept in localStorage: an answer given
 * offline (or before a reload) is sent when the socket is back, always with its first client id, so
 * the server stores it exactly once.
 */
export function createOutbox(store: Store) {
  // Read before every change: other tabs of the same visitor share this list.
  let items: OutboxItem[] = [];
  const load = () => {
    items = store.get<OutboxItem[]>("o") || [];
    return items;
  };
  const save = () => {
    items = items.filter((item) => !(item.acked && item.seen));
    store.set("o", items);
  };
  return {
    add(item: OutboxItem) {
      load().push(item);
      save();
    },
    /** Items to (re)send on the current socket. */
    unsent: () => load().filter((item) => !item.acked),
    /** Answers shown as pending in a conversation. */
    pending: (conversationId: string) =>
      load().filter((item) => item.conversationId === conversationId && !item.seen),
    /** `duplicate`: the server had it already (so its message was delivered before). */
    ack(id: string, duplicate: boolean) {
      const item = load().find((i) => i.id === id);
      if (!item) return;
      item.acked = true;
      if (duplicate) item.seen = true;
      save();
    },
    /** A visitor message with this client id arrived: that answer is now visible as sent. */
    seen(clientId: string) {
      const item = load().find((i) => i.id === clientId);
      if (item) item.seen = true;
      save();
    },
    /** The server refused it for good (e.g. the conversation is gone): forget it. */
    drop(id: string) {
      items = load().filter((item) => item.id !== id);
      save();
    },
    has: (id: string) => load().some((item) => item.id === id),
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
