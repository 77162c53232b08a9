import type { ReactElement } from "react";
import { Link } from "@tanstack/react-router";
import { EmptyState } from "../ui/EmptyState";

// Return types of components the route tree imports directly are spelled out (see routes/lazyPage.ts).
export function NotFoundPage(): ReactElement {
  return (
    <div className="page">
      <EmptyState title="Page not found" level={1}>
        <p>There is nothing at this address.</p>
        <Link className="button button-secondary" to="/">
          Go to the start page
        </Link>
      </EmptyState>
    </div>
  );
}
