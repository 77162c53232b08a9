import type { Stream } from "../stream";

/**
 * "Book a demo": offer a demo, capture email and company, then book a slot with the next sales rep
 * (round robin). Booked: a goal and a thank-you; no time chosen: a product tour and an email follow-up.
 */
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
      text: "Pick a time that suits you. Times are shown in your time zone.",
      routing: { strategy: "round_robin" },
      // The rep who takes the demo owns the lead: CRMs match an owner by email.
      writeAgentTo: { field: "person.meetingOwner", value: "email" },
      booked: "booked-goal",
      notBooked: "not-booked",
    },
    {
      id: "booked-goal",
      type: "goal",
      name: "Meeting booked",
      goal: "Meeting booked",
      score: 3,
      next: "thanks",
    },
    {
      id: "thanks",
      type: "message",
      name: "Thanks",
      text: 'You\'re all set with {{agent.name | "our team"}}! The invitation is on its way to **{{person.email}}**.',
    },
    {
      id: "not-booked",
      type: "content",
      name: "Product tour",
      text: "No problem. Here is a short product tour in the meantime:",
      title: "Product tour",
      url: "https://example.com/tour",
      kind: "page",
      next: "not-booked-bye",
    },
    {
      id: "not-booked-bye",
      type: "message",
      name: "Follow up",
      text: "We'll email you at **{{person.email}}** to find a time that works.",
    },
    { id: "bye", type: "message", name: "Not now", text: "Sure thing. We are here if you need us!" },
  ],
};
