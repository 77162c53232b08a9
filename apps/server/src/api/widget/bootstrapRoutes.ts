import { Branding, SiteLanguage } from "@parley/protocol/sites";
import { WidgetBootstrap } from "@parley/protocol/widgetBootstrap";
import { z } from "zod";
import { pageFlows } from "../../domain/targeting/pageFlows";
import { pickDialogue } from "../../domain/targeting/pickDialogue";
import { siteDialoguesFor } from "../../domain/targeting/siteDialoguesFor";
import { inferAttributes } from "../../domain/visitors/inferAttributes";
import { assertWithinLimit } from "../../domain/rateLimits/assertWithinLimit";
import { recordVisit } from "../../domain/visitors/recordVisit";
import { siteSegments } from "../../domain/visitors/siteSegments";
import { nowIso } from "../../lib/clock";
import { parseJson } from "../../lib/json";
import type { App, AppContext } from "../context";
import { liveChatExamples } from "../chats/liveChatExamples";

const BootstrapQuery = z.strictObject({
  site: z.string().min(1).max(64),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  visitor: z.string().max(300).optional(),
  referrer: z.string().max(2000).optional(),
  tz: z.string().max(64).optional(),
  lang: z.string().max(35).optional(),
});

/** One small JSON answer that tells the loader everything it needs on a page (design.md §4 step 1). */
export function bootstrapRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  app.get(
    "/api/widget/bootstrap",
    {
      schema: {
        summary: "Widget bootstrap",
        description:
          "Everything the loader needs on a page in one answer: branding, language, and the dialogue or flow the visitor gets there. Public and rate limited.",
        tags: ["widget"],
        querystring: BootstrapQuery,
        response: { 200: WidgetBootstrap },
      },
      config: { examples: liveChatExamples.bootstrap, policy: "public", errors: [403, 404, 429] },
    },
    async (request, reply) => {
      const q = request.query;
      const origin = request.headers.origin;
      // Readable by the page, refusals too: the loader then stops quietly instead of the browser
      // printing a CORS error into the host page's console. No credentials are involved.
      if (origin) reply.header("access-control-allow-origin", origin).header("vary", "Origin");
      const attributes = inferAttributes({
        url: q.url,
        referrer: q.referrer,
        timezone: q.tz,
        language: q.lang,
        userAgent: request.headers["user-agent"],
        acceptLanguage: request.headers["accept-language"],
      });
      // One read of the site, one write for a returning visitor (bench/bootstrap.ts measures it).
      const { site, context, ...visitor } = await recordVisit(db, ctx.secretKey, {
        siteKey: q.site,
        origin,
        token: q.visitor,
        attributes,
        // A page load that makes a new visitor counts against the address, as POST /visitors does.
        beforeNewVisitor: () =>
          assertWithinLimit(
            db,
            `new-visitor:${request.ip}`,
            ctx.config.limits.newVisitors,
            "new visitors from your address",
          ),
      });
      const email = typeof context.person.email === "string" ? context.person.email : null;
      const blockedDomains = parseJson<string[]>(site.blocked_email_domains, []);
      const blocked = email !== null && blockedDomains.includes(email.split("@")[1] ?? "");

      const enabled = site.chat_enabled === 1;
      const dialogues = enabled
        ? await siteDialoguesFor(db, { siteId: site.id, visitorId: visitor.visitorId })
        : [];
      // Segment definitions only when a dialogue's audience tests one.
      const segments = dialogues.some(
        (d) => d.kind === "dialogue" && d.targeting.includes('"type":"segment"'),
      )
        ? await siteSegments(db, site.id)
        : {};
      const dialogue = enabled
        ? pickDialogue(dialogues, {
            url: q.url,
            context: { ...context, segments },
            now: nowIso(),
            restartAfterDays: site.restart_after_days,
          })
        : null;
      const flows = pageFlows(dialogues, q.url);
      return {
        enabled,
        visitor: { id: visitor.visitorId, token: visitor.token, blocked },
        site: {
          name: site.name,
          branding: Branding.parse(parseJson<object>(site.branding, {})),
          language: SiteLanguage.parse(site.language),
          privacyUrl: site.privacy_url,
        },
        dialogue,
        flows,
      };
    },
  );
}
