import type { InboxPage, InboxQuery } from "@parley/protocol/liveChat";
import { sql, type Kysely } from "kysely";
import { forbidden } from "../../errors";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { asciiLower, prefixRange } from "../people/prefixRange";
import { readSeekPage } from "../people/readSeekPage";
import { queuePositions } from "./queuePositions";
import { type OnlineVisitors, presentInboxRows, selectInboxRows } from "./selectInboxRows";
import { actingUserId, tookPartIn } from "./tookPartIn";

/**
 * The inbox's lists. mine: chats assigned to me that are not over, latest activity first. queue:
 * chats waiting for an agent on the site (routing, offered, queued), oldest request first, with
 * their queue position (livechat.answer or view_all). all: every conversation of the site, bot-only
 * ones too, newest first, with filters and a prefix search on the visitor's email or name; who
 * lacks conversations.view_all sees the ones they took part in. Keyset pages (readSeekPage).
 */
export async function listInbox(
  db: Kysely<Database>,
  visitors: OnlineVisitors,
  actor: Actor,
  siteId: string,
  query: InboxQuery,
): Promise<InboxPage> {
  const me = actingUserId(actor);
  let select = selectInboxRows(db, siteId);
  if (query.view === "mine") {
    select = select.where("lc.agent_id", "=", me).where("lc.status", "=", "assigned");
    return page(db, visitors, select, query, "conversations.updated_at", "desc");
  }
  if (query.view === "queue") {
    if (!actor.permissions.has("livechat.answer") && !actor.permissions.has("conversations.view_all"))
      throw forbidden("The queue is for agents who answer live chats");
    select = select.where("lc.status", "in", ["routing", "offered", "queued"]);
    return page(
      db,
      visitors,
      select,
      query,
      "conversations.started_at",
      "asc",
      await queuePositions(db, siteId),
    );
  }
  if (!actor.permissions.has("conversations.view_all")) select = select.where(tookPartIn(actor));
  if (query.kind === "live") select = select.where("lc.id", "is not", null);
  if (query.kind === "bot") select = select.where("lc.id", "is", null);
  if (query.chatStatus) select = select.where("lc.status", "=", query.chatStatus);
  if (query.dialogueId) select = select.where("conversations.dialogue_id", "=", query.dialogueId);
  if (query.from) select = select.where("conversations.started_at", ">=", new Date(query.from).toISOString());
  if (query.to) select = select.where("conversations.started_at", "<", new Date(query.to).toISOString());
  if (query.agentId) {
    const agentId = query.agentId;
    select = select.where((eb) =>
      eb.or([
        eb("lc.agent_id", "=", agentId),
        eb.exists(
          eb
            .selectFrom("chat_participants")
            .select("chat_participants.user_id")
            .whereRef("chat_participants.conversation_id", "=", "conversations.id")
            .where("chat_participants.user_id", "=", agentId),
        ),
      ]),
    );
  }
  if (query.q) {
    const { from, to } = prefixRange(asciiLower(query.q));
    const name = sql<string>`lower(coalesce(people.first_name, '') || ' ' || coalesce(people.last_name, ''))`;
    select = select.where((eb) =>
      eb.or([
        eb.and([
          eb(eb.fn("lower", ["people.email"]), ">=", from),
          eb(eb.fn("lower", ["people.email"]), "<", to),
        ]),
        eb.and([
          eb(eb.fn("lower", ["people.first_name"]), ">=", from),
          eb(eb.fn("lower", ["people.first_name"]), "<", to),
        ]),
        eb.and([
          eb(eb.fn("lower", ["people.last_name"]), ">=", from),
          eb(eb.fn("lower", ["people.last_name"]), "<", to),
        ]),
        eb.and([eb(name, ">=", from), eb(name, "<", to)]),
      ]),
    );
  }
  return page(db, visitors, select, query, "conversations.started_at", "desc");
}

async function page(
  db: Kysely<Database>,
  visitors: OnlineVisitors,
  select: ReturnType<typeof selectInboxRows>,
  query: InboxQuery,
  key: "conversations.updated_at" | "conversations.started_at",
  order: "asc" | "desc",
  positions?: Map<string, number>,
): Promise<InboxPage> {
  const { page: rows, nextCursor } = await readSeekPage(select, {
    key: sql.ref(key),
    id: sql.ref("conversations.id"),
    sort: `${query.view}:${key}`,
    order,
    limit: query.limit,
    cursor: query.cursor,
    keyOf: (row) => (key === "conversations.updated_at" ? row.updated_at : row.started_at),
  });
  return { items: await presentInboxRows(db, visitors, rows, positions), nextCursor };
}
