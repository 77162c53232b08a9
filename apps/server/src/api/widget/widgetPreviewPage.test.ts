import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, expect, it } from "vitest";
import { randomToken } from "../../lib/ids";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { buildUser, newSite } from "../../testing/factories";

const WIDGET = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../widget");

/** The page names the preview script of the widget build: build it once if it is not there. */
beforeAll(() => {
  const sizes = path.join(WIDGET, "dist", "sizes.json");
  if (fs.existsSync(sizes) && "preview" in JSON.parse(fs.readFileSync(sizes, "utf8"))) return;
  const built = spawnSync(process.execPath, ["build.mjs"], { cwd: WIDGET, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`widget build failed:\n${built.stdout}\n${built.stderr}`);
}, 60_000);

describeEachDatabase("widget preview page (GET /widget/preview/:siteId)", (server) => {
  const page = (siteId: string) => `/widget/preview/${siteId}`;

  it("is for signed-in site managers of that site only", async () => {
    const admin = await server().admin();
    const siteId = await newSite(admin, "Preview");
    const otherId = await newSite(admin, "Elsewhere");
    expect((await server().anonymous().get(page(siteId))).status).toBe(401);
    const marketer = await buildUser(server(), admin, "marketing_admin");
    expect((await marketer.client.get(page(siteId))).status).toBe(403);

    const role = `Site manager ${randomToken(4)}`;
    expect((await admin.post("/api/roles", { name: role, permissions: ["sites.manage"] })).status).toBe(201);
    const manager = await buildUser(server(), admin, role, { siteIds: [otherId] });
    // A site out of the user's reach is not found for them (as for every /sites/:siteId route).
    expect((await manager.client.get(page(siteId))).status).toBe(404);
    expect((await manager.client.get(page(otherId))).status).toBe(200);
    expect((await admin.get(page(crypto.randomUUID()))).status).toBe(404);
  });

  it("serves the site's saved widget settings to the real loader, under a CSP that reaches nothing and never cached", async () => {
    const admin = await server().admin();
    const created = await admin.post<{ id: string; siteKey: string }>("/api/sites", {
      name: `Shop </script><script>alert(1)</script> ${randomToken(3)}`,
      language: "fr",
      branding: { headerColor: "#ffd400", botName: "Ava" },
    });
    expect(created.status).toBe(201);
    const res = await admin.get<string>(page(created.body.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const csp = res.headers.get("content-security-policy") ?? "";
    for (const rule of [
      "default-src 'none'",
      "connect-src 'none'",
      "frame-ancestors 'self'",
      "sandbox allow-scripts",
    ])
      expect(csp).toContain(rule);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|allow-same-origin/);

    const html = res.body;
    // The site's name cannot close the data block nor start a script of its own.
    expect(html.match(/<script/g)).toHaveLength(2);
    const seedText = html.match(/<script type="application\/json" id="parley-preview">(.*?)<\/script>/)?.[1];
    const seed = JSON.parse(seedText ?? "null") as Record<string, unknown>;
    expect(seed).toMatchObject({
      siteKey: created.body.siteKey,
      language: "fr",
      branding: { headerColor: "#ffd400", botName: "Ava", launcherColor: "#1f6feb" },
    });
    const script = html.match(/<script src="(\/widget\/preview-[\w-]+\.js)"/)?.[1];
    expect(script).toBeTruthy();
    const served = await fetch(`${server().url}${script}`);
    expect(served.status).toBe(200);
    expect(await served.text()).not.toMatch(/ZodError|safeParse/);
  });
});
