import { useState } from "react";
import { useRoles } from "../../data/useRoles";
import { useSites } from "../../data/useSites";
import { useUsers } from "../../data/useUsers";
import { Button } from "../../ui/Button";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { CreateUserForm } from "./CreateUserForm";
import { UserRow } from "./UserRow";

export function UsersSection() {
  const users = useUsers();
  const roles = useRoles();
  const sites = useSites();
  const [adding, setAdding] = useState<"add" | "invite" | null>(null);

  return (
    <section className="section" aria-labelledby="users-heading">
      <SectionHeader
        id="users-heading"
        title="Users"
        description="Everyone who signs in to Parley. A user's role decides what they can do; their site access decides where."
        action={
          !adding && (
            <div className="form-actions">
              <Button variant="primary" onPress={() => setAdding("invite")}>
                Invite
              </Button>
              <Button variant="secondary" onPress={() => setAdding("add")}>
                Add user
              </Button>
            </div>
          )
        }
      />
      {adding && (
        <CreateUserForm
          key={adding}
          invite={adding === "invite"}
          roles={roles.data ?? []}
          sites={sites.data ?? []}
          onClose={() => setAdding(null)}
        />
      )}
      <QueryState query={users} what="users">
        {(list) => (
          <div className="table-wrap">
            <table className="table users-table">
              <caption className="visually-hidden">Users</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Sites</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((user) => (
                  <UserRow key={user.id} user={user} roles={roles.data ?? []} sites={sites.data ?? []} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
