import type { Stream } from "@parley/flow/stream";

/**
 * Qualify (saved to person.interest) → capture email → goal "Email captured" → thank you: the first
 * sample dialogue of the demo site, kept as a small fixture for tests of the engine and of people.
 */
export const emailCaptureStream: Stream = {
  schemaVersion: 1,
  startCardId: "qualify",
  cards: [
    {
      id: "qualify",
      type: "question",
      name: "Qualify",
      text: 'Hi {{person.firstName | "there"}} 👋 What brings you here today?',
      answers: [
        { id: "buy", label: "I'm evaluating tools", value: "evaluating" },
        { id: "learn", label: "Just learning", value: "learning" },
        { id: "customer", label: "I'm already a customer", value: "customer" },
      ],
      saveTo: "person.interest",
      next: "email",
    },
    {
      id: "email",
      type: "capture",
      name: "Email",
      text: "Great! What's your email, so we can send you more?",
      kind: "email",
      field: "person.email",
      next: "goal",
    },
    { id: "goal", type: "goal", name: "Email captured", goal: "Email captured", score: 1, next: "thanks" },
    {
      id: "thanks",
      type: "message",
      name: "Thank you",
      text: "Thank you! We'll be in touch at **{{person.email}}**.",
    },
  ],
};
