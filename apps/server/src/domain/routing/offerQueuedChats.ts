import type { AppContext } from "../../api/context";

/**
 * Capacity may have freed on this site (a chat ended, an agent came online or toggled available):
 * offers the queued chats, first in first out, to whoever is eligible now.
 */
export async function offerQueuedChats(_ctx: AppContext, _siteId: string): Promise<void> {
  // TODO(helper routing): the queue (domain/routing).
}
