import type { Kysely } from "kysely";
import { csvLine } from "../../lib/csv";
import { parseJson } from "../../lib/json";
import type { Database } from "../../store/schema";

const PAGE = 1000;

/**
 * The run's error file: the file's header with `row` and `error` columns added in front, then
 * each refused row as it was read, in file order — fix the cells, delete the two columns, import
 * it again. Read a page at a time; cells are formula-safe (csvCell).
 */
export async function* importErrorsCsv(
  db: Kysely<Database>,
  importId: string,
  columns: readonly string[],
): AsyncGenerator<string> {
  yield csvLine(["row", "error", ...columns]);
  for (let after = 0; ;) {
    const rows = await db
      .selectFrom("import_errors")
      .select(["row_no", "cells", "message"])
      .where("import_id", "=", importId)
      .where("row_no", ">", after)
      .orderBy("row_no")
      .limit(PAGE)
      .execute();
    if (rows.length)
      yield rows.map((r) => csvLine([r.row_no, r.message, ...parseJson<string[]>(r.cells, [])])).join("");
    if (rows.length < PAGE) return;
    after = Number(rows.at(-1)?.row_no);
  }
}
