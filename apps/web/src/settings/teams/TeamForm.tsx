import type { CreateTeamBody, Team } from "@parley/protocol/teams";
import type { User } from "@parley/protocol/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { errorFor, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import { MembersPicker } from "./MembersPicker";

interface TeamFormProps {
  /** The team to rename or re-staff; absent when creating one. */
  team?: Team;
  users: readonly User[];
  onDone(team: Team): void;
  onCancel(): void;
}

export function TeamForm({ team, users, onDone, onCancel }: TeamFormProps) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(team?.name ?? "");
  const [members, setMembers] = useState(() => new Set(team?.memberIds ?? []));

  const save = useMutation({
    mutationFn: (body: z.input<typeof CreateTeamBody>) =>
      team
        ? apiRequest<Team>("PATCH", `/api/teams/${encodeURIComponent(team.id)}`, body)
        : apiRequest<Team>("POST", "/api/teams", body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.teams });
      onDone(saved);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const savedMembers = team?.memberIds ?? [];
  useUnsavedChangesGuard(
    !save.isPending &&
      !save.isSuccess &&
      (name !== (team?.name ?? "") ||
        members.size !== savedMembers.length ||
        savedMembers.some((id) => !members.has(id))),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ name, memberIds: [...members] });
  };

  const headingId = `team-form-${team?.id ?? "new"}`;
  return (
    <form noValidate className="card form" onSubmit={submit} aria-labelledby={headingId}>
      <h3 id={headingId}>{team ? `Edit ${team.name}` : "New team"}</h3>
      <TextField
        label="Team name"
        required
        autoFocus
        value={name}
        onChange={setName}
        error={errors.name}
        className="field-narrow"
      />
      <MembersPicker
        users={users}
        selected={members}
        onChange={setMembers}
        error={errorFor(errors, "memberIds")}
      />
      <FormMessage error={save.error} fields={["name", "memberIds"]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : team ? "Save team" : "Create team"}
        </Button>
        <Button variant="secondary" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
