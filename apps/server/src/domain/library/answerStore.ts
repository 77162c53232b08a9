import type { Answer } from "@parley/protocol/library";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import { nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { parseJson, toJson } from "../../lib/json";
import type { AnswerTable, Database } from "../../store/schema";
import { searchAnswers } from "@parley/flow/library/searchAnswers";

const present = (row: AnswerTable): Answer => ({
  id: row.id,
  siteId: row.site_id,
  question: row.question,
  answer: row.answer,
  keywords: parseJson<string[]>(row.keywords, []),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function listAnswers(db: Kysely<Database>, siteId: string): Promise<Answer[]> {
  const rows = await db
    .selectFrom("answers")
    .selectAll()
    .where("site_id", "=", siteId)
    .orderBy("question")
    .execute();
  return rows.map(present);
}

async function getRow(db: Kysely<Database>, siteId: string, id: string): Promise<AnswerTable> {
  const row = await db
    .selectFrom("answers")
    .selectAll()
    .where("site_id", "=", siteId)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("Answer");
  return row;
}

export async function createAnswer(
  db: Kysely<Database>,
  siteId: string,
  input: { question: string; answer: string; keywords: string[] },
): Promise<Answer> {
  const now = nowIso();
  const row: AnswerTable = {
    id: newId(),
    site_id: siteId,
    question: input.question,
    answer: input.answer,
    keywords: toJson(input.keywords),
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("answers").values(row).execute();
  return present(row);
}

export async function updateAnswer(
  db: Kysely<Database>,
  siteId: string,
  id: string,
  patch: { question?: string; answer?: string; keywords?: string[] },
): Promise<Answer> {
  await getRow(db, siteId, id);
  await db
    .updateTable("answers")
    .set({
      ...(patch.question !== undefined && { question: patch.question }),
      ...(patch.answer !== undefined && { answer: patch.answer }),
      ...(patch.keywords !== undefined && { keywords: toJson(patch.keywords) }),
      updated_at: nowIso(),
    })
    .where("id", "=", id)
    .execute();
  return present(await getRow(db, siteId, id));
}

export async function deleteAnswer(db: Kysely<Database>, siteId: string, id: string): Promise<void> {
  await getRow(db, siteId, id);
  await db.deleteFrom("answers").where("id", "=", id).execute();
}

/** The site's best-matching answers for a visitor's free-text question. */
export async function findAnswers(db: Kysely<Database>, siteId: string, query: string, limit: number) {
  return searchAnswers(await listAnswers(db, siteId), query, limit);
}
