import type { WebhookDelivery, WebhookDeliveryStatus } from "@parley/protocol/webhooks";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { useWebhookDelivery } from "../../data/useWebhooks";
import { Button } from "../../ui/Button";
import { formatDate } from "../../ui/formatDate";
import { QueryState } from "../../ui/QueryState";

const STATUS: Record<WebhookDeliveryStatus, { label: string; badge: string }> = {
  pending: { label: "Pending", badge: "badge-info" },
  failed: { label: "Retrying", badge: "badge-warning" },
  delivered: { label: "Delivered", badge: "badge-success" },
  dead: { label: "Dead", badge: "badge-danger" },
};

/** One delivery of the log; expanded, its JSON body and every attempt. Replay for delivered or dead ones. */
export function DeliveryRow({
  siteId,
  delivery,
  canReplay,
}: {
  siteId: string;
  delivery: WebhookDelivery;
  canReplay: boolean;
}) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const replay = useMutation({
    mutationFn: () =>
      apiRequest<WebhookDelivery>("POST", `/api/sites/${siteId}/webhook-deliveries/${delivery.id}/replay`),
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.site(siteId).webhookDeliveries(delivery.subscriptionId),
      }),
  });
  const status = STATUS[delivery.status];
  const detailsId = `delivery-${delivery.id}`;
  const settled = delivery.status === "delivered" || delivery.status === "dead";
  return (
    <Fragment>
      <tr>
        <td data-label="Status">
          <span className={`badge ${status.badge}`}>{status.label}</span>
          {delivery.status === "failed" && delivery.nextAttemptAt && (
            <span className="cell-sub">next {formatDate(delivery.nextAttemptAt)}</span>
          )}
        </td>
        <td data-label="Event">
          <code>{delivery.type}</code>
        </td>
        <td data-label="Code">
          {delivery.lastStatusCode ?? "—"}
          {delivery.lastError && delivery.status !== "delivered" && (
            <span className="cell-sub">{delivery.lastError}</span>
          )}
        </td>
        <td data-label="Created">{formatDate(delivery.createdAt)}</td>
        <td data-label="Attempts">{delivery.attempts}</td>
        <td data-label="Duration">
          {delivery.responseTimeMs === null ? "—" : `${delivery.responseTimeMs} ms`}
        </td>
        <td className="cell-actions">
          <Button
            variant="secondary"
            aria-expanded={open}
            aria-controls={detailsId}
            onPress={() => setOpen(!open)}
          >
            {open ? "Hide" : "Details"}
          </Button>
          {settled && canReplay && (
            <Button
              variant="secondary"
              onPress={() => replay.mutate()}
              disabled={replay.isPending}
              aria-label={`Replay delivery ${delivery.id}`}
            >
              Replay
            </Button>
          )}
          {replay.error && (
            <span className="row-note text-error" role="alert">
              {replay.error.message}
            </span>
          )}
        </td>
      </tr>
      {open && (
        <tr id={detailsId} className="webhook-details-row">
          <td colSpan={7}>
            <DeliveryDetails siteId={siteId} delivery={delivery} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function DeliveryDetails({ siteId, delivery }: { siteId: string; delivery: WebhookDelivery }) {
  const detail = useWebhookDelivery(
    siteId,
    delivery.subscriptionId,
    delivery.id,
    `${delivery.status}:${delivery.attempts}`,
  );
  return (
    <QueryState query={detail} what="the delivery">
      {(data) => (
        <div className="webhook-details">
          <p className="cell-sub">
            Delivery id <code>{data.id}</code>
          </p>
          <h5>Payload</h5>
          <pre className="code-box webhook-payload">{JSON.stringify(data.payload, null, 2)}</pre>
          <h5>Attempts</h5>
          {data.attemptLog.length === 0 ? (
            <p className="field-hint">No attempt yet.</p>
          ) : (
            <ol className="webhook-attempts">
              {data.attemptLog.map((a) => (
                <li key={a.number}>
                  #{a.number} · {formatDate(a.at)} · {a.statusCode ?? "no answer"} · {a.durationMs} ms
                  {a.error && <> · {a.error}</>}
                  {a.responseExcerpt && <pre className="webhook-excerpt">{a.responseExcerpt}</pre>}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </QueryState>
  );
}
