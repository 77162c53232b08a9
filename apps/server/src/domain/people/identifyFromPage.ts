import type { Kysely } from "kysely";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { ActivityTable, Database } from "../../store/schema";
import { activityWebhookEvents, emitWebhookEvents } from "../webhooks/emitWebhookEvent";
import { identifyVisitor, type UnsavedAnswer } from "./identifyVisitor";
import { saveVisitorField } from "./saveVisitorField";

type Value = string | number | boolean;

/**
 * `Parley.identify(...)` / `setAttributes(...)`, inside the caller's transaction. An email joins the
 * person with that email; the other person fields go to the visitor's person. Unless `verified` (the
 * site's backend signed the email), a person known by email only gets empty fields filled, and an
 * answer that differs from a stored value lands on their timeline instead (`answer_not_saved`).
 * Attributes are kept on the visitor. Returns the anonymous person merged away, if any, for the
 * caller to announce after the commit.
 */
export async function identifyFromPage(
  db: Kysely<Database>,
  input: {
    siteId: string;
    visitorId: string;
    person?: Record<string, Value>;
    attributes?: Record<string, Value>;
    verified: boolean;
  },
): Promise<{ merged: { id: string; into: string } | null }> {
  const { siteId, visitorId } = input;
  const email = input.person?.email;
  const identified =
    typeof email === "string"
      ? await identifyVisitor(db, { siteId, visitorId, email, verified: input.verified })
      : null;
  const unsaved: UnsavedAnswer[] = identified?.unsaved ?? [];
  for (const [key, raw] of Object.entries(input.person ?? {})) {
    if (key === "email") continue;
    const value = typeof raw === "boolean" ? String(raw) : raw;
    const field = `person.${key}`;
    const saved = await saveVisitorField(db, { siteId, visitorId, field, value, overwrite: true });
    if (saved.unsaved) unsaved.push({ field, value: String(value) });
  }
  if (unsaved.length) await recordUnsaved(db, { siteId, visitorId, unsaved });
  if (input.attributes) {
    const visitor = await db
      .selectFrom("visitors")
      .select("attributes")
      .where("id", "=", visitorId)
      .executeTakeFirst();
    const attributes = parseJson<Record<string, unknown>>(visitor?.attributes ?? null, {});
    const custom = { ...(attributes.custom as Record<string, unknown> | undefined), ...input.attributes };
    await db
      .updateTable("visitors")
      .set({ attributes: toJson({ ...attributes, custom }) })
      .where("id", "=", visitorId)
      .execute();
  }
  return {
    merged: identified?.mergedFrom ? { id: identified.mergedFrom, into: identified.personId } : null,
  };
}

async function recordUnsaved(
  db: Kysely<Database>,
  input: { siteId: string; visitorId: string; unsaved: UnsavedAnswer[] },
): Promise<void> {
  const visitor = await db
    .selectFrom("visitors")
    .select("person_id")
    .where("id", "=", input.visitorId)
    .executeTakeFirstOrThrow();
  const at = nowIso();
  const rows: ActivityTable[] = input.unsaved.map((answer) => ({
    id: newId(),
    site_id: input.siteId,
    visitor_id: input.visitorId,
    person_id: visitor.person_id,
    type: "answer_not_saved",
    dialogue_id: null,
    dialogue_version: null,
    page_url: null,
    data: toJson({ ...answer, source: "identify" }),
    at,
  }));
  await db.insertInto("activities").values(rows).execute();
  await emitWebhookEvents(db, activityWebhookEvents(rows));
}
