import type { Role } from "@parley/protocol/roles";
import type { CreateUserBody, User } from "@parley/protocol/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";

const FIELDS = ["name", "email", "roleId", "password"];

export function CreateUserForm({ roles, onClose }: { roles: readonly Role[]; onClose(): void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [roleId, setRoleId] = useState("");
  const [password, setPassword] = useState("");
  const [created, setCreated] = useState<User | null>(null);

  const create = useMutation({
    mutationFn: (body: z.input<typeof CreateUserBody>) => apiRequest<User>("POST", "/api/users", body),
    onSuccess: (user) => {
      setCreated(user);
      setName("");
      setEmail("");
      setPassword("");
      void queryClient.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    create.mutate({ name, email, roleId, password });
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">Add a user</h3>
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
          options={roles.map((role) => ({ value: role.id, label: role.name }))}
          error={errors.roleId}
        />
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
      </div>
      <FormMessage
        error={create.error}
        fields={FIELDS}
        success={created ? `${created.name} can now sign in as ${created.email}.` : null}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? "Creating…" : "Create user"}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
