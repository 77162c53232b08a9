import type { Import, ImportEntity, ImportMapping } from "@parley/protocol/imports";
import { conflict, forbidden, notFound } from "../../errors";
import { enqueueJob } from "../../jobs/enqueueJob";
import { parseJson, toJson } from "../../lib/json";
import type { AppContext } from "../../api/context";
import type { Actor } from "../auth/actor";
import { listFields } from "../fields/fieldStore";
import { checkMapping, importTargets } from "./importTargets";
import { FRESH_RUN, getImport } from "./importStore";
import { starterOf, starterWhoLostAccess } from "./importStarter";
import { lockImport } from "./lockImport";
import { IMPORT_JOB } from "./runImport";

/**
 * Starts a run of an uploaded file with a mapping: a dry run (nothing written, the same counts and
 * errors) or the real import. A file may be dry-run any number of times, and imported once; a
 * failed run may be started again. The previous run's counts and errors are cleared, and the job
 * is enqueued in the same transaction, naming its starter (each batch re-checks their access).
 */
export async function startImport(
  ctx: Pick<AppContext, "store" | "jobs">,
  actor: Actor,
  siteId: string,
  importId: string,
  input: { mapping: ImportMapping; dryRun: boolean },
): Promise<Import> {
  const { db, kind } = ctx.store;
  const starter = starterOf(actor);
  await db.transaction().execute(async (trx) => {
    // The request's access, re-read where it writes (each batch of the run checks it again).
    if (await starterWhoLostAccess(trx, starter, siteId))
      throw forbidden("This needs the permission people.manage on this site");
    const row = await lockImport(trx, kind, importId);
    if (!row || row.site_id !== siteId || row.status === "uploading") throw notFound("Import");
    if (row.status === "queued" || row.status === "running")
      throw conflict("This import is running; wait for it to finish");
    if (row.status === "done" && Number(row.dry_run) === 0)
      throw conflict("This file was imported already; upload it again to import it again");
    const columns = parseJson<string[]>(row.columns, []);
    checkMapping(
      row.entity as ImportEntity,
      columns,
      input.mapping,
      importTargets(row.entity as ImportEntity, await listFields(trx, siteId)),
    );
    await trx.deleteFrom("import_errors").where("import_id", "=", importId).execute();
    await trx
      .updateTable("imports")
      .set({
        mapping: toJson(input.mapping),
        dry_run: input.dryRun ? 1 : 0,
        status: "queued",
        ...FRESH_RUN,
      })
      .where("id", "=", importId)
      .execute();
    await enqueueJob(trx, {
      kind: IMPORT_JOB,
      payload: { importId, startedBy: starter },
      maxAttempts: 3,
    });
  });
  ctx.jobs.poke();
  return getImport(db, siteId, importId);
}
