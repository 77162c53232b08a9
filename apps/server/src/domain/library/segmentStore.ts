import type { Segment } from "@parley/protocol/library";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { Database, SegmentTable } from "../../store/schema";
import { readConditionGroup } from "../dialogues/readConditionGroup";

type SegmentOut = z.infer<typeof Segment>;

const present = (row: SegmentTable): SegmentOut => ({
  id: row.id,
  siteId: row.site_id,
  name: row.name,
  conditions: parseJson<unknown>(row.conditions, null),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function listSegments(db: Kysely<Database>, siteId: string): Promise<SegmentOut[]> {
  return (
    await db.selectFrom("segments").selectAll().where("site_id", "=", siteId).orderBy("name").execute()
  ).map(present);
}

async function getRow(db: Kysely<Database>, siteId: string, id: string): Promise<SegmentTable> {
  const row = await db
    .selectFrom("segments")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Segment");
  return row;
}

async function assertNameFree(
  db: Kysely<Database>,
  siteId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  let q = db.selectFrom("segments").select("id").where("site_id", "=", siteId).where("name", "=", name);
  if (exceptId) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst())
    throw conflict(`A segment named "${name}" already exists`, fieldProblem("name", "is already taken"));
}

export async function createSegment(
  db: Kysely<Database>,
  siteId: string,
  input: { name: string; conditions: unknown },
): Promise<SegmentOut> {
  const conditions = readConditionGroup(input.conditions, "segment");
  await assertNameFree(db, siteId, input.name);
  const now = nowIso();
  const row: SegmentTable = {
    id: newId(),
    site_id: siteId,
    name: input.name,
    conditions: toJson(conditions),
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("segments").values(row).execute();
  return present(row);
}

export async function updateSegment(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: { name?: string; conditions?: unknown },
): Promise<SegmentOut> {
  await getRow(db, siteId, id);
  const conditions =
    patch.conditions === undefined ? undefined : readConditionGroup(patch.conditions, "segment");
  if (patch.name) await assertNameFree(db, siteId, patch.name, id);
  await db
    .updateTable("segments")
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(conditions !== undefined && { conditions: toJson(conditions) }),
      updated_at: nowIso(),
    })
    .where("id", "=", id)
    .execute();
  return present(await getRow(db, siteId, id));
}

export async function deleteSegment(db: Kysely<Database>, siteId: string, id: string): Promise<void> {
  await getRow(db, siteId, id);
  await db.deleteFrom("segments").where("id", "=", id).execute();
}
