import type { VisitorAttributes } from "@parley/flow/conditions/conditionContext";
import type { Kysely } from "kysely";
import { clock, nowIso } from "../../lib/clock";
import type { Database, SiteTable } from "../../store/schema";
import { conditionContextFor } from "./conditionContextFor";
import { assertOriginAllowed, createVisitor, findSiteByKey } from "./issueVisitor";
import { recordPageView } from "./recordPageView";
import { visitSession } from "./visitSession";
import { verifyVisitorToken } from "./visitorToken";

export interface Visit {
  site: SiteTable;
  visitorId: string;
  token: string;
  context: Awaited<ReturnType<typeof conditionContextFor>>;
}

/**
 * A page load in the widget (the hot path): the site, the visitor (resumed from the token the widget
 * kept, or new), what targeting sees about them, and the page view counted. The site is read once and
 * a returning visitor costs one write (the page view); a new one two (the visitor, its first view).
 * The request's origin and the page must be on the site's allowed domains (checked first: a refused
 * page creates nothing).
 */
export async function recordVisit(
  db: Kysely<Database>,
  secret: string,
  input: {
    siteKey: string;
    origin: string | undefined;
    token?: string;
    attributes: VisitorAttributes;
    /** Runs before a new visitor is made (the per-address limit); a returning one skips it. */
    beforeNewVisitor?: () => Promise<void>;
  },
): Promise<Visit> {
  const site = await findSiteByKey(db, input.siteKey);
  assertOriginAllowed(site, input.origin);
  const pageUrl = input.attributes.page?.url;
  if (pageUrl !== undefined) assertOriginAllowed(site, new URL(pageUrl).origin);

  const known = input.token ? verifyVisitorToken(secret, input.token) : null;
  let visitor: { visitorId: string; token: string } | null = null;
  let context: Visit["context"] | null = null;
  if (known && known.siteId === site.id && input.token) {
    context = await conditionContextFor(db, {
      siteId: site.id,
      visitorId: known.visitorId,
      attributes: input.attributes,
      segments: false,
    });
    if (context.found) visitor = { visitorId: known.visitorId, token: input.token };
  }
  // A token for another site, a forged one or one whose visitor is gone gets a new visitor.
  if (!visitor || !context?.found) {
    await input.beforeNewVisitor?.();
    visitor = await createVisitor(db, secret, site.id, input.attributes);
    // Nothing to read about a visitor just made: no person, no company, no earlier visit.
    context = {
      person: {},
      company: {},
      visitor: input.attributes,
      segments: {},
      now: nowIso(),
      found: true,
      lastVisit: null,
    };
  }
  await recordPageView(db, {
    siteId: site.id,
    visitorId: visitor.visitorId,
    sessionId: visitSession(context.lastVisit, clock().now()),
    attributes: input.attributes,
  });
  return { site, ...visitor, context };
}
