import { Routing } from "@parley/flow/cards/routing";
import type { LiveChatSettings } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { Config } from "../../env";
import { nowIso } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import { queueMail } from "../../mail/queueMail";
import type { ConversationTable, Database, LiveChatTable } from "../../store/schema";
import { missedChatMail } from "./missedChatMail";
import { presentLiveChatRow } from "../chat/presentLiveChat";
import type { RoutingEffects } from "./routingEffects";
import { appendRoutingLog } from "./routingLog";
import { enqueueLiveChatResult } from "./runLiveChatResult";
import { visitorStatus } from "./visitorStatus";
import { emitLiveChatEvent } from "../webhooks/liveChatWebhookEvent";

/**
 * Nobody takes the chat: it ends with the fallback (the card then says its fallback text and maybe
 * offers a meeting), and, when the site wants it, the agents who were offered it (or the card's
 * team, when nobody was) get a missed-chat mail. A blocked visitor's chat is not "missed".
 */
export async function fallBackChat(
  trx: Kysely<Database>,
  effects: RoutingEffects,
  config: Pick<Config, "publicUrl">,
  input: {
    chat: LiveChatTable;
    conversation: ConversationTable;
    settings: LiveChatSettings;
    reason: string;
    missed: boolean;
  },
): Promise<LiveChatTable> {
  const { chat } = input;
  const now = nowIso();
  const updated: LiveChatTable = {
    ...chat,
    status: "fallback",
    ended_at: now,
    end_reason: "fallback",
    updated_at: now,
  };
  await trx
    .updateTable("live_chats")
    .set({ status: "fallback", ended_at: now, end_reason: "fallback", updated_at: now })
    .where("id", "=", chat.id)
    .execute();
  await appendRoutingLog(trx, chat, [{ kind: "fallback", detail: { reason: input.reason } }]);
  // A blocked visitor's chat is not missed: it falls back without the event.
  if (input.missed) await emitLiveChatEvent(trx, chat.id, "livechat.missed", { reason: input.reason });
  await enqueueLiveChatResult(trx, chat, "unavailable");
  effects.jobEnqueued();
  if (input.missed && input.settings.missedChatEmail) await mailMissed(trx, config, input.conversation, chat);
  effects.publish({
    channel: `site:${chat.site_id}`,
    name: "livechat.updated",
    data: await presentLiveChatRow(trx, updated),
  });
  effects.publish(visitorStatus(input.conversation.visitor_id, updated));
  if (chat.status === "queued") effects.queueChanged(chat.site_id);
  return updated;
}

async function mailMissed(
  trx: Kysely<Database>,
  config: Pick<Config, "publicUrl">,
  conversation: ConversationTable,
  chat: LiveChatTable,
): Promise<void> {
  const offered = await trx
    .selectFrom("chat_offers")
    .select("agent_id")
    .distinct()
    .where("chat_id", "=", chat.id)
    .where("origin", "!=", "transfer")
    .execute();
  let ids = offered.map((o) => o.agent_id);
  if (!ids.length) {
    const routing = Routing.safeParse(parseJson<unknown>(chat.routing, null));
    const cardTeam = routing.success && routing.data.strategy === "team" ? routing.data.teamId : undefined;
    const teamId = chat.team_id ?? cardTeam;
    if (teamId) {
      const members = await trx
        .selectFrom("team_members")
        .select("user_id")
        .where("team_id", "=", teamId)
        .execute();
      ids = members.map((m) => m.user_id);
    }
  }
  if (!ids.length) return;
  const [users, site, person] = await Promise.all([
    trx
      .selectFrom("users")
      .select(["id", "email", "name"])
      .where("id", "in", ids)
      .where("active", "=", 1)
      .execute(),
    trx.selectFrom("sites").select("name").where("id", "=", chat.site_id).executeTakeFirstOrThrow(),
    conversation.person_id
      ? trx
          .selectFrom("people")
          .select(["email", "first_name", "last_name"])
          .where("id", "=", conversation.person_id)
          .executeTakeFirst()
      : undefined,
  ]);
  const visitor = person
    ? [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email
    : null;
  for (const user of users)
    await queueMail(
      trx,
      missedChatMail({
        userId: user.id,
        to: user.email,
        name: user.name,
        siteName: site.name,
        visitor,
        pageUrl: conversation.page_url,
        publicUrl: config.publicUrl,
      }),
    );
}
