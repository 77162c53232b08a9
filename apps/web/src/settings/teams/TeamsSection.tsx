import { useState } from "react";
import { useTeams } from "../../data/useTeams";
import { useUsers } from "../../data/useUsers";
import { Button } from "../../ui/Button";
import { EmptyState } from "../../ui/EmptyState";
import { FormMessage } from "../../ui/FormMessage";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { TeamCard } from "./TeamCard";
import { TeamForm } from "./TeamForm";

/** Teams of agents: live chats and meetings are routed to teams. */
export function TeamsSection() {
  const teams = useTeams();
  const users = useUsers();
  /** "new", a team id being edited, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const userList = users.data ?? [];

  return (
    <section className="section" aria-labelledby="teams-heading">
      <SectionHeader
        id="teams-heading"
        title="Teams"
        description="Group agents into teams; routing rules send live chats and meetings to a team."
        action={
          editing !== "new" && (
            <Button
              variant="primary"
              onPress={() => {
                setNotice(null);
                setEditing("new");
              }}
            >
              New team
            </Button>
          )
        }
      />
      <FormMessage success={notice} />
      {editing === "new" && (
        <TeamForm
          users={userList}
          onCancel={() => setEditing(null)}
          onDone={(team) => {
            setEditing(null);
            setNotice(`Team ${team.name} created.`);
          }}
        />
      )}
      <QueryState query={teams} what="teams">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No teams yet">
              <p>Create a team to route live chats and meetings to a group of agents.</p>
            </EmptyState>
          ) : (
            <ul className="card-list">
              {list.map((team) =>
                editing === team.id ? (
                  <li key={team.id}>
                    <TeamForm
                      team={team}
                      users={userList}
                      onCancel={() => setEditing(null)}
                      onDone={(saved) => {
                        setEditing(null);
                        setNotice(`Team ${saved.name} saved.`);
                      }}
                    />
                  </li>
                ) : (
                  <TeamCard
                    key={team.id}
                    team={team}
                    users={userList}
                    onEdit={() => {
                      setNotice(null);
                      setEditing(team.id);
                    }}
                  />
                ),
              )}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
