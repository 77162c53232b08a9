import type { CreatedApiKey } from "@parley/protocol/apiKeys";
import type { z } from "zod";
import { SecretShownOnce } from "../../ui/SecretShownOnce";

/** The new key's secret, shown this once, with a copy button and a clear warning. */
export function NewSecretPanel({
  created,
  onDismiss,
}: {
  created: z.infer<typeof CreatedApiKey>;
  onDismiss(): void;
}) {
  return (
    <SecretShownOnce
      id="new-secret-heading"
      title={<>API key “{created.apiKey.name}” created</>}
      warning={
        <>
          <strong>Copy this secret now.</strong> It is shown only once: Parley stores only a hash of it. If
          you lose it, revoke the key and create a new one.
        </>
      }
      secret={created.secret}
      onDismiss={onDismiss}
    >
      <p className="field-hint">
        Send it as <code>Authorization: Bearer &lt;secret&gt;</code>.
      </p>
    </SecretShownOnce>
  );
}
