import type { WebhookSubscriptionWithSecret } from "@parley/protocol/webhooks";
import { useEffect, useRef } from "react";
import { Button } from "../../ui/Button";
import { CopyButton } from "../../ui/CopyButton";

/** A subscription's signing secret, shown this once (at creation or after a rotation). */
export function WebhookSecretPanel({
  shown,
  onDismiss,
}: {
  shown: WebhookSubscriptionWithSecret;
  onDismiss(): void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [shown.secret]);
  return (
    <section className="card secret-panel" aria-labelledby="webhook-secret-heading">
      <h3 id="webhook-secret-heading" ref={headingRef} tabIndex={-1}>
        Signing secret for {shown.subscription.url}
      </h3>
      <p className="notice notice-warning">
        <strong>Copy this secret now.</strong> It is shown only once. Your endpoint uses it to check the{" "}
        <code>X-Parley-Signature</code> header of every delivery; if you lose it, rotate the secret.
      </p>
      <div className="code-box">
        <code>{shown.secret}</code>
      </div>
      <div className="form-actions">
        <CopyButton text={shown.secret} label="Copy secret" primary />
        <Button variant="secondary" onPress={onDismiss}>
          I have stored it
        </Button>
      </div>
    </section>
  );
}
