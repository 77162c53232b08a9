import { Link } from "@tanstack/react-router";
import { useSession } from "../session/SessionContext";
import { EmptyState } from "../ui/EmptyState";

/** The start page of a user whose role opens no area at all. */
export function WelcomePage() {
  const { me } = useSession();
  return (
    <div className="page">
      <EmptyState title={`Welcome, ${me.user.name}`} level={1}>
        <p>Your role, {me.user.roleName}, does not open any area yet. Ask an admin to give you a role.</p>
        <Link className="button button-secondary" to="/account/password">
          Change your password
        </Link>
      </EmptyState>
    </div>
  );
}
