import type {
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookSubscription,
} from "@parley/protocol/webhooks";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { queryString } from "../people/queryString";

/** The site's webhook subscriptions, oldest first. */
export function useWebhookSubscriptions(siteId: string) {
  return useQuery({
    queryKey: queryKeys.site(siteId).webhooks,
    queryFn: async () =>
      (await apiRequest<{ items: WebhookSubscription[] }>("GET", `/api/sites/${siteId}/webhooks`)).items,
  });
}

/** While a delivery is still being attempted, its log is read again this often. */
const LIVE_REFRESH_MS = 3000;

/** One subscription's delivery log, newest first, page by page; refreshed while something is in flight. */
export function useWebhookDeliveries(siteId: string, subscriptionId: string) {
  return useInfiniteQuery({
    queryKey: queryKeys.site(siteId).webhookDeliveries(subscriptionId),
    queryFn: ({ pageParam }) =>
      apiRequest<WebhookDeliveryPage>(
        "GET",
        `/api/sites/${siteId}/webhook-deliveries${queryString({ subscriptionId, limit: 20, cursor: pageParam })}`,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) =>
        p.items.some((d) => d.status === "pending" || d.status === "failed"),
      )
        ? LIVE_REFRESH_MS
        : false,
  });
}

/** One delivery with its body and attempts (read when its row is expanded). */
export function useWebhookDelivery(
  siteId: string,
  subscriptionId: string,
  deliveryId: string,
  version: string,
) {
  return useQuery({
    // The row's status and attempt count are in the key: a new attempt reads the detail again.
    queryKey: [...queryKeys.site(siteId).webhookDeliveries(subscriptionId), deliveryId, version],
    queryFn: () =>
      apiRequest<WebhookDeliveryDetail>("GET", `/api/sites/${siteId}/webhook-deliveries/${deliveryId}`),
  });
}
