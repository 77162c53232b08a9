import { describe, expect, it } from "vitest";
import { describeEvent } from "./describeEvent";

const event = (effect: Parameters<typeof describeEvent>[0]["effect"], extra = {}) => ({
  cardId: "c",
  flowId: null,
  effect,
  answer: null,
  ...extra,
});

describe("the effects log in a marketer's words", () => {
  it("fields kept or saved, webhooks and live chat with their outcome", () => {
    const save = {
      type: "saveField",
      cardId: "c",
      field: "person.email",
      value: "a@b.co",
      overwrite: false,
    } as const;
    expect(describeEvent(event(save, { kept: true }))).toBe("Kept person.email: it was already known");
    expect(describeEvent(event(save))).toBe('Saved person.email = "a@b.co"');
    const hook = { type: "callWebhook", cardId: "c", url: "https://hooks.example/x" } as const;
    expect(describeEvent(event(hook, { answer: { kind: "webhookResult", ok: false, status: 500 } }))).toBe(
      "Webhook https://hooks.example/x failed (500)",
    );
    const chat = { type: "routeLiveChat", cardId: "c", routing: { strategy: "round_robin" } } as const;
    expect(describeEvent(event(chat, { answer: { kind: "liveChatResult", outcome: "unavailable" } }))).toBe(
      "Live chat: nobody available",
    );
    expect(describeEvent(event({ type: "recordSplit", cardId: "c", branchId: "b" }))).toBe("Split: branch b");
  });
});
