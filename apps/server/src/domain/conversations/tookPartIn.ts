import type { ExpressionBuilder } from "kysely";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";

/** The user an actor acts for: themselves, or an API key's creator. */
export const actingUserId = (actor: Actor): string => (actor.kind === "user" ? actor.id : actor.createdBy);

/**
 * A where-clause for `conversations`: the ones the actor took part in (chat_participants), for
 * whoever holds conversations.view_own but not view_all.
 */
export const tookPartIn = (actor: Actor) => (eb: ExpressionBuilder<Database, "conversations">) =>
  eb.exists(
    eb
      .selectFrom("chat_participants")
      .select("chat_participants.user_id")
      .whereRef("chat_participants.conversation_id", "=", "conversations.id")
      .where("chat_participants.user_id", "=", actingUserId(actor)),
  );
