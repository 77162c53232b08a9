import type { CreateDialogueBody, Dialogue, UpdateDialogueBody } from "@parley/protocol/dialogues";
import { type Kysely, sql } from "kysely";
import type { z } from "zod";
import { AppError, conflict, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database, DialogueTable } from "../../store/schema";
import { checkTargeting } from "./checkTargeting";
import { type DialogueRowWithEditor, presentDialogue } from "./presentDialogue";
import { readDraft } from "./readDraft";
import { templateStream } from "./templateStream";

export async function listDialogues(
  db: Kysely<Database>,
  siteId: string,
  filter: { kind?: "dialogue" | "flow"; includeArchived?: boolean },
): Promise<Dialogue[]> {
  let q = withEditor(db).where("dialogues.site_id", "=", siteId);
  if (filter.kind) q = q.where("dialogues.kind", "=", filter.kind);
  if (!filter.includeArchived) q = q.where("dialogues.status", "!=", "archived");
  const rows = await q.orderBy("dialogues.priority", "desc").orderBy("dialogues.name").execute();
  return rows.map(presentDialogue);
}

/**
 * Dialogue rows with the name of the user who saved them last, and the published version's stream
 * (presentDialogue says whether the draft differs from it; card positions do not count).
 */
const withEditor = (db: Kysely<Database>) =>
  db
    .selectFrom("dialogues")
    .leftJoin("users", "users.id", "dialogues.updated_by")
    .leftJoin("dialogue_versions as published", (join) =>
      join
        .onRef("published.dialogue_id", "=", "dialogues.id")
        .onRef("published.version", "=", "dialogues.published_version"),
    )
    .selectAll("dialogues")
    .select("users.name as updated_by_name")
    .select("published.stream as published_stream");

export async function getDialogueRow(
  db: Kysely<Database>,
  siteId: string,
  id: string,
): Promise<DialogueRowWithEditor> {
  const row = await withEditor(db)
    .where("dialogues.site_id", "=", siteId)
    .where("dialogues.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Dialogue");
  return row;
}

export async function createDialogue(
  db: Kysely<Database>,
  siteId: string,
  input: z.output<typeof CreateDialogueBody>,
  editorId: string | null = null,
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
    draft_revision: 0,
    published_version: null,
    created_at: now,
    updated_at: now,
    updated_by: editorId,
  };
  await db.insertInto("dialogues").values(row).execute();
  return presentDialogue(await getDialogueRow(db, siteId, row.id));
}

/**
 * Edits the draft and settings. Published versions are immutable: a change takes effect at the next
 * publish. A new draft bumps `draft_revision`; with `draftRevision` given, the write only happens when
 * nobody saved since (checked by the UPDATE itself, so two parallel saves cannot both win).
 */
export async function updateDialogue(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: z.output<typeof UpdateDialogueBody>,
  editorId: string | null = null,
): Promise<Dialogue> {
  const row = await getDialogueRow(db, siteId, id);
  if (row.status === "archived")
    throw conflict("This dialogue is archived; duplicate it to work on it again");
  let update = db
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
      ...(patch.draft !== undefined && {
        draft: toJson(readDraft(patch.draft)),
        draft_revision: sql<number>`draft_revision + 1`,
      }),
      updated_at: nowIso(),
      updated_by: editorId,
    })
    .where("id", "=", id);
  if (patch.draftRevision !== undefined) update = update.where("draft_revision", "=", patch.draftRevision);
  const written = await update.executeTakeFirst();
  if (patch.draftRevision !== undefined && Number(written.numUpdatedRows) === 0) {
    const current = presentDialogue(await getDialogueRow(db, siteId, id));
    throw new AppError(
      "draft_conflict",
      `Someone else saved this dialogue since you opened it${current.updatedBy ? ` (${current.updatedBy.name})` : ""}`,
      { dialogue: current },
    );
  }
  return presentDialogue(await getDialogueRow(db, siteId, id));
}

/** A new draft with the same stream and settings, named "… (copy)". */
export async function duplicateDialogue(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  editorId: string | null = null,
): Promise<Dialogue> {
  const source = await getDialogueRow(db, siteId, id);
  const now = nowIso();
  const { updated_by_name: _editorName, published_stream: _published, ...sourceRow } = source;
  const row: DialogueTable = {
    ...sourceRow,
    id: newId(),
    draft_revision: 0,
    name: `${source.name} (copy)`.slice(0, 120),
    status: "draft",
    published_version: null,
    created_at: now,
    updated_at: now,
    updated_by: editorId,
  };
  await db.insertInto("dialogues").values(row).execute();
  return presentDialogue(await getDialogueRow(db, siteId, row.id));
}

/** Archived dialogues stop being shown (like unpublished) and leave the default lists; history is kept. */
export async function archiveDialogue(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  editorId: string | null = null,
): Promise<Dialogue> {
  await getDialogueRow(db, siteId, id);
  await db
    .updateTable("dialogues")
    .set({ status: "archived", updated_at: nowIso(), updated_by: editorId })
    .where("id", "=", id)
    .execute();
  return presentDialogue(await getDialogueRow(db, siteId, id));
}
