import { useRoles } from "../../data/useRoles";
import { Link, useLocation, useParams, useSearch } from "@tanstack/react-router";
import { useSession } from "../../session/SessionContext";
import { EmptyState } from "../../ui/EmptyState";
import { QueryState } from "../../ui/QueryState";
import { SectionHeader } from "../SectionHeader";
import { RoleEditor } from "./RoleEditor";
import { RoleList } from "./RoleList";

/** /settings/roles (list), /settings/roles/new[?from=<id>] and /settings/roles/<id>. */
export function RolesSection() {
  const roles = useRoles();
  const { me } = useSession();
  const { roleId } = useParams({ strict: false });
  const { from } = useSearch({ strict: false });
  const creating = useLocation({ select: (location) => location.pathname === "/settings/roles/new" });

  return (
    <section className="section" aria-labelledby="roles-heading">
      <QueryState query={roles} what="roles">
        {(list) => {
          if (!roleId && !creating) {
            return (
              <>
                <SectionHeader
                  id="roles-heading"
                  title="Roles"
                  description="A role is a set of permissions. Default roles follow Parley's profiles; build custom ones for anything else."
                  // Roles are shared by every site: only those who reach every site create them.
                  action={
                    me.siteIds === null && (
                      <Link className="button button-primary" to="/settings/roles/new">
                        New role
                      </Link>
                    )
                  }
                />
                <RoleList roles={list} />
              </>
            );
          }
          if (creating) {
            const template = list.find((r) => r.id === from);
            return <RoleEditor key={`new-${template?.id ?? ""}`} template={template} />;
          }
          const role = list.find((r) => r.id === roleId);
          if (!role) {
            return (
              <EmptyState title="Role not found">
                <p>It may have been deleted.</p>
                <Link to="/settings/roles">All roles</Link>
              </EmptyState>
            );
          }
          return <RoleEditor key={role.id} role={role} />;
        }}
      </QueryState>
    </section>
  );
}
