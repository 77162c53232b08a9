import { IdParams } from "@parley/protocol/common";
import { OutboxMail, OutboxMailSummary } from "@parley/protocol/mail";
import { z } from "zod";
import type { Actor } from "../../domain/auth/actor";
import { notFound } from "../../errors";
import { mayReadMailAbout } from "../../mail/mayReadMailAbout";
import { presentOutboxMail, presentOutboxSummary } from "../../mail/presentOutboxMail";
import type { App, AppContext } from "../context";
import { libraryExamples } from "../library/libraryExamples";

const tags = ["outbox"];
const OutboxQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** Settings → Outbox: every mail Parley sent or could not send (without SMTP_URL they wait here). */
export function outboxRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;

  app.get(
    "/api/outbox",
    {
      schema: {
        summary: "List sent mail",
        description:
          "Every mail Parley sent or could not send, newest first (without SMTP_URL they wait here).",
        tags,
        querystring: OutboxQuery,
        response: { 200: z.array(OutboxMailSummary) },
      },
      config: { examples: libraryExamples.outbox, policy: "users.manage" },
    },
    async (request) => {
      const rows = await db
        .selectFrom("outbox")
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(request.query.limit)
        .execute();
      return rows.map(presentOutboxSummary);
    },
  );

  app.get(
    "/api/outbox/:id",
    {
      schema: {
        summary: "Read one mail",
        tags,
        params: IdParams,
        response: { 200: OutboxMail },
        description:
          "One mail to read. The text of a mail about a user beyond the reader's rights (their role or sites) is withheld: its link would open their account.",
      },
      config: { examples: libraryExamples.mail, policy: "users.manage" },
    },
    async (request) => {
      const row = await db
        .selectFrom("outbox")
        .selectAll()
        .where("id", "=", request.params.id)
        .executeTakeFirst();
      if (!row) throw notFound("Mail");
      return presentOutboxMail(row, await mayReadMailAbout(db, request.actor as Actor, row.user_id));
    },
  );
}
