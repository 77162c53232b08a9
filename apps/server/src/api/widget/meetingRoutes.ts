import {
  BookedMeeting,
  BookMeetingBody,
  DeclineMeetingBody,
  MeetingOfferView,
  SlotsQuery,
} from "@parley/protocol/meetings";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { bookMeeting } from "../../domain/meetings/bookMeeting";
import { declineMeetingOffer } from "../../domain/meetings/declineMeetingOffer";
import { readOfferView } from "../../domain/meetings/readOfferView";
import { assertOriginAllowed } from "../../domain/visitors/issueVisitor";
import { verifyVisitorToken } from "../../domain/visitors/visitorToken";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";
import { acceptTextPlainJson } from "../plugins/acceptTextPlainJson";

const OfferParams = z.strictObject({ offerId: z.string().min(1).max(64) });
const tags = ["widget"];

/**
 * The widget's meeting booking (product.md §6): the offer's slots in the visitor's zone, booking one,
 * declining. The visitor token is the credential (its visitor must own the offer's conversation).
 * Called from customers' pages: the site's allowed origins get CORS answers, and a text/plain JSON
 * body is accepted so the widget's POST is a simple request (no preflight), as identify's beacon is.
 */
export async function meetingRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    acceptTextPlainJson(scope);
    const typed = scope.withTypeProvider<ZodTypeProvider>();

    typed.get(
      "/api/widget/meetings/offers/:offerId",
      {
        schema: {
          summary: "A meeting offer's slots",
          description:
            "The free slots of the offer's hosts in the visitor's time zone; the visitor token is the credential.",
          tags,
          params: OfferParams,
          querystring: SlotsQuery,
          response: { 200: MeetingOfferView },
        },
        config: { examples: liveChatExamples.offerSlots, policy: "public", errors: [403] },
      },
      async (request, reply) => {
        await answerOrigin(ctx, request, reply, request.query.visitor);
        return readOfferView(ctx, {
          offerId: request.params.offerId,
          visitorToken: request.query.visitor,
          timeZone: request.query.tz,
        });
      },
    );

    typed.post(
      "/api/widget/meetings/offers/:offerId/book",
      {
        schema: {
          summary: "Book a slot",
          description:
            "Books one slot of the offer; a slot taken meanwhile is a 409 `slot_taken` with the offer as it is now (`details.offer`).",
          tags,
          params: OfferParams,
          body: BookMeetingBody,
          response: { 200: BookedMeeting },
        },
        config: { examples: liveChatExamples.book, policy: "public", errors: [403] },
      },
      async (request, reply) => {
        await answerOrigin(ctx, request, reply, request.body.visitor);
        return bookMeeting(ctx, request.params.offerId, request.body);
      },
    );

    typed.post(
      "/api/widget/meetings/offers/:offerId/decline",
      {
        schema: {
          summary: "Decline a meeting offer",
          description: "The visitor declines to book; the stream goes on by its `notBooked` edge.",
          tags,
          params: OfferParams,
          body: DeclineMeetingBody,
          response: { 200: MeetingOfferView },
        },
        config: { examples: liveChatExamples.declineOffer, policy: "public", errors: [403] },
      },
      async (request, reply) => {
        await answerOrigin(ctx, request, reply, request.body.visitor);
        return declineMeetingOffer(ctx, {
          offerId: request.params.offerId,
          visitorToken: request.body.visitor,
        });
      },
    );
  });
}

/**
 * A browser request from a page must come from one of the site's allowed domains (checked before
 * anything changes) and is answered with CORS headers for it. A bad token is left to the command
 * (404, as for any offer that is not the visitor's).
 */
async function answerOrigin(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, token: string) {
  const origin = request.headers.origin;
  const visitor = verifyVisitorToken(ctx.secretKey, token);
  if (!origin || !visitor) return;
  const site = await ctx.store.db
    .selectFrom("sites")
    .selectAll()
    .where("id", "=", visitor.siteId)
    .executeTakeFirst();
  if (!site) return;
  assertOriginAllowed(site, origin);
  reply.header("access-control-allow-origin", origin).header("vary", "Origin");
}
