import type { CreatedApiKey } from "@parley/protocol/apiKeys";
import { useEffect, useRef } from "react";
import type { z } from "zod";
import { Button } from "../../ui/Button";
import { CopyButton } from "../../ui/CopyButton";

/** The new key's secret, shown this once, with a copy button and a clear warning. */
export function NewSecretPanel({
  created,
  onDismiss,
}: {
  created: z.infer<typeof CreatedApiKey>;
  onDismiss(): void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="card secret-panel" aria-labelledby="new-secret-heading">
      <h3 id="new-secret-heading" ref={headingRef} tabIndex={-1}>
        API key “{created.apiKey.name}” created
      </h3>
      <p className="notice notice-warning">
        <strong>Copy this secret now.</strong> It is shown only once: Parley stores only a hash of it. If you
        lose it, revoke the key and create a new one.
      </p>
      <div className="code-box">
        <code>{created.secret}</code>
      </div>
      <div className="form-actions">
        <CopyButton text={created.secret} label="Copy secret" primary />
        <Button variant="secondary" onPress={onDismiss}>
          I have stored it
        </Button>
      </div>
      <p className="field-hint">
        Send it as <code>Authorization: Bearer &lt;secret&gt;</code>.
      </p>
    </section>
  );
}
