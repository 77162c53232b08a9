import type { AgentSummary } from "@parley/protocol/liveChat";
import { type FormEvent, useState } from "react";
import { useAccountRoutes } from "../../data/useAccountRoutes";
import { isApiError } from "../../api/ApiError";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";

interface AccountRouteFormProps {
  siteId: string;
  agents: readonly AgentSummary[];
  onDone(domain: string): void;
  onCancel(): void;
}

/** Adds one entry to the account list: visitors from this domain go to this owner. */
export function AccountRouteForm({ siteId, agents, onDone, onCancel }: AccountRouteFormProps) {
  const { create } = useAccountRoutes(siteId);
  const [domain, setDomain] = useState("");
  const [ownerId, setOwnerId] = useState("");
  const [ownerMissing, setOwnerMissing] = useState(false);
  useUnsavedChangesGuard((domain.trim() !== "" || ownerId !== "") && !create.isPending && !create.isSuccess);
  const errors = fieldErrorsOf(create.error);
  // A domain already on the list answers 409: it belongs beside the domain field.
  const conflict = isApiError(create.error) && create.error.status === 409 ? create.error.message : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOwnerMissing(ownerId === "");
    if (ownerId === "") return;
    const typed = domain.trim().toLowerCase();
    create.mutate({ domain: typed, ownerId }, { onSuccess: () => onDone(typed) });
  };

  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby="account-route-new">
      <h3 id="account-route-new">Add an account</h3>
      <div className="field-row">
        <TextField
          label="Domain"
          autoFocus
          required
          placeholder="acme.com"
          value={domain}
          onChange={setDomain}
          error={errors.domain ?? conflict}
        />
        <SelectField
          label="Owner"
          placeholder="Choose an agent"
          value={ownerId}
          onChange={(value) => {
            setOwnerId(value);
            setOwnerMissing(false);
          }}
          options={agents.map((a) => ({ value: a.id, label: `${a.name} (${a.email})` }))}
          error={ownerMissing ? "Choose the account's owner" : errors.ownerId}
        />
      </div>
      <FormMessage error={conflict ? undefined : create.error} fields={["domain", "ownerId"]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add account"}
        </Button>
        <Button onPress={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
