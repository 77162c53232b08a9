import { newsletterSignup } from "@parley/flow/templates/newsletterSignup";
import { describe, expect, it } from "vitest";
import { cardLabel } from "./cardLabel";
import { draftChanged } from "./draftChanged";
import { startAt } from "./startAt";

describe("starting a test at a card, and knowing when the draft changed", () => {
  it("starts at a card of the draft; an unknown card or none keeps the draft's start", () => {
    expect(startAt(newsletterSignup, "consent")).toEqual({ ...newsletterSignup, startCardId: "consent" });
    expect(startAt(newsletterSignup, "nope")).toBe(newsletterSignup);
    expect(startAt(newsletterSignup, null)).toBe(newsletterSignup);
  });

  it("moving cards is no change for a conversation; editing a text is", () => {
    const moved = {
      ...newsletterSignup,
      cards: newsletterSignup.cards.map((card) => ({ ...card, position: { x: 10, y: 20 } })),
    };
    expect(draftChanged(newsletterSignup, moved)).toBe(false);
    const edited = {
      ...newsletterSignup,
      cards: newsletterSignup.cards.map((card) => (card.id === "pitch" ? { ...card, text: "Hello" } : card)),
    };
    expect(draftChanged(newsletterSignup, edited)).toBe(true);
  });

  it("names a card by its name, else its type and id", () => {
    expect(cardLabel(newsletterSignup, "consent")).toBe("Marketing consent");
    const unnamed = { ...newsletterSignup, cards: [{ id: "m1", type: "message" as const, text: "Hi" }] };
    expect(cardLabel(unnamed, "m1")).toBe("message m1");
    expect(cardLabel(unnamed, "gone")).toBe("gone");
  });
});
