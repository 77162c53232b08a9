import { createRoute } from "@tanstack/react-router";
import { appLayoutRoute } from "../routes/appLayoutRoute";
import { lazyPage } from "../routes/lazyPage";
import { InboxSearch } from "./inboxSearch";

const inboxPage = lazyPage(() => import("./InboxPage"), "InboxPage");

/**
 * The agent inbox: the lists (filters in the URL's search), and with a conversation open, its path.
 * Both render the same page, so opening a conversation keeps the lists where they were.
 */
export const inboxRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/inbox",
  validateSearch: InboxSearch,
  component: inboxPage,
});

export const inboxConversationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: "/inbox/$conversationId",
  validateSearch: InboxSearch,
  component: inboxPage,
});

export const inboxRoutes = [inboxRoute, inboxConversationRoute] as const;
