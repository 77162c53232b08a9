import type { Permission } from "@parley/protocol/permissions";
import type { CreateRoleBody, Role } from "@parley/protocol/roles";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { usePermissionGroups } from "../../data/usePermissionGroups";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useSession } from "../../session/SessionContext";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { TextField } from "../../ui/TextField";
import { PermissionPicker } from "../PermissionPicker";
import { roleWithin } from "./roleWithin";

interface RoleEditorProps {
  /** The role to edit; absent when creating one. */
  role?: Role;
  /** A role to start a new one from ("Duplicate"). */
  template?: Role;
}

/** Creates or edits a custom role; shows a default role read-only, with a way to copy it. */
export function RoleEditor({ role, template }: RoleEditorProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const justCreated = useSearch({ strict: false }).created === true;
  const groups = usePermissionGroups();
  const { me } = useSession();
  // The server refuses these too: roles are shared by every site, and one shapes them only within one's own permissions.
  const locked =
    me.siteIds !== null
      ? "Roles are shared by every site, so only those who reach every site can change them."
      : role && !role.builtIn && !roleWithin(role, me.permissions)
        ? "This role has permissions you do not hold, so you cannot change it."
        : null;
  const readOnly = role?.builtIn === true || locked !== null;
  const [name, setName] = useState(role?.name ?? (template ? `${template.name} (copy)` : ""));
  const [selected, setSelected] = useState(
    // A copy keeps only what one may give.
    () =>
      new Set<string>(
        role?.permissions ?? template?.permissions.filter((p) => me.permissions.includes(p)) ?? [],
      ),
  );
  // A role just created arrives here with ?created=1: say so once.
  const [notice, setNotice] = useState(() => (justCreated ? "Role created." : null));

  const save = useMutation({
    mutationFn: (body: z.input<typeof CreateRoleBody>) =>
      role
        ? apiRequest<Role>("PATCH", `/api/roles/${encodeURIComponent(role.id)}`, body)
        : apiRequest<Role>("POST", "/api/roles", body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.roles });
      if (role) setNotice("Role saved.");
      else
        await navigate({
          to: "/settings/roles/$roleId",
          params: { roleId: result.id },
          search: { created: true },
          replace: true,
        });
    },
  });
  const remove = useMutation({
    mutationFn: () => apiRequest("DELETE", `/api/roles/${encodeURIComponent(role?.id ?? "")}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.roles });
      await navigate({ to: "/settings/roles" });
    },
  });
  const errors = fieldErrorsOf(save.error);
  // Compared with the role as saved (its query is read again after a save), or with the start of a new one.
  const [start] = useState(() => ({ name, permissions: [...selected].sort().join() }));
  const base = role ? { name: role.name, permissions: [...role.permissions].sort().join() } : start;
  useUnsavedChangesGuard(
    !readOnly &&
      !save.isPending &&
      !remove.isPending &&
      !(save.isSuccess && !role) &&
      (name !== base.name || [...selected].sort().join() !== base.permissions),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    save.mutate({ name, permissions: [...selected] as Permission[] });
  };

  const title = role ? role.name : "New role";
  return (
    <form noValidate className="form" onSubmit={submit} aria-labelledby="roles-heading">
      <p className="back-link">
        <Link to="/settings/roles">← All roles</Link>
      </p>
      <h2 id="roles-heading">{title}</h2>
      {locked !== null && <p className="notice notice-info">{locked}</p>}
      {locked === null && role?.builtIn === true && (
        <div className="notice notice-info">
          <p>Default roles cannot be changed. Duplicate this one to make a custom role from it.</p>
          <Link className="button button-secondary" to="/settings/roles/new" search={{ from: role.id }}>
            Duplicate role
          </Link>
        </div>
      )}
      {!readOnly && (
        <TextField
          label="Role name"
          required
          value={name}
          onChange={setName}
          error={errors.name}
          className="field-narrow"
        />
      )}
      <QueryState query={groups} what="permissions">
        {(list) => (
          <PermissionPicker
            groups={list}
            selected={selected}
            onChange={(next) => {
              setNotice(null);
              setSelected(next);
            }}
            disabled={readOnly}
            grantable={new Set(me.permissions)}
            notGrantableNote="you don't hold this"
            error={errorFor(errors, "permissions")}
          />
        )}
      </QueryState>
      {!readOnly && (
        <>
          <FormMessage error={save.error ?? remove.error} fields={["name", "permissions"]} success={notice} />
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={save.isPending}>
              {save.isPending ? "Saving…" : role ? "Save role" : "Create role"}
            </Button>
            {role && (
              <ConfirmButton
                label="Delete role"
                question={`Delete the role ${role.name}?`}
                pending={remove.isPending}
                onConfirm={() => remove.mutate()}
              />
            )}
          </div>
        </>
      )}
    </form>
  );
}
