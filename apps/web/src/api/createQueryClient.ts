import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError } from "./ApiError";
import { queryKeys } from "./queryKeys";

/**
 * The app's query client. A 401 anywhere means the session ended (expired, signed out elsewhere,
 * password changed): forget Me, which sends the user to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!isApiError(error)) return;
    if (error.status === 401 && error.code === "unauthenticated") client.setQueryData(queryKeys.me, null);
    // A stale CSRF token (the session changed in another tab): reload Me, and with it the token.
    // The write is not retried: the session may now belong to someone else.
    if (error.code === "csrf_failed") void client.invalidateQueries({ queryKey: queryKeys.me });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A refusal (4xx) will not change by asking again; network and server errors may.
        retry: (failures, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return client;
}
