import { useEffect } from "react";
import { Link } from "@tanstack/react-router";
import { useSession } from "../session/SessionContext";
import { EmptyState } from "../ui/EmptyState";

/** Shown when the user opens, by URL, an area their role does not give them. */
export function AccessDeniedPage({ area }: { area: string }) {
  const { me } = useSession();
  useEffect(() => {
    document.title = `No access · Parley`;
  }, []);
  return (
    <div className="page">
      <EmptyState title={`You don't have access to ${area}`} level={1}>
        <p>
          Your role, {me.user.roleName}, does not include {area}. If you need it, ask an admin to change your
          role.
        </p>
        <Link className="button button-secondary" to="/">
          Go to the start page
        </Link>
      </EmptyState>
    </div>
  );
}
