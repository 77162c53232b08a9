import type { ChatOffer, ChatOfferList, InboxItem } from "@parley/protocol/liveChat";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";

/** The open offers, and how far the server's clock is ahead of this browser's (for the countdowns). */
export interface OfferCache {
  items: ChatOffer[];
  clockOffsetMs: number;
}

/**
 * The chats offered to the signed-in user now, on every site (the new-chat banners). Realtime
 * `livechat.offer` / `livechat.offerClosed` add and remove entries; the offset stays from this read.
 */
export function useOffers(enabled = true) {
  return useQuery({
    queryKey: queryKeys.offers,
    enabled,
    queryFn: async (): Promise<OfferCache> => {
      const list = await apiRequest<z.infer<typeof ChatOfferList>>("GET", "/api/offers");
      const serverNow = list.now ? Date.parse(list.now) : Number.NaN;
      return { items: list.items, clockOffsetMs: Number.isNaN(serverNow) ? 0 : serverNow - Date.now() };
    },
  });
}

/** Accept (→ the chat's inbox row) or decline one offer; its banner goes once the server agreed. */
export function useAnswerOffer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ offer, answer }: { offer: ChatOffer; answer: "accept" | "decline" }) =>
      apiRequest<InboxItem | null>("POST", `/api/sites/${offer.siteId}/offers/${offer.offerId}/${answer}`),
    onSuccess: (_result, { offer }) =>
      client.setQueryData<OfferCache>(queryKeys.offers, (old) =>
        old ? { ...old, items: old.items.filter((o) => o.offerId !== offer.offerId) } : old,
      ),
    // Failed (taken meanwhile, expired): the banner shows why until the list read again drops it.
    onSettled: (_result, _error, { offer }) => {
      void client.invalidateQueries({ queryKey: queryKeys.offers });
      void client.invalidateQueries({ queryKey: queryKeys.site(offer.siteId).inboxLists });
      void client.invalidateQueries({ queryKey: queryKeys.agentProfile });
    },
  });
}
