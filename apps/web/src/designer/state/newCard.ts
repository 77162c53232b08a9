import type { Card, CardType } from "@parley/flow/card";
import type { Point } from "./designerState";

const ROUND_ROBIN = { strategy: "round_robin" } as const;

/**
 * A valid card of `type` with id `id` and sensible visible defaults: a Question has two answers, a
 * Split two equal branches, texts say something a marketer recognises and edits. Answer and branch
 * ids only need to be unique within their card (handles are `answer:<id>`), so they are `a1`, `b1` ….
 * Fields a marketer must choose (a flow, a URL, a field to set) stay empty: the validator points
 * at them on the card rather than the designer guessing.
 */
export function newCard(type: CardType, id: string, position?: Point): Card {
  const base = { id, ...(position ? { position } : {}) };
  switch (type) {
    case "message":
      return { ...base, type, text: "Hi there! How can we help you today?", next: null };
    case "question":
      return {
        ...base,
        type,
        text: "What would you like to do?",
        answers: [
          { id: "a1", label: "Learn more", value: "learn_more", next: null },
          { id: "a2", label: "Talk to someone", value: "talk", next: null },
        ],
        next: null,
      };
    case "capture":
      return {
        ...base,
        type,
        text: "What is your work email?",
        kind: "email",
        placeholder: "name@company.com",
        field: "person.email",
        next: null,
      };
    case "meeting":
      return {
        ...base,
        type,
        text: "Pick a time that suits you.",
        routing: ROUND_ROBIN,
        booked: null,
        notBooked: null,
      };
    case "liveChat":
      return { ...base, type, text: "Let me connect you with someone from our team.", routing: ROUND_ROBIN };
    case "goal":
      return { ...base, type, goal: "Lead qualified", next: null };
    case "action":
      return { ...base, type, value: "", next: null };
    case "branch":
      return {
        ...base,
        type,
        branches: [{ id: "b1", name: "Branch 1", conditions: { match: "all", conditions: [] }, next: null }],
        elseNext: null,
      };
    case "flow":
      return { ...base, type, flowId: "", next: null };
    case "content":
      return {
        ...base,
        type,
        text: "Here is something you may find useful.",
        title: "Read the guide",
        url: "",
        kind: "page",
        next: null,
      };
    case "consent":
      return {
        ...base,
        type,
        text: "May we store your details to get back to you? You can read our privacy policy first.",
        acceptLabel: "I agree",
        declineLabel: "No, thanks",
        accepted: null,
        declined: null,
      };
    case "webhook":
      return { ...base, type, url: "", success: null, failure: null };
    case "split":
      return {
        ...base,
        type,
        branches: [
          { id: "b1", name: "A", weight: 1, next: null },
          { id: "b2", name: "B", weight: 1, next: null },
        ],
      };
    case "answer":
      return {
        ...base,
        type,
        text: "What would you like to know? Ask me anything.",
        maxQuestions: 3,
        matched: null,
        noMatch: null,
      };
  }
}

/** A new answer or branch id for a card that already has `ids`: `a3` after `a1`, `a2` (prefix `a`). */
export function newItemId(prefix: string, ids: readonly string[]): string {
  const taken = new Set(ids);
  for (let n = ids.length + 1; ; n++) if (!taken.has(`${prefix}${n}`)) return `${prefix}${n}`;
}
