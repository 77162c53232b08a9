import { PERMISSION_LABELS, type Permission } from "@parley/protocol/permissions";
import type { Role } from "@parley/protocol/roles";
import { useUsers } from "../../data/useUsers";
import { Link } from "@tanstack/react-router";

/** Roles as cards: name, default or custom, how many users hold it, what it allows. */
export function RoleList({ roles }: { roles: readonly Role[] }) {
  const users = useUsers();
  const holders = (roleId: string) => users.data?.filter((u) => u.active && u.roleId === roleId).length;

  return (
    <ul className="card-list">
      {roles.map((role) => {
        const count = holders(role.id);
        const preview = role.permissions
          .slice(0, 3)
          .map((p) => PERMISSION_LABELS[p as Permission] ?? p)
          .join(", ");
        return (
          <li key={role.id} className="card card-row">
            <div className="card-row-main">
              <p className="cell-title">
                <Link to="/settings/roles/$roleId" params={{ roleId: role.id }}>
                  {role.name}
                </Link>
                <span className={`badge ${role.builtIn ? "badge-quiet" : "badge-info"}`}>
                  {role.builtIn ? "Default" : "Custom"}
                </span>
              </p>
              <p className="cell-sub">
                {role.permissions.length === 0
                  ? "No permissions"
                  : `${preview}${role.permissions.length > 3 ? ` and ${role.permissions.length - 3} more` : ""}`}
              </p>
            </div>
            {count !== undefined && (
              <p className="card-row-meta">
                {count} {count === 1 ? "user" : "users"}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
