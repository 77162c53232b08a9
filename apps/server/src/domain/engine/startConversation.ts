import type { Kysely } from "kysely";
import { AppError } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { ConversationTable, Database } from "../../store/schema";
import { type Advanced, advanceConversation } from "./advanceConversation";
import { ConversationState, newConversationState } from "./conversationState";
import type { EngineContext } from "./engineContext";
import { recordEvent } from "./recordEvent";
import { latestPageView } from "../visitors/latestPageView";

export interface StartInput {
  siteId: string;
  visitorId: string;
  dialogueId: string;
  clientId: string;
  pageUrl?: string;
  delivery: "popup" | "inline" | "chat";
  /** The widget's language; without it, the visitor's browser language, then the site's. */
  language?: string;
}

/**
 * Starts a visitor's run of a dialogue or flow and plays its first step. Repeating the same client
 * id returns the same conversation. An engaged visitor continues on the version they started.
 */
export async function startConversation(ctx: EngineContext, input: StartInput): Promise<Advanced> {
  const { db } = ctx.store;
  const existing = await findByClientId(db, input);
  if (existing && ConversationState.parse(parseJson(existing.state, null)).main.status !== "new") {
    return { conversation: existing, messages: [], duplicate: true };
  }
  const conversation = existing ?? (await create(db, input));
  return advanceConversation(
    ctx,
    conversation.id,
    { kind: "start" },
    {
      preamble: async (trx, conv) => {
        await recordEvent(trx, conv, "triggered", null, { delivery: conv.delivery });
        await trx
          .insertInto("visitor_dialogues")
          .values({
            visitor_id: conv.visitor_id,
            dialogue_id: conv.dialogue_id,
            version: conv.version,
            status: "triggered",
            updated_at: nowIso(),
          })
          // A dialogue shown again (the site's restart after N days, or a flow run anew) starts afresh.
          .onConflict((oc) =>
            oc
              .columns(["visitor_id", "dialogue_id"])
              .doUpdateSet({ status: "triggered", version: conv.version, updated_at: nowIso() })
              .where("visitor_dialogues.status", "in", ["completed", "dropped"]),
          )
          .execute();
      },
    },
  );
}

async function findByClientId(
  db: Kysely<Database>,
  input: StartInput,
): Promise<ConversationTable | undefined> {
  return db
    .selectFrom("conversations")
    .selectAll()
    .where("visitor_id", "=", input.visitorId)
    .where("start_client_id", "=", input.clientId)
    .executeTakeFirst();
}

async function create(db: Kysely<Database>, input: StartInput): Promise<ConversationTable> {
  const site = await db
    .selectFrom("sites")
    .select(["chat_enabled"])
    .where("id", "=", input.siteId)
    .executeTakeFirstOrThrow();
  if (site.chat_enabled !== 1) throw new AppError("conflict", "Chat is switched off on this site");
  const dialogue = await db
    .selectFrom("dialogues")
    .select(["id", "kind", "status", "published_version"])
    .where("id", "=", input.dialogueId)
    .where("site_id", "=", input.siteId)
    .executeTakeFirst();
  if (!dialogue) throw new AppError("not_found", "Dialogue not found");
  const pinned = await db
    .selectFrom("visitor_dialogues")
    .select(["version", "status"])
    .where("visitor_id", "=", input.visitorId)
    .where("dialogue_id", "=", input.dialogueId)
    .executeTakeFirst();
  const sticky = pinned?.status === "engaged" && dialogue.status !== "archived";
  if (!sticky && (dialogue.status !== "published" || dialogue.published_version === null)) {
    throw new AppError("conflict", "This dialogue is not published");
  }
  const now = nowIso();
  // Known (for the reports, the whole conversation): linked to a person with an email at its start.
  const person = await db
    .selectFrom("visitors")
    .leftJoin("people", "people.id", "visitors.person_id")
    .select(["visitors.person_id", "people.email"])
    .where("visitors.id", "=", input.visitorId)
    .executeTakeFirst();
  const row: ConversationTable = {
    id: newId(),
    site_id: input.siteId,
    visitor_id: input.visitorId,
    person_id: person?.person_id ?? null,
    dialogue_id: dialogue.id,
    version: sticky && pinned ? pinned.version : (dialogue.published_version as number),
    kind: dialogue.kind,
    delivery: input.delivery,
    status: "initiated",
    score: null,
    state: toJson(await stateWithSplits(db, input.visitorId, dialogue.id)),
    page_url: input.pageUrl ?? null,
    language: await conversationLanguage(db, input),
    start_client_id: input.clientId,
    last_seq: 0,
    started_at: now,
    updated_at: now,
    ended_at: null,
    branch: null,
    known: person?.email?.trim() ? 1 : 0,
  };
  await db
    .insertInto("conversations")
    .values(row)
    .onConflict((oc) => oc.columns(["visitor_id", "start_client_id"]).doNothing())
    .execute();
  // A concurrent start with the same client id may have won; use whichever row exists.
  return (await findByClientId(db, input)) ?? row;
}

/** A/B branches stick to the visitor: a split card they met before sends them the same way again. */
async function stateWithSplits(db: Kysely<Database>, visitorId: string, dialogueId: string) {
  const state = newConversationState();
  const assigned = await db
    .selectFrom("events")
    .select(["card_id", "data"])
    .where("visitor_id", "=", visitorId)
    .where("dialogue_id", "=", dialogueId)
    .where("type", "=", "split_assigned")
    .orderBy("at")
    .execute();
  for (const row of assigned) {
    const branchId = parseJson<{ branchId?: string }>(row.data, {}).branchId;
    if (row.card_id && branchId) state.main.splits[row.card_id] = branchId;
  }
  return state;
}

async function conversationLanguage(db: Kysely<Database>, input: StartInput): Promise<string | null> {
  if (input.language) return input.language;
  // The browser's language as of the visitor's latest page view, else as stored with the visitor.
  const visitor = await db
    .selectFrom("visitors")
    .select((eb) => ["attributes", latestPageView(eb, "attributes").as("viewAttributes")])
    .where("id", "=", input.visitorId)
    .executeTakeFirst();
  const fromBrowser = parseJson<{ language?: string }>(
    visitor?.viewAttributes ?? visitor?.attributes ?? null,
    {},
  ).language;
  if (fromBrowser) return fromBrowser;
  const site = await db
    .selectFrom("sites")
    .select("language")
    .where("id", "=", input.siteId)
    .executeTakeFirst();
  return site && site.language !== "auto" ? site.language : null;
}
