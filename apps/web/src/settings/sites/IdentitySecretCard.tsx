import type { IdentitySecret, Site } from "@parley/protocol/sites";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { CopyButton } from "../../ui/CopyButton";
import { FormMessage } from "../../ui/FormMessage";

/**
 * The secret the site's own backend signs visitors' emails with (verified identity). Only site
 * managers reach this screen; the secret never goes to visitors.
 */
export function IdentitySecretCard({ site }: { site: Site }) {
  const queryClient = useQueryClient();
  const path = `/api/sites/${encodeURIComponent(site.id)}/identity-secret`;
  const queryKey = queryKeys.site(site.id).identitySecret;
  const secret = useQuery({ queryKey, queryFn: () => apiRequest<IdentitySecret>("GET", path) });
  const regenerate = useMutation({
    mutationFn: () => apiRequest<IdentitySecret>("POST", path),
    onSuccess: (fresh) => queryClient.setQueryData(queryKey, fresh),
  });

  return (
    <section className="card" aria-labelledby="identity-secret-heading">
      <h3 id="identity-secret-heading">Verified identity</h3>
      <p className="field-hint">
        Your backend signs a signed-in visitor&apos;s email with this secret (hex HMAC-SHA256 of the
        lower-cased email) and passes it as <code>signature</code> to <code>Parley.identify</code>. Only then
        may the visitor see and update what Parley knows about them. Keep it on your server.
      </p>
      <FormMessage
        error={secret.error ?? regenerate.error}
        success={
          regenerate.isSuccess ? "New secret made: signatures made with the old one no longer work." : null
        }
      />
      {secret.data && (
        <>
          <pre className="code-box" aria-label="Identity secret">
            <code>{secret.data.secret}</code>
          </pre>
          <div className="form-actions">
            <CopyButton text={secret.data.secret} label="Copy secret" />
            <ConfirmButton
              label="Regenerate"
              question="Make a new secret? Signatures made with the current one stop working."
              pending={regenerate.isPending}
              onConfirm={() => regenerate.mutate()}
            />
          </div>
        </>
      )}
    </section>
  );
}
