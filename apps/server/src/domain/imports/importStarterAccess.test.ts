import type { Import } from "@parley/protocol/imports";
import pino from "pino";
import { expect, it } from "vitest";
import type { Bus } from "../../bus/bus";
import { JobQueue } from "../../jobs/jobQueue";
import type { ApiClient } from "../../testing/apiClient";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { bearerClient, newSite, PASSWORD } from "../../testing/factories";
import { uploadCsv } from "../../testing/importClient";
import { IMPORT_BATCH_ROWS, IMPORT_JOB, runImport } from "./runImport";

const ROWS = IMPORT_BATCH_ROWS * 2;
const peopleCsv = (prefix: string) => {
  const lines = ["email,firstName"];
  for (let i = 1; i <= ROWS; i += 1) lines.push(`${prefix}${i}@example.com,First ${i}`);
  return `${lines.join("\n")}\n`;
};

interface Starter {
  admin: ApiClient;
  siteId: string;
  userId: string;
  roleId: string;
  keyId: string;
  name: string;
  /** The user's session, or their API key's bearer client. */
  client: ApiClient;
}

/** What an admin does to the starter between the import's first and second batch. */
const revocations: [string, "session" | "key", (s: Starter) => Promise<{ status: number }>][] = [
  [
    "their role loses people.manage",
    "session",
    (s) => s.admin.patch(`/api/roles/${s.roleId}`, { permissions: ["people.view"] }),
  ],
  [
    "they are removed from the site",
    "session",
    (s) => s.admin.patch(`/api/users/${s.userId}`, { siteIds: [] }),
  ],
  ["they are deactivated", "session", (s) => s.admin.patch(`/api/users/${s.userId}`, { active: false })],
  ["the API key that started it is revoked", "key", (s) => s.admin.delete(`/api/api-keys/${s.keyId}`)],
];

// The server's own worker stays off: the test's runner drives the import's job, a batch at a time.
describeEachDatabase(
  "an import whose starter loses access",
  (server) => {
    let n = 0;
    const starter = async (via: "session" | "key"): Promise<Starter> => {
      const admin = await server().admin();
      const siteId = await newSite(admin, "Starter access");
      n += 1;
      const role = await admin.post<{ id: string }>("/api/roles", {
        name: `Importer ${n}`,
        permissions: ["people.view", "people.manage", "integrations.manage"],
      });
      const email = `importer${n}@example.com`;
      const name = `Iris Importer ${n}`;
      const user = await admin.post<{ id: string }>("/api/users", {
        email,
        name,
        password: PASSWORD,
        roleId: role.body.id,
        siteIds: [siteId],
      });
      const session = server().anonymous();
      await session.signIn(email, PASSWORD);
      const key = await session.post<{ apiKey: { id: string }; secret: string }>("/api/api-keys", {
        name: "CRM sync",
        scopes: ["people.manage"],
      });
      const client = via === "key" ? bearerClient(server(), key.body.secret) : session;
      return {
        admin,
        siteId,
        userId: user.body.id,
        roleId: role.body.id,
        keyId: key.body.apiKey.id,
        name,
        client,
      };
    };

    /**
     * Starts a real import as the starter, then runs its job on a runner whose bus waits, after the
     * first batch's announcement (its commit done), for `between` to finish: the second batch's
     * transaction begins only after it.
     */
    const importWith = async (s: Starter, between: () => Promise<unknown>): Promise<Import> => {
      const up = await uploadCsv(s.client, s.siteId, "people", peopleCsv("p"));
      const started = await s.client.post(`/api/sites/${s.siteId}/imports/${up.body.import.id}/start`, {
        mapping: up.body.suggested,
        dryRun: false,
      });
      expect(started.status).toBe(202);
      const { bus: realBus, store } = server().parley.ctx;
      let batches = 0;
      const bus: Bus = {
        ...realBus,
        publish: async (event) => {
          await realBus.publish(event);
          if (event.name === "import.progress" && ++batches === 1) await between();
        },
      };
      const runner = new JobQueue({ store, log: pino({ level: "silent" }) }).register(
        IMPORT_JOB,
        (payload, job) => runImport({ store, bus }, payload, job),
      );
      const settled: string[] = [];
      runner.onSettled((s) => settled.push(s.outcome));
      expect(await runner.runDue()).toBe(1);
      // Stopping for lost access is the run's end, not an error to retry.
      expect(settled).toEqual(["done"]);
      return (await s.admin.get<Import>(`/api/sites/${s.siteId}/imports/${up.body.import.id}`)).body;
    };
    const total = async (s: Starter) =>
      Number(
        (
          await server()
            .parley.ctx.store.db.selectFrom("people")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("site_id", "=", s.siteId)
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("runs to the end while the starter keeps their access", async () => {
      const s = await starter("session");
      const done = await importWith(s, async () => undefined);
      expect(done).toMatchObject({
        status: "done",
        error: null,
        rowsProcessed: ROWS,
        counts: { created: ROWS },
      });
      expect(await total(s)).toBe(ROWS);
    });

    it.each(revocations)(
      "stops as failed when %s, keeping the batches written before",
      async (_, via, revoke) => {
        const s = await starter(via);
        const stopped = await importWith(s, async () => expect((await revoke(s)).status).toBe(200));
        const who = via === "key" ? `the API key "CRM sync" of ${s.name}` : s.name;
        expect(stopped).toMatchObject({
          status: "failed",
          rowsProcessed: IMPORT_BATCH_ROWS,
          counts: { created: IMPORT_BATCH_ROWS, updated: 0, skipped: 0, failed: 0 },
          error: `The import stopped: ${who} can no longer manage people on this site; the 500 row(s) processed before stay imported. Someone who may manage people can start it again.`,
        });
        expect(stopped.finishedAt).not.toBeNull();
        expect(await total(s)).toBe(IMPORT_BATCH_ROWS);
        // Someone who still may manage people starts it again: the rows written stay, the rest come in.
        const again = await s.admin.post<Import>(`/api/sites/${s.siteId}/imports/${stopped.id}/start`, {
          mapping: stopped.mapping,
          dryRun: false,
        });
        expect(again.status).toBe(202);
        await server().parley.ctx.jobs.runDue();
        const resumed = (await s.admin.get<Import>(`/api/sites/${s.siteId}/imports/${stopped.id}`)).body;
        expect(resumed).toMatchObject({
          status: "done",
          counts: { created: IMPORT_BATCH_ROWS, skipped: IMPORT_BATCH_ROWS },
        });
        expect(await total(s)).toBe(ROWS);
      },
    );
  },
  { options: { jobs: { start: false } } },
);
