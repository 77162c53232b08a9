import type { BusEvent } from "@parley/protocol/events";
import type { Import } from "@parley/protocol/imports";
import { sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import type { Bus } from "../../bus/bus";
import { frozenClock, setClock } from "../../lib/clock";
import { toJson } from "../../lib/json";
import type { JobTable } from "../../store/schema";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { newSite } from "../../testing/factories";
import { runToEnd, uploadCsv } from "../../testing/importClient";
import { IMPORT_BATCH_ROWS, runImport } from "./runImport";
import { purgeImportFiles } from "./purgeImportFiles";

const ROWS = 100_000;
const peopleCsv = (rows: number, prefix: string) => {
  const lines = ["email,firstName,lastName"];
  for (let i = 1; i <= rows; i += 1) lines.push(`${prefix}${i}@example.com,First ${i},Last ${i}`);
  return `${lines.join("\n")}\n`;
};
const attempt = (attempts: number) => ({ attempts, max_attempts: 3 }) as JobTable;

let restoreClock: (() => void) | null = null;
afterEach(() => {
  restoreClock?.();
  restoreClock = null;
});

describeEachDatabase("the import job", (server) => {
  const peopleOf = async (siteId: string) =>
    Number(
      (
        await server()
          .parley.ctx.store.db.selectFrom("people")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("site_id", "=", siteId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it(
    `streams ${ROWS.toLocaleString("en")} rows through the real job, announcing its progress per batch`,
    { timeout: 300_000 },
    async () => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Big import");
      const up = await uploadCsv(admin, siteId, "people", peopleCsv(ROWS, "p"));
      expect(up.body.import).toMatchObject({ totalRows: ROWS, status: "uploaded" });
      const progress: Import[] = [];
      const stop = await server().parley.ctx.bus.subscribe(`site:${siteId}`, (event) => {
        if (event.name === "import.progress") progress.push(event.data);
      });
      const done = await runToEnd(server(), admin, siteId, up.body.import.id, up.body.suggested, false);
      await stop();
      expect(done).toMatchObject({
        status: "done",
        rowsProcessed: ROWS,
        counts: { created: ROWS, updated: 0, skipped: 0, failed: 0 },
      });
      expect(await peopleOf(siteId)).toBe(ROWS);
      // One event per committed batch, then the end: the bar moves in steps of a batch.
      const steps = progress.map((p) => p.rowsProcessed);
      expect(steps.length).toBe(ROWS / IMPORT_BATCH_ROWS + 1);
      expect(steps.slice(0, 3)).toEqual([500, 1000, 1500]);
      expect(progress.at(-1)).toMatchObject({ status: "done", rowsProcessed: ROWS });
    },
  );

  const queuedImport = async (csv: string) => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Resumed import");
    const up = await uploadCsv(admin, siteId, "people", csv);
    const id = up.body.import.id;
    // Queued as startImport leaves it, without its job: this test is the node that runs it.
    await server()
      .parley.ctx.store.db.updateTable("imports")
      .set({ status: "queued", mapping: toJson(up.body.suggested) })
      .where("id", "=", id)
      .execute();
    return { admin, siteId, id };
  };
  /** A bus on which the node dies after it has announced `batches` batches (their commits done). */
  const dyingBus = (batches: number): Bus => {
    let announced = 0;
    return {
      ...server().parley.ctx.bus,
      publish: async (_event: BusEvent) => {
        announced += 1;
        if (announced > batches) throw new Error("the node died");
      },
    };
  };

  it("a run that dies mid-file resumes after its last committed batch: nothing counted twice, duplicates still found", async () => {
    const rows = IMPORT_BATCH_ROWS * 3 + 10;
    // Row 1,505 (data row 1,504) repeats the first data row's email: a duplicate across the resume.
    const csv = peopleCsv(rows, "r").replace(`r1504@example.com`, "r1@example.com");
    const { admin, siteId, id } = await queuedImport(csv);
    const store = server().parley.ctx.store;
    await expect(runImport({ store, bus: dyingBus(2) }, { importId: id }, attempt(1))).rejects.toThrow(
      "the node died",
    );
    const midway = (await admin.get<Import>(`/api/sites/${siteId}/imports/${id}`)).body;
    expect(midway).toMatchObject({
      status: "running",
      rowsProcessed: 1500,
      counts: { created: 1500, failed: 0 },
    });
    expect(midway.error).toMatch(/the node died \(trying again\)/);
    expect(await peopleOf(siteId)).toBe(1500);

    await runImport({ store, bus: server().parley.ctx.bus }, { importId: id }, attempt(2));
    const done = (await admin.get<Import>(`/api/sites/${siteId}/imports/${id}`)).body;
    expect(done).toMatchObject({ status: "done", error: null, rowsProcessed: rows });
    expect(done.counts).toEqual({ created: rows - 1, updated: 0, skipped: 0, failed: 1 });
    expect(done.rowErrors).toEqual([{ row: 1505, message: "duplicate of row 2" }]);
    expect(await peopleOf(siteId)).toBe(rows - 1);
  });

  it("a run whose last attempt fails is marked failed with the reason, its committed batches counted", async () => {
    const { admin, siteId, id } = await queuedImport(peopleCsv(IMPORT_BATCH_ROWS + 5, "f"));
    const store = server().parley.ctx.store;
    await expect(runImport({ store, bus: dyingBus(0) }, { importId: id }, attempt(3))).rejects.toThrow();
    const failed = (await admin.get<Import>(`/api/sites/${siteId}/imports/${id}`)).body;
    expect(failed).toMatchObject({
      status: "failed",
      rowsProcessed: 500,
      counts: { created: 500 },
      error: "The import stopped: the node died",
    });
    expect(failed.finishedAt).not.toBeNull();
    // A failed run may be started again; it begins with fresh counts.
    const again = await runToEnd(server(), admin, siteId, id, ["email", "firstName", "lastName"], false);
    expect(again.counts).toEqual({ created: 5, updated: 0, skipped: 500, failed: 0 });
  });

  it("keeps an uploaded file a week after its import finished, then frees it; abandoned uploads go after a day", async () => {
    const clock = frozenClock("2026-05-04T10:00:00.000Z");
    restoreClock = setClock(clock);
    const admin = await server().admin();
    const siteId = await newSite(admin, "Purged import");
    const up = await uploadCsv(admin, siteId, "people", "email\nkeep@x.io\n");
    const id = up.body.import.id;
    await runToEnd(server(), admin, siteId, id, ["email"], true);
    const { db } = server().parley.ctx.store;
    await db
      .insertInto("imports")
      .values({
        ...(await db.selectFrom("imports").selectAll().where("id", "=", id).executeTakeFirstOrThrow()),
        id: `${id}-up`,
        status: "uploading",
      })
      .execute();
    const chunks = async (importId: string) =>
      (
        await db
          .selectFrom("import_chunks")
          .select(sql<number>`count(*)`.as("n"))
          .where("import_id", "=", importId)
          .executeTakeFirstOrThrow()
      ).n;

    clock.advance(6 * 24 * 3600_000);
    await purgeImportFiles(db);
    expect(Number(await chunks(id))).toBe(1);
    clock.advance(2 * 24 * 3600_000);
    await purgeImportFiles(db);
    expect(Number(await chunks(id))).toBe(0);
    expect(
      await db.selectFrom("imports").select("id").where("id", "=", `${id}-up`).executeTakeFirst(),
    ).toBeUndefined();
    // The import and its counts stay; another dry run has no file to read any more.
    const kept = await admin.get<Import>(`/api/sites/${siteId}/imports/${id}`);
    expect(kept.body.counts.created).toBe(1);
  });
});
