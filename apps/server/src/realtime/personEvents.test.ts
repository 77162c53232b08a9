import { expect, it } from "vitest";
import { describeEachDatabase } from "../testing/describeEachDatabase";
import { buildUser } from "../testing/factories";
import { PAGE_ORIGIN, publishStream, quickSite, TestVisitor } from "../testing/visitorClient";
import { interestEmailCompanyStream as stream } from "../testing/interestEmailCompanyStream";
import { WsClient } from "../testing/wsClient";

describeEachDatabase("person and company changes made by the engine", (server) => {
  it("reach agents on the site channel who may see people, and nobody else", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream);
    const roleName = `Conversation viewer ${crypto.randomUUID().slice(0, 6)}`;
    expect(
      (await admin.post("/api/roles", { name: roleName, permissions: ["conversations.view_all"] })).status,
    ).toBe(201);
    const viewer = await buildUser(server(), admin, roleName);
    const listen = async (cookie: string) => {
      const socket = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, {
        cookie,
        origin: server().url,
      });
      await socket.next((f) => f.type === "hello");
      socket.send({ type: "subscribe", channel: `site:${site.id}`, ref: "s" });
      await socket.next((f) => f.type === "subscribed");
      return socket;
    };
    const agent = await listen(admin.cookie ?? "");
    const other = await listen(viewer.client.cookie ?? "");
    const heard = async (socket: WsClient, name: string) =>
      (await socket.next((f) => f.type === "event" && f.name === name)).data as Record<string, unknown>;

    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    await visitor.bot("question");
    visitor.send({ kind: "answer", value: "evaluating" });
    const created = await heard(agent, "person.created");
    expect(created).toMatchObject({ siteId: site.id, email: null, fields: { interest: "evaluating" } });

    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "ann@example.com" });
    expect(await heard(agent, "person.updated")).toMatchObject({
      id: created.id,
      email: "ann@example.com",
    });

    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "Acme" });
    const company = await heard(agent, "company.updated");
    expect(company).toMatchObject({ siteId: site.id, name: "Acme" });
    expect(await heard(agent, "person.updated")).toMatchObject({ companyId: company.id });
    await visitor.bot("message");

    // Announced after everything above: once it arrives, the viewer would have heard the rest.
    await admin.patch(`/api/sites/${site.id}`, { branding: { headerText: "Marker" } });
    await heard(other, "site.updated");
    const names = other.frames.filter((f) => f.type === "event").map((f) => f.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(["conversation.updated"]));
    agent.close();
    other.close();
    visitor.socket.close();
  });

  it("companies created, edited and deleted through the API are announced to who may see people", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const socket = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, {
      cookie: admin.cookie ?? "",
      origin: server().url,
    });
    await socket.next((f) => f.type === "hello");
    socket.send({ type: "subscribe", channel: `site:${site.id}`, ref: "s" });
    await socket.next((f) => f.type === "subscribed");
    const heard = async (name: string) =>
      (await socket.next((f) => f.type === "event" && f.name === name)).data as Record<string, unknown>;

    const created = await admin.post<{ id: string }>(`/api/sites/${site.id}/companies`, {
      name: "Globex",
      domain: "globex.example",
    });
    expect(created.status).toBe(201);
    expect(await heard("company.created")).toMatchObject({ id: created.body.id, name: "Globex" });
    await admin.patch(`/api/sites/${site.id}/companies/${created.body.id}`, { name: "Globex Corp" });
    expect(await heard("company.updated")).toMatchObject({ id: created.body.id, name: "Globex Corp" });
    await admin.delete(`/api/sites/${site.id}/companies/${created.body.id}`);
    expect(await heard("company.deleted")).toEqual({ id: created.body.id });
    socket.close();
  });
});

describeEachDatabase("people deleted or merged away", (server) => {
  const listen = async (cookie: string, siteId: string) => {
    const socket = await WsClient.connect(`${server().url.replace("http", "ws")}/ws`, {
      cookie,
      origin: server().url,
    });
    await socket.next((f) => f.type === "hello");
    socket.send({ type: "subscribe", channel: `site:${siteId}`, ref: "s" });
    await socket.next((f) => f.type === "subscribed");
    return socket;
  };
  const heard = async (socket: WsClient, name: string) =>
    (await socket.next((f) => f.type === "event" && f.name === name)).data as Record<string, unknown>;

  /** A known person, and a visitor whose answer made an anonymous person (an agent listening). */
  const anonymousBeside = async (email: string) => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream);
    const known = await admin.post<{ id: string }>(`/api/sites/${site.id}/people`, { email });
    const socket = await listen(admin.cookie ?? "", site.id);
    const visitor = await TestVisitor.arrive(server(), site);
    await visitor.start(dialogueId);
    await visitor.bot("question");
    visitor.send({ kind: "answer", value: "evaluating" });
    const anonymous = await heard(socket, "person.created");
    return { admin, site, known, socket, visitor, anonymous };
  };

  it("a person deleted through the API is announced with into: null, after it is gone", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const agent = await buildUser(server(), admin, "Live agent");
    const socket = await listen(agent.client.cookie ?? "", site.id);
    const person = await admin.post<{ id: string }>(`/api/sites/${site.id}/people`, {
      email: "gone@example.test",
    });
    await heard(socket, "person.created");
    expect((await admin.delete(`/api/sites/${site.id}/people/${person.body.id}`)).status).toBe(200);
    expect(await heard(socket, "person.deleted")).toEqual({ id: person.body.id, into: null });
    expect((await admin.get(`/api/sites/${site.id}/people/${person.body.id}`)).status).toBe(404);
    expect((await admin.delete(`/api/sites/${site.id}/people/${person.body.id}`)).status).toBe(404);
    socket.close();
  });

  it("an anonymous person merged into the known one by email is announced as deleted into it", async () => {
    const { admin, site, known, socket, visitor, anonymous } = await anonymousBeside("kim@example.test");
    await visitor.bot("capture");
    visitor.send({ kind: "answer", value: "Kim@Example.test" });
    expect(await heard(socket, "person.deleted")).toEqual({ id: anonymous.id, into: known.body.id });
    expect(await heard(socket, "person.updated")).toMatchObject({
      id: known.body.id,
      fields: { interest: "evaluating" },
    });
    expect((await admin.get(`/api/sites/${site.id}/people/${String(anonymous.id)}`)).status).toBe(404);
    socket.close();
    visitor.socket.close();
  });

  it("a merge made by Parley.identify() on the page is announced too", async () => {
    const { site, known, socket, visitor, anonymous } = await anonymousBeside("lee@example.test");
    const res = await fetch(`${server().url}/api/widget/identify`, {
      method: "POST",
      headers: { "content-type": "text/plain", origin: PAGE_ORIGIN },
      body: JSON.stringify({
        site: site.siteKey,
        visitor: visitor.token,
        person: { email: "lee@example.test" },
      }),
    });
    expect(res.status).toBe(204);
    expect(await heard(socket, "person.deleted")).toEqual({ id: anonymous.id, into: known.body.id });
    socket.close();
    visitor.socket.close();
  });
});
