import type { Team } from "@parley/protocol/teams";
import type { User } from "@parley/protocol/users";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../api/apiRequest";
import { queryKeys } from "../../api/queryKeys";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";

interface TeamCardProps {
  team: Team;
  users: readonly User[];
  onEdit(): void;
}

/** A team's name and members, with Edit and Delete. */
export function TeamCard({ team, users, onEdit }: TeamCardProps) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => apiRequest("DELETE", `/api/teams/${encodeURIComponent(team.id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.teams }),
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const members = team.memberIds.map((id) => byId.get(id)).filter((u): u is User => u !== undefined);

  return (
    <li className="card card-row">
      <div className="card-row-main">
        <h3 className="cell-title">{team.name}</h3>
        {members.length === 0 ? (
          <p className="cell-sub">No members yet.</p>
        ) : (
          <ul className="chips" aria-label={`Members of ${team.name}`}>
            {members.map((member) => (
              <li key={member.id} className={`chip${member.active ? "" : " chip-muted"}`}>
                {member.name}
              </li>
            ))}
          </ul>
        )}
        {remove.error && (
          <p className="text-error" role="alert">
            {remove.error.message}
          </p>
        )}
      </div>
      <div className="card-row-actions">
        <Button variant="secondary" onPress={onEdit} aria-label={`Edit ${team.name}`}>
          Edit
        </Button>
        <ConfirmButton
          label="Delete"
          question={`Delete ${team.name}?`}
          ariaLabel={`Delete ${team.name}`}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </div>
    </li>
  );
}
