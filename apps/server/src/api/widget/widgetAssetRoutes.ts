import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { App, AppContext } from "../context";
import { sendBuiltFile } from "../webAppRoutes";

const WIDGET_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../widget");
const DIST = path.join(WIDGET_DIR, "dist");
const DEMO = path.join(WIDGET_DIR, "demo", "index.html");

/**
 * Serves the embeddable widget (`/widget.js`, the loader; `/widget/*`, the lazily loaded app) and
 * the demo page (`/demo`) wired to the demo site. Missing build: a clear 503 that says what to run.
 */
export async function widgetAssetRoutes(app: App, ctx: AppContext): Promise<void> {
  const notBuilt = (what: string) =>
    `The ${what} is not built yet: run \`npm run build\` (npm start does it for you).`;
  app.get("/widget.js", { config: { policy: "public" } }, async (_request, reply) => {
    if (!fs.existsSync(path.join(DIST, "widget.js")))
      return reply.status(503).type("text/plain").send(notBuilt("widget"));
    // The loader must stay fresh (it names the app chunk); the chunks themselves are content-hashed.
    return reply
      .header("cache-control", "public, max-age=300")
      .header("access-control-allow-origin", "*")
      .sendFile("widget.js", DIST);
  });
  app.get("/widget/*", { config: { policy: "public" } }, async (request, reply) => {
    const relative = (request.params as { "*": string })["*"];
    reply.header("access-control-allow-origin", "*");
    return sendBuiltFile(reply, DIST, relative, () => reply.callNotFound());
  });

  app.get("/demo", { config: { policy: "public" } }, async (_request, reply) => {
    if (!fs.existsSync(DEMO)) return reply.status(503).type("text/plain").send(notBuilt("demo page"));
    const site = await ctx.store.db
      .selectFrom("sites")
      .select("site_key")
      .where("is_demo", "=", 1)
      .orderBy("created_at")
      .executeTakeFirst();
    if (!site)
      return reply
        .status(404)
        .type("text/plain")
        .send("The demo site was deleted; create a site and use its snippet.");
    const html = fs.readFileSync(DEMO, "utf8").replaceAll("{{SITE_KEY}}", site.site_key);
    return reply.type("text/html; charset=utf-8").send(html);
  });
}
