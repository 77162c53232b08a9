import type { Stream } from "../stream";

/** "Book a demo": offer a demo, capture email and company, show the sales calendar. */
export const bookADemo: Stream = {
  schemaVersion: 1,
  startCardId: "welcome",
  cards: [
    {
      id: "welcome",
      type: "message",
      name: "Welcome",
      text: 'Hi {{person.firstName | "there"}} 👋 Want to see how we can help your team?',
      next: "offer",
    },
    {
      id: "offer",
      type: "question",
      name: "Offer a demo",
      text: "Would you like a **30-minute demo** with one of our experts?",
      answers: [
        { id: "yes", label: "Yes, book a demo", value: "yes", next: "email" },
        { id: "no", label: "Not now", value: "no", next: "bye" },
      ],
    },
    {
      id: "email",
      type: "capture",
      name: "Work email",
      text: "Great! What is your work email?",
      kind: "email",
      field: "person.email",
      skipIfKnown: true,
      next: "company",
    },
    {
      id: "company",
      type: "capture",
      name: "Company",
      text: "And which company are you with?",
      kind: "text",
      field: "company.name",
      skipIfKnown: true,
      next: "meeting",
    },
    {
      id: "meeting",
      type: "meeting",
      name: "Book the demo",
      text: "Pick a time that suits you:",
      routing: { strategy: "round_robin" },
      booked: "booked-goal",
      notBooked: "not-booked",
    },
    { id: "booked-goal", type: "goal", name: "Demo booked", goal: "Demo booked", score: 3, next: "thanks" },
    {
      id: "thanks",
      type: "message",
      name: "Thanks",
      text: 'You\'re all set with {{agent.name | "our team"}}. The invitation is on its way to your inbox.',
    },
    {
      id: "not-booked",
      type: "message",
      name: "No slot chosen",
      text: "No problem. You can come back to book a demo at any time.",
    },
    { id: "bye", type: "message", name: "Not now", text: "Sure thing. We are here if you need us!" },
  ],
};
