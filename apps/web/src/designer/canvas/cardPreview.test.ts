import { describe, expect, it } from "vitest";
import { cardPreview } from "./cardPreview";

describe("cardPreview", () => {
  it("shows a question's text and its buttons", () => {
    const preview = cardPreview({
      id: "q",
      type: "question",
      text: "What brings you here?",
      answers: [
        { id: "a", label: "Pricing", value: "pricing" },
        { id: "b", label: "Support", value: "support" },
      ],
    });
    expect(preview).toMatchObject({ text: "What brings you here?", chips: ["Pricing", "Support"] });
  });

  it("says what an invisible card does", () => {
    expect(cardPreview({ id: "g", type: "goal", goal: "Demo booked" }).text).toBe("Goal: Demo booked");
    expect(
      cardPreview({ id: "c", type: "capture", text: "Your email?", kind: "email", field: "person.email" })
        .detail,
    ).toBe("Email address → person.email");
  });

  it("keeps long answer lists short", () => {
    const answers = Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, label: `A${i}`, value: `${i}` }));
    expect(cardPreview({ id: "q", type: "question", text: "?", answers }).chips).toEqual([
      "A0",
      "A1",
      "A2",
      "A3",
      "A4",
      "+4 more",
    ]);
  });
});
