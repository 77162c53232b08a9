import { describe, expect, it } from "vitest";
import { CARD_TYPES } from "../card";
import { migrateStream } from "../migrateStream";
import { buildRunContext } from "../testing/buildRunContext";
import { playStream } from "../testing/playStream";
import { validateStream } from "../validateStream";
import { contactSupport } from "./contactSupport";
import { demoStream } from "./demoStream";
import { newsletterSignup } from "./newsletterSignup";
import { qualifyAndRoute } from "./qualifyAndRoute";
import { STREAM_TEMPLATES } from "./streamTemplates";

describe("stream templates", () => {
  it("ships the four templates product §3 asks for", () => {
    expect(STREAM_TEMPLATES.map((t) => t.name)).toEqual([
      "Book a demo",
      "Qualify and route to sales",
      "Contact support",
      "Newsletter signup",
    ]);
  });

  it.each([...STREAM_TEMPLATES.map((t) => [t.name, t.stream] as const), ["demo", demoStream] as const])(
    "%s validates cleanly and survives a JSON round trip",
    (_name, stream) => {
      expect(validateStream(stream)).toEqual([]);
      expect(migrateStream(JSON.parse(JSON.stringify(stream)))).toEqual(stream);
    },
  );

  it("qualify and route: a large company with sales online reaches live chat", () => {
    const context = buildRunContext({ availability: { agentIds: ["u1"], teamIds: [] } });
    const results = playStream(
      qualifyAndRoute,
      [
        { kind: "answer", value: "enterprise" },
        { kind: "answer", value: "cto@bigcorp.com" },
      ],
      context,
    );
    expect(results[2]?.visited).toEqual(["qualified", "route", "score-hot", "sales-chat"]);
    expect(results[2]?.effects.at(-1)).toMatchObject({ type: "routeLiveChat" });
  });

  it("contact support and newsletter signup run to completion", () => {
    const support = playStream(contactSupport, [
      { kind: "answer", value: "How do I reset my password?" },
      { kind: "answersFound", matches: [{ answer: "Use the reset link." }] },
      { kind: "done" },
      { kind: "answer", value: "yes" },
    ]);
    expect(support.at(-1)?.state.status).toBe("completed");
    const newsletter = playStream(newsletterSignup, [
      { kind: "answer", value: "ada@example.com" },
      { kind: "consent", accepted: true },
    ]);
    expect(newsletter.at(-1)?.effects.map((e) => e.type)).toEqual([
      "recordConsent",
      "saveField",
      "markGoal",
      "setScore",
    ]);
    expect(newsletter.at(-1)?.state.status).toBe("completed");
  });

  it("between them use most card types", () => {
    const used = new Set(STREAM_TEMPLATES.flatMap((t) => t.stream.cards.map((c) => c.type)));
    expect(CARD_TYPES.filter((type) => !used.has(type)).sort()).toEqual(["flow", "split", "webhook"]);
  });
});
