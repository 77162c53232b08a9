import type { Card } from "@parley/flow/card";
import { describe, expect, it } from "vitest";
import { checkDraft, getAtPath, setAtPath } from "./cardDraft";
import type { CardDraft } from "./cardDraft";

const question: Card = {
  id: "q1",
  type: "question",
  text: "Which plan?",
  answers: [
    { id: "a1", label: "Basic", value: "basic" },
    { id: "a2", label: "Pro", value: "pro" },
  ],
};
const draftOf = (card: Card) => card as unknown as CardDraft;

describe("setAtPath", () => {
  it("changes one nested field and copies the path, leaving the original alone", () => {
    const next = setAtPath(draftOf(question), ["answers", 1, "label"], "Professional");
    expect(getAtPath(next, ["answers", 1, "label"])).toBe("Professional");
    expect(getAtPath(next, ["answers", 0])).toBe(question.answers[0]);
    expect(question.answers[1]?.label).toBe("Pro");
  });

  it("removes a key set to undefined and creates missing objects", () => {
    const withSave = setAtPath(draftOf(question), ["saveTo"], "person.plan");
    expect(getAtPath(withSave, ["saveTo"])).toBe("person.plan");
    expect("saveTo" in setAtPath(withSave, ["saveTo"], undefined)).toBe(false);
    const message = draftOf({ id: "m", type: "message", text: "Hi" });
    expect(getAtPath(setAtPath(message, ["image", "url"], "https://x.example/a.png"), ["image"])).toEqual({
      url: "https://x.example/a.png",
    });
  });
});

describe("checkDraft", () => {
  it("gives back the valid card", () => {
    const result = checkDraft(setAtPath(draftOf(question), ["text"], "Which one?"));
    expect(result).toEqual({ ok: true, card: { ...question, text: "Which one?" } });
  });

  it("names the field over its limit, in words", () => {
    const result = checkDraft(setAtPath(draftOf(question), ["answers", 0, "label"], "x".repeat(201)));
    expect(result).toEqual({
      ok: false,
      errors: { "answers.0.label": "Keep it to 200 characters or fewer." },
    });
  });

  it("reports a goal score outside 0–3 and a field path of the wrong shape", () => {
    const goal = draftOf({ id: "g", type: "goal", goal: "Demo booked" });
    expect(checkDraft(setAtPath(goal, ["score"], 4))).toEqual({
      ok: false,
      errors: { score: "Must be 3 or less." },
    });
    const capture = draftOf({ id: "c", type: "capture", text: "Email?", kind: "email" });
    const bad = checkDraft(setAtPath(capture, ["field"], "email"));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.field).toMatch(/person\.<field> or company\.<field>/);
  });

  it("refuses more than 20 answers", () => {
    const answers = Array.from({ length: 21 }, (_, i) => ({ id: `a${i}`, label: `A${i}`, value: `a${i}` }));
    const result = checkDraft(setAtPath(draftOf(question), ["answers"], answers));
    expect(result).toEqual({ ok: false, errors: { answers: "At most 20 allowed." } });
  });
});
