import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Button } from "./Button";
import { FormMessage } from "./FormMessage";

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for the loading text: "users". */
  what: string;
  children(data: T): ReactNode;
}

/** Renders a query's data, or a loading line, or its error with a retry button. */
export function QueryState<T>({ query, what, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        Loading {what}…
      </p>
    );
  }
  if (query.isError) {
    return (
      <div className="query-error">
        <FormMessage error={query.error} />
        <Button variant="secondary" onPress={() => query.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
