import type { WebhookSubscriptionWithSecret } from "@parley/protocol/webhooks";
import { SecretShownOnce } from "../../ui/SecretShownOnce";

/** A subscription's signing secret, shown this once (at creation or after a rotation). */
export function WebhookSecretPanel({
  shown,
  onDismiss,
}: {
  shown: WebhookSubscriptionWithSecret;
  onDismiss(): void;
}) {
  return (
    <SecretShownOnce
      id="webhook-secret-heading"
      title={<>Signing secret for {shown.subscription.url}</>}
      warning={
        <>
          <strong>Copy this secret now.</strong> It is shown only once. Your endpoint uses it to check the{" "}
          <code>X-Parley-Signature</code> header of every delivery; if you lose it, rotate the secret.
        </>
      }
      secret={shown.secret}
      onDismiss={onDismiss}
    />
  );
}
