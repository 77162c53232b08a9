import type { CreateApiKeyBody, CreatedApiKey } from "@parley/protocol/apiKeys";
import type { Permission } from "@parley/protocol/permissions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { PERMISSION_GROUPS } from "../../data/permissionGroups";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useSession } from "../../session/SessionContext";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { PermissionPicker } from "../PermissionPicker";

type Created = z.infer<typeof CreatedApiKey>;

/** Name and scopes of a new key. A key can only get scopes its creator holds (the server refuses others). */
export function CreateApiKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated(created: Created): void;
  onCancel(): void;
}) {
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState(() => new Set<string>());
  const [noScope, setNoScope] = useState(false);

  const create = useMutation({
    mutationFn: (body: z.input<typeof CreateApiKeyBody>) =>
      apiRequest<Created>("POST", "/api/api-keys", body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys });
      onCreated(created);
    },
  });
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNoScope(scopes.size === 0);
    if (scopes.size > 0) create.mutate({ name, scopes: [...scopes] as Permission[] });
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="create-key-heading">
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
      <FormMessage error={create.error} fields={["name", "scopes"]} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create key"}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
