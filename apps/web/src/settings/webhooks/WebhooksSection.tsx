import type { WebhookSubscriptionWithSecret } from "@parley/protocol/webhooks";
import { useState } from "react";
import { useWebhookSubscriptions } from "../../data/useWebhooks";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { QueryState } from "../../ui/QueryState";
import { SiteSection } from "../liveChat/SiteSection";
import { SubscriptionCard } from "./SubscriptionCard";
import { SubscriptionForm } from "./SubscriptionForm";
import { WebhookSecretPanel } from "./WebhookSecretPanel";
import "./webhooks.css";

/** /settings/webhooks: the selected site's subscriptions, each with its delivery log (docs/webhooks.md). */
export function WebhooksSection() {
  return (
    <SiteSection
      id="webhooks-heading"
      title="Webhooks"
      description={(name) =>
        `Parley POSTs signed JSON to your URLs when things happen on ${name}: activities, meetings, live chats. Failed deliveries are retried, then kept for replay.`
      }
      what="Webhooks appear here once there is a site."
    >
      {(siteId) => <SubscriptionsOfSite siteId={siteId} />}
    </SiteSection>
  );
}

function SubscriptionsOfSite({ siteId }: { siteId: string }) {
  const subscriptions = useWebhookSubscriptions(siteId);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<WebhookSubscriptionWithSecret | null>(null);
  return (
    <>
      {secret && <WebhookSecretPanel shown={secret} onDismiss={() => setSecret(null)} />}
      {creating ? (
        <SubscriptionForm
          siteId={siteId}
          onCancel={() => setCreating(false)}
          onSaved={(result) => {
            setCreating(false);
            if (result) setSecret(result);
          }}
        />
      ) : (
        <div className="form-actions">
          <Button
            variant="primary"
            onPress={() => {
              setSecret(null);
              setCreating(true);
            }}
          >
            Add subscription
          </Button>
        </div>
      )}
      <QueryState query={subscriptions} what="webhook subscriptions">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No webhook subscriptions yet">
              <p>Add one to send events to your CRM, data warehouse or automation tool.</p>
            </EmptyState>
          ) : (
            <ul className="webhook-list">
              {list.map((subscription) => (
                <li key={subscription.id}>
                  <SubscriptionCard siteId={siteId} subscription={subscription} onSecret={setSecret} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
