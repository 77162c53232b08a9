import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyReply } from "fastify";
import type { App } from "./context";

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../web/dist");

/**
 * Sends a file from a build folder if it exists now (a rebuild while the server runs is picked up),
 * otherwise `fallback`. @fastify/static's sendFile keeps the path inside `root`.
 */
export function sendBuiltFile(reply: FastifyReply, root: string, relative: string, fallback: () => unknown) {
  const resolved = path.resolve(root, relative);
  const inside = resolved.startsWith(root + path.sep);
  if (!inside || !fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) return fallback();
  // Built assets carry a content hash in their name: cache them for long.
  const hashed = /-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|svg|png)$/.test(relative);
  return reply
    .header("cache-control", hashed ? "public, max-age=31536000, immutable" : "no-cache")
    .sendFile(relative, root);
}

/** Serves the built admin/agent app at /app (any other /app path gets index.html for client routing). */
export async function webAppRoutes(app: App): Promise<void> {
  app.get("/", { config: { policy: "public" } }, async (_request, reply) => reply.redirect("/app/"));
  app.get("/setup", { config: { policy: "public" } }, async (request, reply) => {
    const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
    return reply.redirect(`/app/setup${query}`);
  });
  app.get("/app", { config: { policy: "public" } }, async (_request, reply) => reply.redirect("/app/"));

  const index = (reply: FastifyReply) => {
    if (!fs.existsSync(path.join(WEB_DIST, "index.html"))) {
      return reply
        .status(503)
        .type("text/plain")
        .send("The web app is not built yet: run `npm run build` (npm start does it for you).");
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html", WEB_DIST);
  };
  app.get("/app/*", { config: { policy: "public" } }, async (request, reply) => {
    const relative = (request.params as { "*": string })["*"];
    return sendBuiltFile(reply, WEB_DIST, relative, () => index(reply));
  });
}
