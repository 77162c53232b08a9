import type { WebhookDelivery } from "@parley/protocol/webhooks";
import { WEBHOOK_TEST_TYPE } from "@parley/protocol/webhooks";
import type { AppContext } from "../../api/context";
import { conflict } from "../../errors";
import { nowIso } from "../../lib/clock";
import { deliveryRow, presentDelivery } from "./deliveryLog";
import { enqueueAttempt, enqueueDelivery } from "./enqueueDelivery";
import { subscriptionRow } from "./subscriptionStore";

/**
 * Manual replay of a delivered or dead delivery: one new attempt of the same delivery (same id, same
 * body, a fresh signature), due now. Its outcome is final: delivered, or dead again. Two replays at
 * once: one wins, the other is a conflict.
 */
export async function replayDelivery(
  ctx: Pick<AppContext, "store" | "jobs">,
  siteId: string,
  id: string,
): Promise<WebhookDelivery> {
  const replayed = await ctx.store.db.transaction().execute(async (trx) => {
    const row = await deliveryRow(trx, siteId, id);
    if (row.status !== "delivered" && row.status !== "dead")
      throw conflict("This delivery is still being attempted; replay it once it is delivered or dead", {
        reason: row.status,
      });
    const subscription = await subscriptionRow(trx, siteId, row.subscription_id);
    if (!subscription.active)
      throw conflict("This subscription is inactive: activate it to replay", {
        reason: "inactive",
      });
    const now = nowIso();
    const moved = await trx
      .updateTable("webhook_deliveries")
      .set({ status: "pending", max_attempts: row.attempts + 1, next_attempt_at: now, updated_at: now })
      .where("id", "=", row.id)
      .where("status", "=", row.status)
      .where("attempts", "=", row.attempts)
      .executeTakeFirst();
    if (moved.numUpdatedRows === 0n)
      throw conflict("This delivery was just replayed", { reason: "replayed" });
    await enqueueAttempt(trx, { deliveryId: row.id, attempt: row.attempts + 1 }, now);
    return deliveryRow(trx, siteId, id);
  });
  ctx.jobs.poke();
  return presentDelivery(replayed);
}

/** "Send test event": a `webhook.test` delivery to this subscription, one attempt, in its delivery log. */
export async function sendTestEvent(
  ctx: Pick<AppContext, "store" | "jobs">,
  siteId: string,
  subscriptionId: string,
): Promise<WebhookDelivery> {
  const delivery = await ctx.store.db.transaction().execute(async (trx) => {
    const subscription = await subscriptionRow(trx, siteId, subscriptionId);
    if (!subscription.active)
      throw conflict("This subscription is inactive: activate it to test it", {
        reason: "inactive",
      });
    const id = await enqueueDelivery(
      trx,
      subscription,
      {
        siteId,
        type: WEBHOOK_TEST_TYPE,
        at: nowIso(),
        data: { subscriptionId, message: "A test event from Parley: your endpoint is reachable." },
      },
      1,
    );
    return deliveryRow(trx, siteId, id);
  });
  ctx.jobs.poke();
  return presentDelivery(delivery);
}
