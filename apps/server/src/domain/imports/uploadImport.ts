import { IMPORT_MAX_BYTES, type ImportEntity, type ImportPreview } from "@parley/protocol/imports";
import type { Kysely } from "kysely";
import { AppError, badRequest } from "../../errors";
import { nowIso } from "../../lib/clock";
import { csvProblem, csvRecords } from "../../lib/csvRead";
import { newId } from "../../lib/ids";
import { toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { Actor } from "../auth/actor";
import { listFields } from "../fields/fieldStore";
import { importTargets, suggestMapping } from "./importTargets";
import { FRESH_RUN, getImport, importFileText } from "./importStore";

/** Characters of text per stored chunk. */
const CHUNK_CHARS = 256 * 1024;
const PREVIEW_ROWS = 5;

export interface UploadInput {
  entity: ImportEntity;
  fileName: string;
  /** The request body, as it arrives. */
  body: AsyncIterable<Buffer | string>;
}

const fileProblem = (message: string) => badRequest(message, [{ path: "/file", message }]);
const tooLarge = () =>
  new AppError("payload_too_large", `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MiB`);

/**
 * Takes an uploaded CSV file: streams it into the database a chunk at a time (UTF-8 checked as it
 * comes, the size limit enforced), then reads it back once to check it is CSV with a header row and
 * at least one row, and to count its rows. A file that fails any check leaves nothing behind.
 * Answers the import with its first rows and a suggested mapping.
 */
export async function uploadImport(
  db: Kysely<Database>,
  actor: Actor,
  siteId: string,
  input: UploadInput,
): Promise<ImportPreview> {
  const id = newId();
  await db
    .insertInto("imports")
    .values({
      id,
      site_id: siteId,
      entity: input.entity,
      file_name: input.fileName,
      file_bytes: 0,
      total_rows: 0,
      columns: "[]",
      mapping: null,
      dry_run: 0,
      status: "uploading",
      ...FRESH_RUN,
      created_by: actor.kind === "user" ? actor.id : actor.createdBy,
      created_at: nowIso(),
    })
    .execute();
  try {
    const bytes = await storeFile(db, id, input.body);
    if (bytes === 0) throw fileProblem("The file is empty");
    const { columns, rows, totalRows } = await readBack(db, id);
    const fields = await listFields(db, siteId);
    await db
      .updateTable("imports")
      .set({ status: "uploaded", file_bytes: bytes, total_rows: totalRows, columns: toJson(columns) })
      .where("id", "=", id)
      .execute();
    const targets = importTargets(input.entity, fields);
    return {
      import: await getImport(db, siteId, id),
      rows,
      suggested: suggestMapping(columns, targets),
      targets: targets.map(({ target, label }) => ({ target, label })),
    };
  } catch (error) {
    await db.deleteFrom("import_chunks").where("import_id", "=", id).execute();
    await db.deleteFrom("imports").where("id", "=", id).execute();
    throw error;
  }
}

/** Writes the body as UTF-8 text chunks; answers its size in bytes. */
async function storeFile(
  db: Kysely<Database>,
  id: string,
  body: AsyncIterable<Buffer | string>,
): Promise<number> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let bytes = 0;
  let seq = 0;
  let pending = "";
  const flush = async (all: boolean) => {
    while (pending.length >= CHUNK_CHARS || (all && pending.length > 0)) {
      const text = pending.slice(0, CHUNK_CHARS);
      pending = pending.slice(text.length);
      await db.insertInto("import_chunks").values({ import_id: id, seq, text }).execute();
      seq += 1;
    }
  };
  const decode = (piece?: Buffer) => {
    try {
      return piece ? decoder.decode(piece, { stream: true }) : decoder.decode();
    } catch {
      throw fileProblem(
        `The file is not UTF-8 text (near byte ${bytes}); save it as "CSV UTF-8" and upload it again`,
      );
    }
  };
  for await (const raw of body) {
    const piece = typeof raw === "string" ? Buffer.from(raw) : raw;
    bytes += piece.length;
    if (bytes > IMPORT_MAX_BYTES) throw tooLarge();
    pending += decode(piece);
    await flush(false);
  }
  pending += decode();
  await flush(true);
  return bytes;
}

/** The header, the first rows and the number of rows (blank lines left out), or why the file is refused. */
async function readBack(db: Kysely<Database>, id: string) {
  let columns: string[] | null = null;
  const rows: string[][] = [];
  let totalRows = 0;
  try {
    for await (const { cells } of csvRecords(importFileText(db, id))) {
      if (columns === null) {
        columns = cells.map((c) => c.trim());
        continue;
      }
      if (cells.every((c) => c.trim() === "")) continue;
      totalRows += 1;
      if (rows.length < PREVIEW_ROWS) rows.push(cells);
    }
  } catch (error) {
    const problem = csvProblem(error);
    throw problem ? fileProblem(problem) : error;
  }
  if (!columns || columns.every((c) => c === ""))
    throw fileProblem("The file has no header row: its first line must name the columns");
  const dataLike = columns.find((c) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c));
  if (dataLike)
    throw fileProblem(
      `The first line looks like data ("${dataLike}" is an email address): it must name the columns`,
    );
  if (totalRows === 0) throw fileProblem("The file has a header row but no rows to import");
  return { columns, rows, totalRows };
}
