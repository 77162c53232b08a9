import type { Kysely } from "kysely";
import { z } from "zod";
import type { AppContext } from "../../api/context";
import { openSecret } from "../../calendar/secretBox";
import { PermanentJobError } from "../../jobs/jobErrors";
import { clock, nowIso } from "../../lib/clock";
import { newId } from "../../lib/ids";
import { postSignedJson, type SignedPostResult } from "../../net/postSignedJson";
import type { Database, WebhookDeliveryTable } from "../../store/schema";
import { enqueueAttempt } from "./enqueueDelivery";
import { DELIVERY_TIMEOUT_MS, retryDelayMs } from "./webhookRetry";
import { subscriptionSecretBinding } from "./webhookSecret";

const Payload = z.object({ deliveryId: z.string(), attempt: z.number().int().min(1) });

/** What the delivery log keeps of an answer's body. */
export const RESPONSE_EXCERPT_CHARS = 500;

/**
 * One attempt of a webhook delivery (job webhook.deliver): POSTs the delivery's fixed body, signed
 * with the subscription's secret, then, in one transaction, logs the attempt and moves the delivery:
 * delivered on a 2xx; otherwise failed with the next attempt scheduled (backoff with jitter), or dead
 * once its attempts are used up. A 3xx is a failure (redirects are not followed). The job runs only
 * while the delivery waits for exactly this attempt, so a job run twice (a node died after the call)
 * calls at most once more — receivers drop duplicates by the delivery id.
 */
export async function runWebhookDelivery(ctx: AppContext, payload: unknown): Promise<void> {
  const parsed = Payload.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("webhook delivery job payload is malformed");
  const { deliveryId, attempt } = parsed.data;
  const { db } = ctx.store;
  const row = await db
    .selectFrom("webhook_deliveries as d")
    .innerJoin("webhook_subscriptions as s", "s.id", "d.subscription_id")
    .selectAll("d")
    .select(["s.url", "s.secret", "s.active"])
    .where("d.id", "=", deliveryId)
    .executeTakeFirst();
  // Deleted with its subscription, already settled, or this attempt is not the one it waits for.
  if (!row || !waitsFor(row, attempt)) return;
  if (!row.active) {
    await settle(db, row, attempt, { status: "dead", error: "the subscription is inactive" });
    return;
  }
  const secret = signingSecret(ctx.secretKey, row);
  if (secret instanceof Error) {
    // Nothing to sign with (SECRET_KEY changed, or the row was altered): trying again would not help.
    await settle(db, row, attempt, {
      status: "dead",
      error: `${secret.message}; rotate the subscription's secret, then replay`,
    });
    return;
  }
  const answer = await postSignedJson(
    new URL(row.url),
    row.payload,
    secret,
    { "x-parley-delivery": row.id, "x-parley-event": row.event_type },
    { timeoutMs: DELIVERY_TIMEOUT_MS, ...ctx.webhook },
  );
  const error = failureOf(answer);
  const final = error === null || attempt >= row.max_attempts;
  const nextAt = final ? null : new Date(clock().now() + retryDelayMs(attempt, ctx.random)).toISOString();
  await db.transaction().execute(async (trx) => {
    const moved = await settle(trx, row, attempt, {
      status: error === null ? "delivered" : final ? "dead" : "failed",
      error,
      answer,
      nextAt,
    });
    if (!moved) return;
    await trx
      .insertInto("webhook_attempts")
      .values({
        id: newId(),
        delivery_id: row.id,
        number: attempt,
        at: nowIso(),
        status_code: answer.status ?? null,
        duration_ms: answer.durationMs,
        error,
        response_excerpt: answer.text ? answer.text.slice(0, RESPONSE_EXCERPT_CHARS) : null,
      })
      .execute();
    if (nextAt) await enqueueAttempt(trx, { deliveryId: row.id, attempt: attempt + 1 }, nextAt);
  });
}

function signingSecret(secretKey: string, row: { secret: string; subscription_id: string }): string | Error {
  try {
    return openSecret(
      secretKey,
      row.secret,
      subscriptionSecretBinding(row.subscription_id),
      "webhook signing secret",
    );
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

const waitsFor = (row: Pick<WebhookDeliveryTable, "status" | "attempts">, attempt: number) =>
  (row.status === "pending" || row.status === "failed") && row.attempts === attempt - 1;

/** Why an answer is not a delivery, or null for a 2xx. */
function failureOf(answer: SignedPostResult): string | null {
  if (answer.error !== undefined) return answer.error;
  const status = answer.status ?? 0;
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return `HTTP ${status}: redirects are not followed`;
  return `HTTP ${status}`;
}

/** Moves the delivery past `attempt`, only if it still waits for it; false when another run did. */
async function settle(
  db: Kysely<Database>,
  row: WebhookDeliveryTable,
  attempt: number,
  outcome: {
    status: WebhookDeliveryTable["status"];
    error: string | null;
    answer?: SignedPostResult;
    nextAt?: string | null;
  },
): Promise<boolean> {
  const now = nowIso();
  const result = await db
    .updateTable("webhook_deliveries")
    .set({
      status: outcome.status,
      attempts: outcome.answer ? attempt : row.attempts,
      next_attempt_at: outcome.nextAt ?? null,
      last_status_code: outcome.answer ? (outcome.answer.status ?? null) : row.last_status_code,
      last_error: outcome.error,
      response_time_ms: outcome.answer ? outcome.answer.durationMs : row.response_time_ms,
      delivered_at: outcome.status === "delivered" ? now : row.delivered_at,
      updated_at: now,
    })
    .where("id", "=", row.id)
    .where("attempts", "=", attempt - 1)
    .where("status", "in", ["pending", "failed"])
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
