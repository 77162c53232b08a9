import type { CreateDialogueBody, Dialogue, UpdateDialogueBody } from "@parley/protocol/dialogues";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { conflict, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database, DialogueTable } from "../../store/schema";
import { checkTargeting } from "./checkTargeting";
import { presentDialogue } from "./presentDialogue";
import { readDraft } from "./readDraft";
import { templateStream } from "./templateStream";

export async function listDialogues(
  db: Kysely<Database>,
  siteId: string,
  filter: { kind?: "dialogue" | "flow"; includeArchived?: boolean },
): Promise<Dialogue[]> {
  let q = db.selectFrom("dialogues").selectAll().where("site_id", "=", siteId);
  if (filter.kind) q = q.where("kind", "=", filter.kind);
  if (!filter.includeArchived) q = q.where("status", "!=", "archived");
  const rows = await q.orderBy("priority", "desc").orderBy("name").execute();
  return rows.map(presentDialogue);
}

export async function getDialogueRow(
  db: Kysely<Database>,
  siteId: string,
  id: string,
): Promise<DialogueTable> {
  const row = await db
    .selectFrom("dialogues")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Dialogue");
  return row;
}

export async function createDialogue(
  db: Kysely<Database>,
  siteId: string,
  input: z.output<typeof CreateDialogueBody>,
): Promise<Dialogue> {
  const now = nowIso();
  const row: DialogueTable = {
    id: newId(),
    site_id: siteId,
    kind: input.kind,
    name: input.name,
    description: input.description,
    status: "draft",
    priority: input.kind === "flow" ? 0 : input.priority,
    schedule_start: input.schedule.start,
    schedule_end: input.schedule.end,
    targeting: toJson(checkTargeting(input.targeting)),
    flow_settings: toJson(input.flowSettings),
    draft: toJson(templateStream(input.template)),
    published_version: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("dialogues").values(row).execute();
  return presentDialogue(row);
}

/** Edits the draft and settings. Published versions are immutable: a change takes effect at the next publish. */
export async function updateDialogue(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: z.output<typeof UpdateDialogueBody>,
): Promise<Dialogue> {
  const row = await getDialogueRow(db, siteId, id);
  if (row.status === "archived")
    throw conflict("This dialogue is archived; duplicate it to work on it again");
  await db
    .updateTable("dialogues")
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.priority !== undefined && row.kind === "dialogue" && { priority: patch.priority }),
      ...(patch.schedule !== undefined && {
        schedule_start: patch.schedule.start,
        schedule_end: patch.schedule.end,
      }),
      ...(patch.targeting !== undefined && { targeting: toJson(checkTargeting(patch.targeting)) }),
      ...(patch.flowSettings !== undefined && { flow_settings: toJson(patch.flowSettings) }),
      ...(patch.draft !== undefined && { draft: toJson(readDraft(patch.draft)) }),
      updated_at: nowIso(),
    })
    .where("id", "=", id)
    .execute();
  return presentDialogue(await getDialogueRow(db, siteId, id));
}

/** A new draft with the same stream and settings, named "… (copy)". */
export async function duplicateDialogue(db: Kysely<Database>, siteId: string, id: string): Promise<Dialogue> {
  const source = await getDialogueRow(db, siteId, id);
  const now = nowIso();
  const row: DialogueTable = {
    ...source,
    id: newId(),
    name: `${source.name} (copy)`.slice(0, 120),
    status: "draft",
    published_version: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("dialogues").values(row).execute();
  return presentDialogue(row);
}

/** Archived dialogues stop being shown (like unpublished) and leave the default lists; history is kept. */
export async function archiveDialogue(db: Kysely<Database>, siteId: string, id: string): Promise<Dialogue> {
  await getDialogueRow(db, siteId, id);
  await db
    .updateTable("dialogues")
    .set({ status: "archived", updated_at: nowIso() })
    .where("id", "=", id)
    .execute();
  return presentDialogue(await getDialogueRow(db, siteId, id));
}
