import { createRouter } from "@tanstack/react-router";
import { createQueryClient } from "../api/createQueryClient";
import { APP_BASE } from "./appBase";
import { routeTree } from "./routeTree";

/** The app's one query client: route guards and screens share its cache. */
export const queryClient = createQueryClient();

export const router = createRouter({
  routeTree,
  basepath: APP_BASE,
  context: { queryClient },
  defaultPreload: "intent",
  // Loaders read through the query cache, which has its own freshness rules.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
