import type { Kysely } from "kysely";
import { z } from "zod";
import { identifyVisitor } from "../../domain/people/identifyVisitor";
import { saveVisitorField } from "../../domain/people/saveVisitorField";
import { assertOriginAllowed, findSiteByKey } from "../../domain/visitors/issueVisitor";
import { verifyVisitorToken } from "../../domain/visitors/visitorToken";
import { AppError } from "../../errors";
import { parseJson, toJson } from "../../lib/json";
import type { Database } from "../../store/schema";
import type { App, AppContext } from "../context";

const Value = z.union([z.string().max(2000), z.number(), z.boolean()]);
const FieldKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,62}$/);

const IdentifyBody = z.strictObject({
  site: z.string().min(1).max(64),
  visitor: z.string().min(1).max(300),
  person: z.record(FieldKey, Value).optional(),
  attributes: z.record(FieldKey, Value).optional(),
});

/**
 * `Parley.identify(...)` and `Parley.setAttributes(...)` from the widget. Sent with
 * navigator.sendBeacon, so the body arrives as text/plain JSON (a simple CORS request, no preflight).
 * An email joins the existing person with that email; other person fields are saved on the visitor's
 * person (on a person already known by email, only into empty fields); attributes are kept on the
 * visitor.
 */
export async function identifyRoutes(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser("text/plain", { parseAs: "string" }, (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError("bad_request", "The request body is not valid JSON"), undefined);
      }
    });
    scope.post(
      "/api/widget/identify",
      { schema: { tags: ["widget"], body: IdentifyBody }, config: { policy: "public" } },
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
        await db.transaction().execute(async (trx) => {
          const outcome =
            typeof email === "string"
              ? (await identifyVisitor(trx, { siteId: site.id, visitorId: token.visitorId, email })).outcome
              : null;
          // Nothing proves the page's visitor is who an email says: on a person who was known by
          // email before, the JS API only fills empty fields (the REST API changes them), so nobody
          // can rewrite someone else's record by typing their email.
          const overwrite =
            outcome === "created" ||
            outcome === "named" ||
            (outcome === null && !(await visitorPersonHasEmail(trx, token.visitorId)));
          for (const [key, value] of Object.entries(body.person ?? {})) {
            if (key === "email") continue;
            await saveVisitorField(trx, {
              siteId: site.id,
              visitorId: token.visitorId,
              field: `person.${key}`,
              value: typeof value === "boolean" ? String(value) : value,
              overwrite,
            });
          }
          if (body.attributes) {
            const visitor = await trx
              .selectFrom("visitors")
              .select("attributes")
              .where("id", "=", token.visitorId)
              .executeTakeFirst();
            const attributes = parseJson<Record<string, unknown>>(visitor?.attributes ?? null, {});
            const custom = {
              ...(attributes.custom as Record<string, unknown> | undefined),
              ...body.attributes,
            };
            await trx
              .updateTable("visitors")
              .set({ attributes: toJson({ ...attributes, custom }) })
              .where("id", "=", token.visitorId)
              .execute();
          }
        });
        if (request.headers.origin)
          reply.header("access-control-allow-origin", request.headers.origin).header("vary", "Origin");
        return reply.status(204).send();
      },
    );
  });
}

async function visitorPersonHasEmail(db: Kysely<Database>, visitorId: string): Promise<boolean> {
  const row = await db
    .selectFrom("visitors")
    .innerJoin("people", "people.id", "visitors.person_id")
    .select("people.email")
    .where("visitors.id", "=", visitorId)
    .executeTakeFirst();
  return Boolean(row?.email);
}
