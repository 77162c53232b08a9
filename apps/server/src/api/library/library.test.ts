import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";

type Err = { error: { code: string; message: string } };

describeEachDatabase("segments and the answer library", (server) => {
  it("a saved segment targets a dialogue ('member of segment')", async () => {
    const admin = await server().admin();
    const site = await admin.post<{ id: string; siteKey: string }>("/api/sites", {
      name: "Seg",
      allowedDomains: ["localhost"],
    });
    const bad = await admin.post<Err>(`/api/sites/${site.body.id}/segments`, {
      name: "Broken",
      conditions: { match: "all" },
    });
    expect(bad.status).toBe(400);
    const segment = await admin.post<{ id: string }>(`/api/sites/${site.body.id}/segments`, {
      name: "French speakers",
      conditions: {
        match: "any",
        conditions: [
          { type: "attribute", attribute: "visitor.language", operator: "starts_with", value: "fr" },
        ],
      },
    });
    expect(segment.status).toBe(201);
    const empty = await admin.post<Err>(`/api/sites/${site.body.id}/segments`, {
      name: "Empty",
      conditions: { match: "all", conditions: [] },
    });
    expect(empty.status).toBe(400);
    const again = await admin.post<Err>(`/api/sites/${site.body.id}/segments`, {
      name: "French speakers",
      conditions: {
        match: "all",
        conditions: [{ type: "attribute", attribute: "visitor.language", operator: "is_not_empty" }],
      },
    });
    expect(again.status).toBe(409);

    const dialogue = await admin.post<{ id: string }>(`/api/sites/${site.body.id}/dialogues`, {
      name: "Bonjour",
      targeting: {
        audience: {
          match: "all",
          conditions: [{ type: "segment", segmentId: segment.body.id, operator: "is" }],
        },
      },
    });
    await admin.post(`/api/sites/${site.body.id}/dialogues/${dialogue.body.id}/publish`);
    const boot = async (lang: string) => {
      const params = new URLSearchParams({ site: site.body.siteKey, url: "http://localhost/", lang });
      const res = await fetch(`${server().url}/api/widget/bootstrap?${params}`);
      return ((await res.json()) as { dialogue: { name: string } | null }).dialogue?.name ?? null;
    };
    expect(await boot("fr-CA")).toBe("Bonjour");
    expect(await boot("de-DE")).toBeNull();
  });

  it("answers: create, search with typos, edit, delete", async () => {
    const admin = await server().admin();
    const site = await admin.post<{ id: string }>("/api/sites", { name: "Lib" });
    const base = `/api/sites/${site.body.id}/answers`;
    const sso = await admin.post<{ id: string }>(base, {
      question: "Do you support single sign-on?",
      answer: "Yes, SAML.",
      keywords: ["SSO"],
    });
    await admin.post(base, {
      question: "How much does it cost?",
      answer: "From $49 a month.",
      keywords: ["pricing"],
    });
    expect((await admin.post<Err>(base, { question: "?", answer: "" })).status).toBe(400);

    const found = await admin.get<{ answer: { id: string }; score: number }[]>(
      `${base}/search?q=${encodeURIComponent("singel sign on")}`,
    );
    expect(found.body[0]?.answer.id).toBe(sso.body.id);
    const none = await admin.get<unknown[]>(
      `${base}/search?q=${encodeURIComponent("parking at the office")}`,
    );
    expect(none.body).toEqual([]);

    await admin.patch(`${base}/${sso.body.id}`, { keywords: ["SSO", "Okta"] });
    const okta = await admin.get<{ answer: { id: string } }[]>(`${base}/search?q=okta`);
    expect(okta.body[0]?.answer.id).toBe(sso.body.id);
    expect((await admin.delete(`${base}/${sso.body.id}`)).status).toBe(200);
    expect((await admin.get<{ id: string }[]>(base)).body.map((a) => a.id)).not.toContain(sso.body.id);
  });
});
