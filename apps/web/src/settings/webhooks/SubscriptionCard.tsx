import type {
  WebhookDelivery,
  WebhookSubscription,
  WebhookSubscriptionWithSecret,
} from "@parley/protocol/webhooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { DeliveryLog } from "./DeliveryLog";
import { SubscriptionForm } from "./SubscriptionForm";

/** One subscription: what it sends where, its actions, and its delivery log. */
export function SubscriptionCard({
  siteId,
  subscription,
  onSecret,
}: {
  siteId: string;
  subscription: WebhookSubscription;
  onSecret(shown: WebhookSubscriptionWithSecret): void;
}) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const base = `/api/sites/${siteId}/webhooks/${subscription.id}`;
  const refreshLog = () =>
    queryClient.invalidateQueries({ queryKey: queryKeys.site(siteId).webhookDeliveries(subscription.id) });
  const test = useMutation({
    mutationFn: () => apiRequest<WebhookDelivery>("POST", `${base}/test`),
    onSuccess: refreshLog,
  });
  const rotate = useMutation({
    mutationFn: () => apiRequest<WebhookSubscriptionWithSecret>("POST", `${base}/rotate-secret`),
    onSuccess: (shown) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.site(siteId).webhooks });
      onSecret(shown);
    },
  });
  const remove = useMutation({
    mutationFn: () => apiRequest("DELETE", base),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.site(siteId).webhooks }),
  });
  const headingId = `webhook-${subscription.id}`;
  const error = test.error ?? rotate.error ?? remove.error;

  if (editing)
    return (
      <SubscriptionForm
        siteId={siteId}
        subscription={subscription}
        onCancel={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
    );
  return (
    <section className="card webhook-card" aria-labelledby={headingId}>
      <div className="webhook-card-head">
        <div>
          <h3 id={headingId} className="webhook-url">
            {subscription.url}
          </h3>
          <p className="cell-sub">
            {subscription.description && <>{subscription.description} · </>}
            {subscription.eventTypes.length} event {subscription.eventTypes.length === 1 ? "type" : "types"} ·
            secret <code>{subscription.secretPrefix}…</code>
          </p>
        </div>
        <span className={`badge ${subscription.active ? "badge-success" : "badge-quiet"}`}>
          {subscription.active ? "Active" : "Inactive"}
        </span>
      </div>
      <p className="webhook-types-summary" title={subscription.eventTypes.join("\n")}>
        {subscription.eventTypes.map((t) => (
          <code key={t}>{t}</code>
        ))}
      </p>
      <div className="form-actions">
        <Button variant="secondary" onPress={() => setEditing(true)} aria-label={`Edit ${subscription.url}`}>
          Edit
        </Button>
        <Button
          variant="secondary"
          onPress={() => test.mutate()}
          disabled={test.isPending || !subscription.active}
          aria-label={`Send a test event to ${subscription.url}`}
        >
          Send test event
        </Button>
        <ConfirmButton
          label="Rotate secret"
          question="Rotate the secret? Deliveries are signed with the new one at once."
          ariaLabel={`Rotate the secret of ${subscription.url}`}
          pending={rotate.isPending}
          onConfirm={() => rotate.mutate()}
        />
        <ConfirmButton
          label="Delete"
          question="Delete this subscription and its delivery log?"
          ariaLabel={`Delete ${subscription.url}`}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error.message}
        </p>
      )}
      <DeliveryLog siteId={siteId} subscription={subscription} />
    </section>
  );
}
