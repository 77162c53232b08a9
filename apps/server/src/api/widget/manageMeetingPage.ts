import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { escapeHtml } from "../../lib/escapeHtml";
import type { App } from "../context";

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../widget/dist");

/**
 * Only our own files, from this origin: the token in the address never leaves for another site
 * (no third-party script, no referrer), and nothing injected could run or be framed.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** The manage page's script and stylesheet as the widget build named them (dist/sizes.json). */
function builtFiles(): { script: string; style: string } | null {
  try {
    const sizes = JSON.parse(fs.readFileSync(path.join(DIST, "sizes.json"), "utf8")) as {
      manage?: { script?: string; style?: string };
    };
    const { script, style } = sizes.manage ?? {};
    return script && style ? { script, style } : null;
  } catch {
    return null; // Not built (yet): the route says what to run.
  }
}

/**
 * `/meetings/manage?token=…[&action=cancel]`: the page a visitor's reschedule and cancel links open
 * (domain/meetings/manageToken.ts). An HTML shell; the widget build's manage script (served under
 * /widget/ like the app's chunks) reads the meeting with the token and does the rest through
 * /api/meetings/manage. The shell holds nothing of the meeting: the token is checked by the API.
 */
export async function manageMeetingPage(app: App): Promise<void> {
  app.get("/meetings/manage", { config: { policy: "public" } }, async (_request, reply) => {
    const files = builtFiles();
    if (!files)
      return reply
        .status(503)
        .type("text/plain")
        .send("The meeting page is not built yet: run `npm run build` (npm start does it for you).");
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Your meeting</title>
<link rel="stylesheet" href="/widget/${escapeHtml(files.style)}">
</head>
<body>
<main id="m"><noscript>This page needs JavaScript. Reply to your invitation to reach the host.</noscript></main>
<script src="/widget/${escapeHtml(files.script)}" defer></script>
</body>
</html>
`;
    return reply
      .header("content-security-policy", CSP)
      .header("referrer-policy", "no-referrer")
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "no-store")
      .type("text/html; charset=utf-8")
      .send(html);
  });
}
