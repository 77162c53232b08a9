import type { Stream } from "../stream";

/** "Newsletter signup": email and marketing consent, recorded with the text shown. */
export const newsletterSignup: Stream = {
  schemaVersion: 1,
  startCardId: "pitch",
  cards: [
    {
      id: "pitch",
      type: "message",
      name: "Pitch",
      text: "📬 Get our best articles once a month. No spam, unsubscribe at any time.",
      next: "email",
    },
    {
      id: "email",
      type: "capture",
      name: "Email",
      text: "Which email should we send it to?",
      kind: "email",
      field: "person.email",
      next: "consent",
    },
    {
      id: "consent",
      type: "consent",
      name: "Marketing consent",
      text: "I agree to receive the monthly newsletter by email.",
      acceptLabel: "Subscribe",
      declineLabel: "No thanks",
      accepted: "subscribe",
      declined: "declined",
    },
    {
      id: "subscribe",
      type: "action",
      name: "Mark subscribed",
      field: "person.newsletter",
      value: "subscribed",
      next: "goal",
    },
    { id: "goal", type: "goal", name: "Subscribed", goal: "Newsletter signup", score: 1, next: "thanks" },
    {
      id: "thanks",
      type: "message",
      name: "Thanks",
      text: 'You\'re in! Watch your inbox, {{person.firstName | "friend"}}.',
    },
    { id: "declined", type: "message", name: "Declined", text: "No problem, you can sign up any time." },
  ],
};
