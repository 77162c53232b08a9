import { expect, it } from "vitest";
import { describeEachDatabase } from "../../testing/describeEachDatabase";
import { PAGE_ORIGIN, publishStream, quickSite, TestVisitor } from "../../testing/visitorClient";

const stream = {
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: "What brings you here?",
      answers: [{ id: "a", label: "Pricing", value: "pricing" }],
      next: "m",
    },
    { id: "m", type: "message", text: "Thanks!" },
  ],
  translations: {
    fr: { q: { text: "Qu'est-ce qui vous amène ?", answers: { a: "Tarifs" } }, m: { text: "Merci !" } },
  },
};

describeEachDatabase("dialogue texts in the visitor's language", (server) => {
  it("uses the widget's language when the dialogue has it, and the default otherwise", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream);

    const french = await TestVisitor.arrive(server(), site);
    french.socket.send({
      type: "conversation.start",
      clientId: french.nextClientId(),
      dialogueId,
      language: "fr",
    });
    french.conversationId = (await french.socket.next((f) => f.type === "conversation.started"))
      .conversationId as string;
    const question = await french.bot("question");
    expect(question.body).toMatchObject({
      text: [{ text: "Qu'est-ce qui vous amène ?" }],
      buttons: [{ label: "Tarifs", value: "pricing" }],
    });
    french.send({ kind: "answer", value: "pricing" });
    expect((await french.bot("message")).body.text).toEqual([{ text: "Merci !" }]);

    const german = await TestVisitor.arrive(server(), site);
    german.socket.send({
      type: "conversation.start",
      clientId: german.nextClientId(),
      dialogueId,
      language: "de",
    });
    german.conversationId = (await german.socket.next((f) => f.type === "conversation.started"))
      .conversationId as string;
    expect((await german.bot("question")).body.text).toEqual([{ text: "What brings you here?" }]);
  });

  it("without a widget language, the browser language from the visit decides", async () => {
    const admin = await server().admin();
    const site = await quickSite(admin);
    const dialogueId = await publishStream(admin, site.id, stream);
    const visitor = await TestVisitor.arrive(server(), site);
    const params = new URLSearchParams({
      site: site.siteKey,
      url: `${PAGE_ORIGIN}/`,
      visitor: visitor.token,
      lang: "fr-CA",
    });
    await fetch(`${server().url}/api/widget/bootstrap?${params}`);
    await visitor.start(dialogueId);
    expect((await visitor.bot("question")).body.text).toEqual([{ text: "Qu'est-ce qui vous amène ?" }]);
  });
});
