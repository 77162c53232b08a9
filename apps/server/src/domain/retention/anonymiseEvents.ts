import type { Kysely } from "kysely";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database } from "../../store/schema";

/** What raw events may hold that a person typed or is: removed from their data when they are erased. */
export const PERSONAL_EVENT_KEYS = ["email", "phone", "value", "query"] as const;
/** The event types that carry one of those keys (domain/engine: email, phone, unsaved answer, search). */
const PERSONAL_EVENT_TYPES = ["email_given", "phone_given", "answer_not_saved", "answers_searched"];

export interface AnonymiseTarget {
  siteId: string;
  /** The erased person, whose id is replaced on every event (null: a visitor erasure; the person stays). */
  personId: string | null;
  visitorIds: readonly string[];
  /** Each conversation erased and its visitor. */
  conversations: readonly { id: string; visitorId: string }[];
}

/**
 * Raw events are what the reports count (and what the daily roll-ups are made of), so an erasure
 * keeps them but cuts them from the person: each erased visitor, conversation and the person get a
 * fresh random id (one per original, so "distinct visitors / conversations / people" counts stay
 * exactly the same) and the values they typed (email, phone, answers, searches) leave the event's
 * data. Nothing links the new ids back to anyone. Returns the events changed.
 */
export async function anonymiseEvents(trx: Kysely<Database>, target: AnonymiseTarget): Promise<number> {
  const { siteId } = target;
  const visitorIds = new Set(target.visitorIds);
  const visitorAlias = new Map([...visitorIds].map((id) => [id, newId()]));
  const personAlias = target.personId ? newId() : null;
  let changed = 0;
  const refs = new Set<string>();

  for (const [original, alias] of visitorAlias) {
    const result = await trx
      .updateTable("events")
      .set({ visitor_id: alias })
      .where("site_id", "=", siteId)
      .where("visitor_id", "=", original)
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows);
    refs.add(alias);
  }
  const conversationAliases: string[] = [];
  for (const conversation of target.conversations) {
    const visitorRef = visitorAlias.get(conversation.visitorId) ?? conversation.visitorId;
    refs.add(visitorRef);
    const alias = newId();
    conversationAliases.push(alias);
    const result = await trx
      .updateTable("events")
      .set({ conversation_id: alias })
      .where("site_id", "=", siteId)
      // Any erased visitor's events may name it (one person's browsers), besides its own visitor's.
      .where("visitor_id", "in", [...visitorAlias.values(), visitorRef])
      .where("conversation_id", "=", conversation.id)
      .executeTakeFirst();
    // Events of an erased visitor were counted above already.
    if (!visitorIds.has(conversation.visitorId)) changed += Number(result.numUpdatedRows);
  }
  if (refs.size === 0) return changed;
  const refList = [...refs];
  if (target.personId && personAlias)
    await trx
      .updateTable("events")
      .set({ person_id: personAlias })
      .where("site_id", "=", siteId)
      .where("visitor_id", "in", refList)
      .where("person_id", "=", target.personId)
      .execute();
  // What they typed: every event of an erased visitor, and of an erased conversation of another one.
  const visitorAliases = [...visitorAlias.values()];
  const personal = await trx
    .selectFrom("events")
    .select(["id", "data"])
    .where("site_id", "=", siteId)
    .where("visitor_id", "in", refList)
    .where("type", "in", PERSONAL_EVENT_TYPES)
    .where((eb) =>
      eb.or([
        ...(visitorAliases.length ? [eb("visitor_id", "in", visitorAliases)] : []),
        ...(conversationAliases.length ? [eb("conversation_id", "in", conversationAliases)] : []),
      ]),
    )
    .execute();
  for (const row of personal) {
    const data = parseJson<Record<string, unknown>>(row.data, {});
    if (!PERSONAL_EVENT_KEYS.some((key) => key in data)) continue;
    for (const key of PERSONAL_EVENT_KEYS) delete data[key];
    await trx
      .updateTable("events")
      .set({ data: toJson(data) })
      .where("id", "=", row.id)
      .execute();
  }
  return changed;
}
