import type { CannedResponse, CreateCannedResponseBody } from "@parley/protocol/liveChat";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { conflict, fieldProblem, notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import type { Database } from "../../store/schema";

type Input = z.output<typeof CreateCannedResponseBody>;

/** The site's canned responses, by shortcut (what the inbox's `/` menu lists). */
export async function listCannedResponses(
  db: Kysely<Database>,
  siteId: string,
  id?: string,
): Promise<CannedResponse[]> {
  let query = db
    .selectFrom("canned_responses")
    .select(["id", "shortcut", "title", "text", "updated_at"])
    .where("site_id", "=", siteId)
    .orderBy("shortcut");
  if (id) query = query.where("id", "=", id);
  return (await query.execute()).map(({ updated_at, ...r }) => ({ ...r, updatedAt: updated_at }));
}

async function assertShortcutFree(db: Kysely<Database>, siteId: string, shortcut: string, exceptId?: string) {
  let query = db
    .selectFrom("canned_responses")
    .select("id")
    .where("site_id", "=", siteId)
    .where("shortcut", "=", shortcut);
  if (exceptId) query = query.where("id", "!=", exceptId);
  if (await query.executeTakeFirst())
    throw conflict(
      `The shortcut /${shortcut} is already used by another canned response on this site`,
      fieldProblem("shortcut", "is already used by another canned response"),
    );
}

export async function createCannedResponse(
  db: Kysely<Database>,
  siteId: string,
  createdBy: string,
  input: Input,
): Promise<CannedResponse> {
  return db.transaction().execute(async (trx) => {
    await assertShortcutFree(trx, siteId, input.shortcut);
    const id = newId();
    const now = nowIso();
    await trx
      .insertInto("canned_responses")
      .values({ id, site_id: siteId, ...input, created_by: createdBy, created_at: now, updated_at: now })
      .execute();
    return (await listCannedResponses(trx, siteId, id))[0] as CannedResponse;
  });
}

export async function updateCannedResponse(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: Partial<Input>,
): Promise<CannedResponse> {
  return db.transaction().execute(async (trx) => {
    if (!(await listCannedResponses(trx, siteId, id)).length) throw notFound("Canned response");
    if (patch.shortcut !== undefined) await assertShortcutFree(trx, siteId, patch.shortcut, id);
    await trx
      .updateTable("canned_responses")
      .set({ ...patch, updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
    return (await listCannedResponses(trx, siteId, id))[0] as CannedResponse;
  });
}

export async function deleteCannedResponse(db: Kysely<Database>, siteId: string, id: string): Promise<void> {
  const result = await db
    .deleteFrom("canned_responses")
    .where("id", "=", id)
    .where("site_id", "=", siteId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound("Canned response");
}
