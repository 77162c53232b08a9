import { z } from "zod";
import { identifyFromPage } from "../../domain/people/identifyFromPage";
import { assertOriginAllowed, findSiteByKey } from "../../domain/visitors/issueVisitor";
import { identitySignatureMatches } from "../../domain/visitors/identitySignature";
import { verifyVisitorToken } from "../../domain/visitors/visitorToken";
import { AppError } from "../../errors";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";
import { acceptTextPlainJson } from "../plugins/acceptTextPlainJson";

const Value = z.union([z.string().max(2000), z.number(), z.boolean()]);
const FieldKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,62}$/);

const IdentifyBody = z.strictObject({
  site: z.string().min(1).max(64),
  visitor: z.string().min(1).max(300),
  person: z.record(FieldKey, Value).optional(),
  attributes: z.record(FieldKey, Value).optional(),
  /** Verified identity: hex HMAC-SHA256 of the normalised email under the site's identity secret. */
  signature: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "must be a hex HMAC-SHA256")
    .optional(),
});

/**
 * `Parley.identify(...)` and `Parley.setAttributes(...)` from the widget. Sent with
 * navigator.sendBeacon, so the body arrives as text/plain JSON (a simple CORS request, no preflight).
 * The work is identifyFromPage's; a `signature` (verified identity) must match the email, or nothing
 * changes.
 */
export async function identifyRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    acceptTextPlainJson(scope);
    scope.post(
      "/api/widget/identify",
      {
        schema: {
          summary: "Identify the visitor",
          description:
            "`Parley.identify(...)` / `Parley.setAttributes(...)` from the page: links the visitor to a person by email and saves attributes; with a `signature` (verified identity) it must match the email (401 otherwise). Sent as a beacon, so text/plain JSON is accepted.",
          tags: ["widget"],
          body: IdentifyBody,
        },
        config: { examples: liveChatExamples.identify, policy: "public", errors: [401] },
      },
      async (request, reply) => {
        const body = request.body as z.infer<typeof IdentifyBody>;
        const { db } = ctx.store;
        const site = await findSiteByKey(db, body.site);
        assertOriginAllowed(site, request.headers.origin);
        const token = verifyVisitorToken(ctx.secretKey, body.visitor);
        if (!token || token.siteId !== site.id)
          throw new AppError("unauthenticated", "This visitor token is not valid");
        const email = body.person?.email;
        if (email !== undefined && (typeof email !== "string" || !z.email().safeParse(email).success)) {
          throw new AppError("validation_failed", "person.email must be a valid email address");
        }
        const signature = body.signature;
        if (signature !== undefined) {
          if (typeof email !== "string")
            throw new AppError(
              "validation_failed",
              "A signature proves person.email: send the email with it",
            );
          if (!identitySignatureMatches(site.identity_secret, email, signature))
            throw new AppError("unauthenticated", "The identity signature does not match this email");
        }
        const { merged } = await db.transaction().execute((trx) =>
          identifyFromPage(trx, {
            siteId: site.id,
            visitorId: token.visitorId,
            person: body.person,
            attributes: body.attributes,
            verified: signature !== undefined,
          }),
        );
        if (merged)
          await ctx.bus.publish({ channel: `site:${site.id}`, name: "person.deleted", data: merged });
        if (request.headers.origin)
          reply.header("access-control-allow-origin", request.headers.origin).header("vary", "Origin");
        return reply.status(204).send();
      },
    );
  });
}
