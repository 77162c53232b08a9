import { z } from "zod";
import type { AppContext } from "../../api/context";
import { PermanentJobError } from "../../jobs/jobErrors";
import { readLiveChatSettings } from "../agents/readLiveChatSettings";
import { closeOffer } from "./closeOffer";
import { fallBackChat } from "./fallBackChat";
import { lockChat } from "./lockChat";
import { routeChat } from "./routeChat";
import { RoutingEffects } from "./routingEffects";

const RoutePayload = z.object({ chatId: z.string() });
const OfferPayload = z.object({ offerId: z.string() });
const QueuedPayload = z.object({ chatId: z.string(), queuedAt: z.string() });

function parse<T>(schema: z.ZodType<T>, payload: unknown): T {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new PermanentJobError("routing job payload is malformed");
  return parsed.data;
}

/**
 * The routing jobs, each one decision in one transaction, announced after its commit. Jobs run at
 * least once: each re-checks the chat or offer is still where it expects (a rerun changes nothing).
 */
export const runRoutingJobs = {
  /** A chat just requested: the whole pipeline. */
  async route(ctx: AppContext, payload: unknown): Promise<void> {
    const { chatId } = parse(RoutePayload, payload);
    const effects = new RoutingEffects();
    await ctx.store.db.transaction().execute(async (trx) => {
      const locked = await lockChat(trx, ctx.store.kind, chatId);
      if (locked?.chat.status === "routing") await routeChat(ctx, trx, effects, locked, "route");
    });
    await effects.flush(ctx);
  },

  /** An offer's accept timeout passed: if still open, the next agent. */
  async offerTimeout(ctx: AppContext, payload: unknown): Promise<void> {
    const { offerId } = parse(OfferPayload, payload);
    const effects = new RoutingEffects();
    await ctx.store.db.transaction().execute(async (trx) => {
      const offer = await trx
        .selectFrom("chat_offers")
        .selectAll()
        .where("id", "=", offerId)
        .executeTakeFirst();
      if (offer?.status !== "open") return;
      const locked = await lockChat(trx, ctx.store.kind, offer.chat_id);
      if (locked) await closeOffer(ctx, trx, effects, locked, offer, "timed_out");
    });
    await effects.flush(ctx);
  },

  /** A queued chat nobody took within `queueTimeoutMinutes`: the fallback. */
  async queueTimeout(ctx: AppContext, payload: unknown): Promise<void> {
    const { chatId, queuedAt } = parse(QueuedPayload, payload);
    const effects = new RoutingEffects();
    await ctx.store.db.transaction().execute(async (trx) => {
      const locked = await lockChat(trx, ctx.store.kind, chatId);
      if (!locked || locked.chat.status !== "queued" || locked.chat.queued_at !== queuedAt) return;
      const settings = await readLiveChatSettings(trx, locked.chat.site_id);
      await fallBackChat(trx, effects, ctx.config, {
        ...locked,
        settings,
        reason: "queue_timeout",
        missed: true,
      });
    });
    await effects.flush(ctx);
  },
};
