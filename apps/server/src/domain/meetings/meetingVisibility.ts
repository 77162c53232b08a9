import type { Actor } from "../auth/actor";

/** The user an actor acts as: a key acts for its creator. */
export const actingUserId = (actor: Actor): string => (actor.kind === "user" ? actor.id : actor.createdBy);

/**
 * Who sees every meeting of the sites they reach: meeting managers, and those who see every
 * conversation (a meeting is one's outcome). A host without either sees the meetings they host.
 */
export const seesAllMeetings = (actor: Actor): boolean =>
  actor.permissions.has("meetings.manage") || actor.permissions.has("conversations.view_all");
