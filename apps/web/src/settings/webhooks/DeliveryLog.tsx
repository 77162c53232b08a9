import type { WebhookSubscription } from "@parley/protocol/webhooks";
import { useWebhookDeliveries } from "../../data/useWebhooks";
import { Button } from "../../ui/Button";
import { QueryState } from "../../ui/QueryState";
import { DeliveryRow } from "./DeliveryRow";

/** A subscription's deliveries, newest first: status, code, time, attempts, duration; rows expand. */
export function DeliveryLog({ siteId, subscription }: { siteId: string; subscription: WebhookSubscription }) {
  const deliveries = useWebhookDeliveries(siteId, subscription.id);
  const captionId = `webhook-log-${subscription.id}`;
  return (
    <div className="webhook-log">
      <h4 className="subheading" id={captionId}>
        Deliveries
      </h4>
      <QueryState query={deliveries} what="deliveries">
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0)
            return <p className="field-hint">Nothing sent yet. Send a test event to try it.</p>;
          return (
            <>
              <div className="table-wrap">
                <table className="table webhook-log-table" aria-labelledby={captionId}>
                  <thead>
                    <tr>
                      <th scope="col">Status</th>
                      <th scope="col">Event</th>
                      <th scope="col">Code</th>
                      <th scope="col">Created</th>
                      <th scope="col">Attempts</th>
                      <th scope="col">Duration</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((delivery) => (
                      <DeliveryRow
                        key={delivery.id}
                        siteId={siteId}
                        delivery={delivery}
                        canReplay={subscription.active}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              {deliveries.hasNextPage && (
                <Button
                  variant="secondary"
                  onPress={() => void deliveries.fetchNextPage()}
                  disabled={deliveries.isFetchingNextPage}
                >
                  Show older deliveries
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
