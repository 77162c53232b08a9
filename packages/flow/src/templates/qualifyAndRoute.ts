import type { Stream } from "../stream";

/** "Qualify and route to sales": company size and email, then live chat, a meeting or a guide. */
export const qualifyAndRoute: Stream = {
  schemaVersion: 1,
  startCardId: "welcome",
  cards: [
    {
      id: "welcome",
      type: "message",
      name: "Welcome",
      text: 'Hi {{person.firstName | "there"}}! Let\'s find the right person for you.',
      next: "size",
    },
    {
      id: "size",
      type: "question",
      name: "Company size",
      text: "How many people work at your company?",
      answers: [
        { id: "small", label: "1–50", value: "small" },
        { id: "mid", label: "51–500", value: "mid" },
        { id: "large", label: "More than 500", value: "enterprise" },
      ],
      saveTo: "company.sizeBand",
      next: "email",
    },
    {
      id: "email",
      type: "capture",
      name: "Work email",
      text: "What is your work email?",
      kind: "email",
      field: "person.email",
      skipIfKnown: true,
      next: "qualified",
    },
    { id: "qualified", type: "goal", name: "Lead qualified", goal: "Lead qualified", next: "route" },
    {
      id: "route",
      type: "branch",
      name: "Route by size",
      branches: [
        {
          id: "chat",
          name: "Large, sales online",
          conditions: {
            match: "all",
            conditions: [
              {
                type: "attribute",
                attribute: "company.sizeBand",
                operator: "in_list",
                value: ["mid", "enterprise"],
              },
              { type: "agentAvailability", scope: "any", operator: "is" },
            ],
          },
          next: "score-hot",
        },
        {
          id: "meet",
          name: "Large, sales offline",
          conditions: {
            match: "any",
            conditions: [
              {
                type: "attribute",
                attribute: "company.sizeBand",
                operator: "in_list",
                value: ["mid", "enterprise"],
              },
            ],
          },
          next: "meeting",
        },
      ],
      elseNext: "guide",
    },
    {
      id: "score-hot",
      type: "goal",
      name: "Hot lead",
      goal: "Sales conversation",
      score: 3,
      next: "sales-chat",
    },
    {
      id: "sales-chat",
      type: "liveChat",
      name: "Talk to sales",
      text: "Connecting you with our sales team…",
      routing: { strategy: "round_robin" },
      fallbackMessage: "Our team is busy right now. Pick a time below and we'll call you.",
      offerMeetingOnFallback: true,
    },
    {
      id: "meeting",
      type: "meeting",
      name: "Book a call",
      text: "Our team is offline. Book a call at a time that suits you:",
      // The company's account owner when it has one, else the next rep in line.
      routing: { strategy: "account_owner", fallbackToRoundRobin: true },
      writeAgentTo: { field: "person.meetingOwner", value: "email" },
      booked: "meeting-goal",
      notBooked: "guide",
    },
    {
      id: "meeting-goal",
      type: "goal",
      name: "Call booked",
      goal: "Meeting booked",
      score: 3,
      next: "booked",
    },
    {
      id: "booked",
      type: "message",
      name: "Booked",
      text: 'Booked! {{agent.name | "Our team"}} will call you then. The invitation is on its way to your inbox.',
    },
    {
      id: "guide",
      type: "content",
      name: "Buyer's guide",
      text: "Here is our buyer's guide to get you started:",
      title: "The buyer's guide",
      url: "https://example.com/guide.pdf",
      kind: "pdf",
      next: "guide-bye",
    },
    { id: "guide-bye", type: "message", name: "Bye", text: "Thanks! We'll be in touch by email." },
  ],
};
