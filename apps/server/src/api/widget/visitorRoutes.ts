import { z } from "zod";
import { assertWithinLimit } from "../../domain/rateLimits/assertWithinLimit";
import { findSiteByKey, issueVisitor } from "../../domain/visitors/issueVisitor";
import { verifyVisitorToken } from "../../domain/visitors/visitorToken";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";

const VisitorBody = z.strictObject({
  siteKey: z.string().min(1).max(64),
  token: z.string().max(300).optional().describe("A token this browser got before, to keep its visitor id"),
});
const VisitorResponse = z.object({ visitorId: z.string(), token: z.string() });

export function visitorRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/widget/visitors",
    {
      schema: {
        summary: "Start or resume a visitor",
        description:
          "The widget's first call on a page: a visitor token (new, or the stored one again) for the site key, from an allowed domain. Public and rate limited.",
        tags: ["widget"],
        body: VisitorBody,
        response: { 200: VisitorResponse },
      },
      config: { examples: liveChatExamples.visitors, policy: "public", errors: [403, 404, 429] },
    },
    async (request, reply) => {
      const origin = request.headers.origin;
      // A browser that brings its own visitor back is not new; anyone else counts against their address.
      const known = request.body.token ? verifyVisitorToken(ctx.secretKey, request.body.token) : null;
      if (!known || known.siteId !== (await findSiteByKey(ctx.store.db, request.body.siteKey)).id)
        await assertWithinLimit(
          ctx.store.db,
          `new-visitor:${request.ip}`,
          ctx.config.limits.newVisitors,
          "new visitors from your address",
        );
      const visitor = await issueVisitor(ctx.store.db, ctx.secretKey, { ...request.body, origin });
      // The widget runs on customers' pages: answer their (allowed) origin.
      if (origin) reply.header("access-control-allow-origin", origin).header("vary", "Origin");
      return { visitorId: visitor.visitorId, token: visitor.token };
    },
  );
}
