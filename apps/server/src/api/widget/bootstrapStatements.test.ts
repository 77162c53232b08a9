import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import type { TestServer } from "../../testing/testServer";

// Every statement the store runs; the job worker is off so nothing else runs meanwhile.
const statements: string[] = [];
const ORIGIN = "http://localhost:3000";

const writes = () => statements.filter((s) => /^\s*(insert|update|delete)\b/i.test(s)).map((s) => tableOf(s));
const siteReads = () => statements.filter((s) => /^\s*select\b/i.test(s) && /\bfrom "sites"/i.test(s));
const tableOf = (sql: string) => /^\s*(?:insert into|update|delete from) "(\w+)"/i.exec(sql)?.[1];

async function bootstrap(server: TestServer, siteKey: string, url: string, visitor?: string) {
  const params = new URLSearchParams({ site: siteKey, url, ...(visitor ? { visitor } : {}) });
  statements.length = 0;
  const res = await fetch(`${server.url}/api/widget/bootstrap?${params}`, { headers: { origin: ORIGIN } });
  const body = (await res.json()) as { visitor: { token: string }; dialogue: { name: string } | null };
  return { status: res.status, body };
}

describeEachDatabase(
  "widget bootstrap statements",
  (server) => {
    it("reads the site once and writes once for a returning visitor (a new one is also counted against its address)", async () => {
      const admin = await server().admin();
      const site = await admin.post<{ id: string; siteKey: string }>("/api/sites", {
        name: "Statements",
        allowedDomains: ["localhost"],
      });
      const segment = await admin.post<{ id: string }>(`/api/sites/${site.body.id}/segments`, {
        name: "Desktop",
        conditions: {
          match: "all",
          conditions: [{ type: "attribute", attribute: "visitor.device", operator: "is", value: "desktop" }],
        },
      });
      expect(segment.status).toBe(201);
      const dialogue = await admin.post<{ id: string }>(`/api/sites/${site.body.id}/dialogues`, {
        name: "Pricing",
        targeting: {
          include: ["/pricing"],
          audience: {
            match: "all",
            conditions: [{ type: "segment", segmentId: segment.body.id, operator: "is" }],
          },
        },
      });
      await admin.post(`/api/sites/${site.body.id}/dialogues/${dialogue.body.id}/publish`);
      const flow = await admin.post<{ id: string }>(`/api/sites/${site.body.id}/dialogues`, {
        kind: "flow",
        name: "Help",
        flowSettings: { delivery: "popup", onPageLoad: true },
      });
      await admin.post(`/api/sites/${site.body.id}/dialogues/${flow.body.id}/publish`);

      const first = await bootstrap(server(), site.body.siteKey, "http://localhost/pricing");
      expect(first.status).toBe(200);
      expect(first.body.dialogue?.name).toBe("Pricing");
      expect(siteReads()).toHaveLength(1);
      // The per-address count of new visitors, the visitor, its first page view.
      expect(writes()).toEqual(["rate_limit_counters", "visitors", "page_views"]);

      for (const page of ["/pricing", "/pricing", "/about"]) {
        const again = await bootstrap(
          server(),
          site.body.siteKey,
          `http://localhost${page}`,
          first.body.visitor.token,
        );
        expect(again.status).toBe(200);
        expect(again.body.visitor.token).toBe(first.body.visitor.token);
        expect(again.body.dialogue?.name ?? null).toBe(page === "/pricing" ? "Pricing" : null);
        expect(siteReads()).toHaveLength(1);
        expect(writes()).toEqual(["page_views"]);
      }
    });
  },
  { options: { onQuery: (sql) => statements.push(sql), jobs: { start: false } } },
);
