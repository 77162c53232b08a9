import type { CreateSiteBody, Site } from "@parley/protocol/sites";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { DomainListEditor } from "./DomainListEditor";
import { useDomainList } from "./useDomainList";

/** A new site needs a name; domains can be given now or later. */
export function CreateSiteForm({ onCreated, onCancel }: { onCreated(site: Site): void; onCancel(): void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const allowedDomains = useDomainList([]);

  const create = useMutation({
    mutationFn: (body: z.input<typeof CreateSiteBody>) => apiRequest<Site>("POST", "/api/sites", body),
    onSuccess: async (site) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.sites });
      onCreated(site);
    },
  });
  const errors = fieldErrorsOf(create.error);
  // While the request is out (and once it has succeeded) going to the new site is not "leaving".
  useUnsavedChangesGuard(
    !create.isPending &&
      !create.isSuccess &&
      (name.trim() !== "" || allowedDomains.values.length > 0 || allowedDomains.draft.trim() !== ""),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, allowedDomains: allowedDomains.commit() });
  };

  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby="create-site-heading">
      <h3 id="create-site-heading">New site</h3>
      <TextField
        label="Site name"
        required
        autoFocus
        hint="For you and your team, e.g. “Marketing website”."
        value={name}
        onChange={setName}
        error={errors.name}
        className="field-narrow"
      />
      <DomainListEditor
        label="Allowed domains"
        field="allowedDomains"
        list={allowedDomains}
        placeholder="example.com or *.example.com"
        hint="Where the snippet may run. You can change this later."
        errors={errors}
      />
      <FormMessage error={create.error} fields={["name", "allowedDomains"]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create site"}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
