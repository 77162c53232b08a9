import type { CreateApiKeyBody, CreatedApiKey } from "@parley/protocol/apiKeys";
import type { Permission } from "@parley/protocol/permissions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { PERMISSION_GROUPS } from "../../data/permissionGroups";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { PermissionPicker } from "../PermissionPicker";
import { describeSiteAccess, INHERIT_SITES, type NamedSite, siteIdsOf } from "../users/siteAccess";
import { SiteAccessFields } from "../users/SiteAccessFields";

type Created = z.infer<typeof CreatedApiKey>;

const FIELDS = ["name", "scopes", "siteIds"];

const NO_KEY_SITE_CHOSEN = "Tick at least one site, or choose Same as mine.";

/**
 * Name, scopes and sites of a new key. A key can only get scopes its creator holds and sites its
 * creator reaches (the server refuses others); by default it gets the creator's sites.
 */
export function CreateApiKeyForm({
  sites,
  onCreated,
  onCancel,
}: {
  /** The sites the signed-in user can see: the ones a key may be limited to. */
  sites: readonly NamedSite[];
  onCreated(created: Created): void;
  onCancel(): void;
}) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState(() => new Set<string>());
  const [noScope, setNoScope] = useState(false);
  const [access, setAccess] = useState(INHERIT_SITES);
  const [accessError, setAccessError] = useState<string | null>(null);
  // Only one who reaches every site may give a key every site.
  const reachesAll = me.siteIds === null;

  const create = useMutation({
    mutationFn: (body: z.input<typeof CreateApiKeyBody>) =>
      apiRequest<Created>("POST", "/api/api-keys", body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys });
      onCreated(created);
    },
  });
  const errors = fieldErrorsOf(create.error);
  useUnsavedChangesGuard(
    !create.isPending &&
      !create.isSuccess &&
      (name.trim() !== "" || scopes.size > 0 || access.mode !== INHERIT_SITES.mode || access.chosen.size > 0),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sitesResult = siteIdsOf(access, NO_KEY_SITE_CHOSEN);
    setNoScope(scopes.size === 0);
    setAccessError("error" in sitesResult ? sitesResult.error : null);
    if (scopes.size === 0 || "error" in sitesResult) {
      create.reset();
      return;
    }
    // "Same as mine" sends no siteIds: the server gives the key the creator's sites.
    create.mutate({ name, scopes: [...scopes] as Permission[], siteIds: sitesResult.siteIds });
  };

  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby="create-key-heading">
      <h3 id="create-key-heading">New API key</h3>
      <TextField
        label="Name"
        required
        autoFocus
        hint="Say what uses it, e.g. “CRM sync”."
        value={name}
        onChange={setName}
        error={errors.name}
        className="field-narrow"
      />
      <h4 className="subheading">Scopes</h4>
      <p className="field-hint">
        The key can do only what these allow. You can grant only permissions you hold.
      </p>
      {/* The groups come from the shared protocol: GET /api/permissions needs users.manage, which key managers may lack. */}
      <PermissionPicker
        groups={PERMISSION_GROUPS}
        selected={scopes}
        onChange={(next) => {
          setNoScope(false);
          setScopes(next);
        }}
        grantable={new Set(me.permissions)}
        notGrantableNote="you don't hold this"
        error={noScope ? "Give the key at least one scope" : errorFor(errors, "scopes")}
      />
      <SiteAccessFields
        legend="Site access"
        sites={sites}
        value={access}
        onChange={(next) => {
          setAccess(next);
          setAccessError(null);
        }}
        inherit={{
          label: "Same as mine",
          hint: reachesAll
            ? "You reach every site, so the key will too"
            : `The sites you reach now: ${describeSiteAccess(me.siteIds, sites)}`,
        }}
        offerAll={reachesAll}
        error={accessError ?? errorFor(errors, "siteIds")}
      />
      <FormMessage error={create.error} fields={FIELDS} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create key"}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
