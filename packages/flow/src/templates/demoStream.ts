import type { Stream } from "../stream";

/**
 * The sample dialogue of the demo site (/demo): one question whose three answers branch into what
 * Parley does. "See a demo" books a meeting (round robin), "Talk to someone now" hands over to a
 * live agent (a meeting is offered when nobody is online), "Just looking" captures an email.
 */
export const demoStream: Stream = {
  schemaVersion: 1,
  startCardId: "qualify",
  cards: [
    {
      id: "qualify",
      type: "question",
      name: "What brings you here?",
      text: 'Hi {{person.firstName | "there"}} 👋 What brings you here today?',
      answers: [
        { id: "demo", label: "See a demo", value: "demo", next: "meeting" },
        { id: "talk", label: "Talk to someone now", value: "talk", next: "live-chat" },
        { id: "looking", label: "Just looking", value: "looking", next: "email" },
      ],
      saveTo: "person.interest",
    },
    {
      id: "meeting",
      type: "meeting",
      name: "Book a demo",
      text: "Pick a time for a demo with our team. Times are shown in your time zone.",
      routing: { strategy: "round_robin" },
      // The rep who takes the demo owns the lead: CRMs match an owner by email.
      writeAgentTo: { field: "person.meetingOwner", value: "email" },
      booked: "meeting-goal",
      notBooked: "follow-up",
    },
    {
      id: "meeting-goal",
      type: "goal",
      name: "Meeting booked",
      goal: "Meeting booked",
      score: 3,
      next: "booked",
    },
    {
      id: "booked",
      type: "message",
      name: "See you then",
      text: 'You\'re all set with {{agent.name | "our team"}}! The invitation is on its way to your inbox.',
    },
    {
      id: "follow-up",
      type: "capture",
      name: "Email for a follow-up",
      text: "No problem. Leave your email and we'll find a time with you:",
      kind: "email",
      field: "person.email",
      skipIfKnown: true,
      next: "goal",
    },
    {
      id: "live-chat",
      type: "liveChat",
      name: "Talk to someone",
      text: "Let me find someone from our team for you…",
      routing: { strategy: "round_robin" },
      // With nobody online the visitor is not left waiting: they can book a time instead.
      fallbackMessage: "Nobody is online right now. Pick a time below and we'll talk then.",
      offerMeetingOnFallback: true,
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
