import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { SiteParams } from "@parley/protocol/common";
import { Branding, SiteLanguage } from "@parley/protocol/sites";
import type { WidgetPreviewSeed } from "@parley/protocol/widgetPreview";
import { notFound } from "../../errors";
import { escapeHtml } from "../../lib/escapeHtml";
import { parseJson } from "../../lib/json";
import type { App, AppContext } from "../context";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../widget/dist");

/**
 * The page runs only this server's scripts and reaches nothing: `connect-src 'none'` (the widget in
 * it talks to a stand-in, so no visitor, conversation or event is ever made), a sandbox without
 * same-origin (an opaque origin: no cookies, no storage, no access to the web app that frames it),
 * framed only by the web app itself. Images may come from anywhere: the bot's avatar is a URL.
 */
export const PREVIEW_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "img-src http: https: data:",
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  "sandbox allow-scripts",
].join("; ");

/** The preview script as the widget build named it (dist/sizes.json), or null before a build. */
function previewScript(): string | null {
  try {
    const sizes = JSON.parse(fs.readFileSync(path.join(DIST, "sizes.json"), "utf8")) as { preview?: string };
    return sizes.preview ?? null;
  } catch {
    return null; // Not built (yet): the route says what to run.
  }
}

/** JSON inside a <script type="application/json">: no "<" may close the element early. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * `GET /widget/preview/:siteId`: the live preview of the site's widget that the branding screen
 * frames. The real loader and app chunk run in it; the web app posts the unsaved branding
 * (packages/protocol/src/widgetPreview.ts) and the page's script (apps/widget/src/preview) re-mounts
 * the widget with it. For site managers only, never cached.
 */
export async function widgetPreviewPage(app: App, ctx: AppContext): Promise<void> {
  app.get(
    "/widget/preview/:siteId",
    { schema: { hide: true, params: SiteParams }, config: { policy: "sites.manage" } },
    async (request, reply) => {
      const script = previewScript();
      if (!script)
        return reply
          .status(503)
          .type("text/plain")
          .send("The widget is not built yet: run `npm run build` (npm start does it for you).");
      const site = await ctx.store.db
        .selectFrom("sites")
        .select(["name", "site_key", "branding", "language", "privacy_url"])
        .where("id", "=", request.params.siteId)
        .executeTakeFirst();
      if (!site) throw notFound("Site");
      const seed: WidgetPreviewSeed = {
        siteKey: site.site_key,
        siteName: site.name,
        branding: Branding.parse(parseJson<object>(site.branding, {})),
        language: SiteLanguage.parse(site.language),
        privacyUrl: site.privacy_url,
      };
      const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Widget preview: ${escapeHtml(site.name)}</title>
</head>
<body>
<script type="application/json" id="parley-preview">${jsonBlock(seed)}</script>
<script src="/widget/${escapeHtml(script)}" defer></script>
</body>
</html>
`;
      return reply
        .header("content-security-policy", PREVIEW_CSP)
        .header("referrer-policy", "no-referrer")
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "no-store")
        .type("text/html; charset=utf-8")
        .send(html);
    },
  );
}
