import { z } from "zod";
import { recordEvent } from "../../domain/engine/recordEvent";
import { verifyVisitorToken } from "../../domain/visitors/visitorToken";
import { AppError } from "../../errors";
import { parseJson } from "../../lib/json";
import type { App, AppContext } from "../context";

const ContentParams = z.strictObject({
  conversationId: z.string().min(1).max(64),
  cardId: z.string().min(1).max(64),
});
const ContentQuery = z.strictObject({ visitor: z.string().min(1).max(300) });

/**
 * The widget links a Content card's document through here: the visitor's open is recorded
 * (`content_opened` activity), then the browser is sent on to the document itself.
 */
export function contentRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/widget/content/:conversationId/:cardId",
    {
      schema: {
        summary: "Open a Content card's document",
        description: "Records the visitor's `content_opened` activity and redirects to the card's document.",
        tags: ["widget"],
        params: ContentParams,
        querystring: ContentQuery,
      },
      config: { policy: "public", errors: [404] },
    },
    async (request, reply) => {
      const visitor = verifyVisitorToken(ctx.secretKey, request.query.visitor);
      if (!visitor) throw new AppError("not_found", "Content not found");
      // The open and its webhook deliveries are written together: all of it, or none.
      const target = await ctx.store.db.transaction().execute(async (trx) => {
        const conv = await trx
          .selectFrom("conversations")
          .selectAll()
          .where("id", "=", request.params.conversationId)
          .executeTakeFirst();
        if (!conv || conv.visitor_id !== visitor.visitorId)
          throw new AppError("not_found", "Content not found");
        const offered = await trx
          .selectFrom("events")
          .select("data")
          .where("conversation_id", "=", conv.id)
          .where("card_id", "=", request.params.cardId)
          .where("type", "=", "content_offered")
          .executeTakeFirst();
        const url = parseJson<{ url?: string; title?: string }>(offered?.data ?? null, {});
        // Only a URL the stream itself offered: never an open redirect.
        if (!url.url || !/^https?:\/\//.test(url.url)) throw new AppError("not_found", "Content not found");
        await recordEvent(trx, conv, "content_opened", request.params.cardId, {
          url: url.url,
          title: url.title ?? null,
        });
        return url.url;
      });
      ctx.jobs.poke();
      return reply.redirect(target);
    },
  );
}
