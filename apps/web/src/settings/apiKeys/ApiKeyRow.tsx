import type { ApiKey } from "@parley/protocol/apiKeys";
import { PERMISSION_LABELS, type Permission } from "@parley/protocol/permissions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { formatDate } from "../../ui/formatDate";
import { describeSiteAccess, type NamedSite } from "../users/siteAccess";

interface ApiKeyRowProps {
  apiKey: ApiKey;
  /** The sites the viewer can see; undefined while they load. */
  sites: readonly NamedSite[] | undefined;
}

export function ApiKeyRow({ apiKey, sites }: ApiKeyRowProps) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => apiRequest<ApiKey>("DELETE", `/api/api-keys/${encodeURIComponent(apiKey.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
  const revoked = apiKey.revokedAt !== null;
  const scopeLabels = apiKey.scopes.map((s) => PERMISSION_LABELS[s as Permission] ?? s);
  // Until the sites load, their names are unknown: saying "2 other sites" meanwhile would mislead.
  const siteText = apiKey.siteIds === null || sites ? describeSiteAccess(apiKey.siteIds, sites ?? []) : "…";

  return (
    <tr className={revoked ? "row-muted" : undefined}>
      <td data-label="Name">
        <span className="cell-title">{apiKey.name}</span>
        <code className="cell-sub">{apiKey.prefix}…</code>
      </td>
      <td data-label="Scopes">
        <span title={scopeLabels.join("\n")}>
          {apiKey.scopes.slice(0, 2).join(", ")}
          {apiKey.scopes.length > 2 && ` +${apiKey.scopes.length - 2} more`}
        </span>
      </td>
      <td data-label="Sites">{siteText}</td>
      <td data-label="Created">{formatDate(apiKey.createdAt)}</td>
      <td data-label="Last used">{formatDate(apiKey.lastUsedAt, "Never")}</td>
      <td data-label="Status">
        {revoked ? (
          <>
            {/* The date below the badge, so the status column stays narrow enough for the sites. */}
            <span className="badge badge-quiet">Revoked</span>
            <span className="cell-sub">{formatDate(apiKey.revokedAt)}</span>
          </>
        ) : (
          <span className="badge badge-success">Active</span>
        )}
        {revoke.error && (
          <span className="row-note text-error" role="alert">
            {revoke.error.message}
          </span>
        )}
      </td>
      <td className="cell-actions">
        {!revoked && (
          <ConfirmButton
            label="Revoke"
            question={`Revoke ${apiKey.name}? Calls using it will fail.`}
            ariaLabel={`Revoke ${apiKey.name}`}
            pending={revoke.isPending}
            onConfirm={() => revoke.mutate()}
          />
        )}
      </td>
    </tr>
  );
}
