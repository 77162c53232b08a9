import type { Role } from "@parley/protocol/roles";
import type { CreateUserBody, User } from "@parley/protocol/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { roleWithin } from "../roles/roleWithin";
import { ALL_SITES, type NamedSite, siteIdsOf } from "./siteAccess";
import { SiteAccessFields } from "./SiteAccessFields";

const FIELDS = ["name", "email", "roleId", "password", "siteIds"];

interface CreateUserFormProps {
  /** Invite by email (they choose their password from the mailed link) instead of setting a password. */
  invite?: boolean;
  roles: readonly Role[];
  sites: readonly NamedSite[];
  onClose(): void;
}

/** Adds a user with a password, or invites one by email: the same rules for name, role and sites. */
export function CreateUserForm({ invite = false, roles, sites, onClose }: CreateUserFormProps) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roleId, setRoleId] = useState("");
  const [password, setPassword] = useState("");
  const [access, setAccess] = useState(ALL_SITES);
  const [accessError, setAccessError] = useState<string | null>(null);
  const [created, setCreated] = useState<User | null>(null);

  const create = useMutation({
    mutationFn: (body: z.input<typeof CreateUserBody>) =>
      invite
        ? apiRequest<User>("POST", "/api/users/invite", { ...body, password: undefined })
        : apiRequest<User>("POST", "/api/users", body),
    onSuccess: (user) => {
      setCreated(user);
      setName("");
      setEmail("");
      setPassword("");
      setAccess(ALL_SITES);
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
  const errors = fieldErrorsOf(create.error);
  // The role alone does not count: it stays chosen after a user is created, for adding the next one.
  useUnsavedChangesGuard(
    !create.isPending &&
      (name.trim() !== "" ||
        email.trim() !== "" ||
        password !== "" ||
        access.mode !== ALL_SITES.mode ||
        access.chosen.size > 0),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const result = siteIdsOf(access);
    if ("error" in result) {
      create.reset();
      setAccessError(result.error);
      return;
    }
    setAccessError(null);
    create.mutate({ name, email, roleId, password, siteIds: result.siteIds });
  };

  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">{invite ? "Invite a user" : "Add a user"}</h3>
      <div className="form-grid">
        <TextField label="Name" required autoFocus value={name} onChange={setName} error={errors.name} />
        <TextField
          label="Email"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <SelectField
          label="Role"
          required
          value={roleId}
          onChange={setRoleId}
          placeholder="Choose a role"
          // Only roles whose permissions one holds can be given.
          options={roles
            .filter((role) => roleWithin(role, me.permissions))
            .map((role) => ({ value: role.id, label: role.name }))}
          error={errors.roleId}
        />
        {!invite && (
          <TextField
            label="Password"
            type="password"
            required
            autoComplete="new-password"
            hint="At least 10 characters. Share it securely; they can change it after signing in."
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
        )}
      </div>
      <SiteAccessFields
        legend="Site access"
        sites={sites}
        value={access}
        onChange={(next) => {
          setAccess(next);
          setAccessError(null);
        }}
        error={accessError ?? errorFor(errors, "siteIds")}
      />
      <FormMessage
        error={create.error}
        fields={FIELDS}
        success={
          created &&
          (invite
            ? `Invitation for ${created.email} queued: they choose their password from the mailed link (see Settings → Outbox).`
            : `${created.name} can now sign in as ${created.email}.`)
        }
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending
            ? invite
              ? "Inviting…"
              : "Creating…"
            : invite
              ? "Send invitation"
              : "Create user"}
        </Button>
        <Button variant="secondary" onPress={onClose}>
          Close
        </Button>
      </div>
    </form>
  );
}
