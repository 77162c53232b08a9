/** Streams (packages/flow documents) of the dialogues the widget's browser tests publish. */

/** One of every card a visitor meets, in a row (the runner's outputs are what the widget renders). */
export const everyCardStream = {
  schemaVersion: 1,
  startCardId: "hello",
  cards: [
    {
      id: "hello",
      type: "message",
      text: 'Welcome to **Acme**! Read our [guide](https://example.com/guide).\nNot markup: <img src=x onerror="window.__xss=1"> <b>bold?</b>',
      next: "plan",
    },
    {
      id: "plan",
      type: "question",
      text: "Which plan interests you?",
      answers: [
        { id: "seo", label: "Search Engine Optimization", value: "SEO" },
        { id: "ads", label: "Paid ads", value: "ADS" },
      ],
      saveTo: "person.plan",
      next: "phone",
    },
    {
      id: "phone",
      type: "capture",
      text: "Your phone number?",
      kind: "phone",
      field: "person.phone",
      next: "size",
    },
    {
      id: "size",
      type: "capture",
      text: "How many people work at your company?",
      kind: "number",
      validation: { min: 1, max: 100000 },
      field: "person.companySize",
      next: "region",
    },
    {
      id: "region",
      type: "capture",
      text: "Where are you based?",
      kind: "picklist",
      options: ["Europe", "Americas", "Asia-Pacific"],
      field: "person.region",
      next: "goal",
    },
    { id: "goal", type: "goal", goal: "Qualified", score: 2, next: "consent" },
    {
      id: "consent",
      type: "consent",
      text: "May we email you about our products?",
      privacyUrl: "https://example.com/privacy",
      accepted: "content",
      declined: "content",
    },
    {
      id: "content",
      type: "content",
      text: "Here is our price list:",
      title: "Price list 2025",
      url: "https://example.com/prices.pdf",
      kind: "pdf",
      next: "ask",
    },
    {
      id: "ask",
      type: "answer",
      text: "Any question about shipping?",
      maxQuestions: 2,
      matched: "meeting",
      noMatch: "meeting",
    },
    {
      id: "meeting",
      type: "meeting",
      text: "Let's find a time for a call.",
      routing: { strategy: "round_robin" },
      booked: "live",
      notBooked: "live",
    },
    { id: "live", type: "liveChat", text: "Let me get a colleague.", routing: { strategy: "round_robin" } },
  ],
};

/** A two-step flow: a question, then a thank-you. */
export const newsletterFlowStream = {
  schemaVersion: 1,
  startCardId: "topic",
  cards: [
    {
      id: "topic",
      type: "question",
      text: "Which newsletter would you like?",
      answers: [
        { id: "w", label: "Weekly digest", value: "weekly" },
        { id: "m", label: "Monthly roundup", value: "monthly" },
      ],
      next: "thanks",
    },
    { id: "thanks", type: "message", text: "Thanks, you're subscribed!" },
  ],
};

/** Email first (with free text allowed elsewhere): for language and resilience tests. */
export const emailStream = {
  schemaVersion: 1,
  startCardId: "q",
  cards: [
    {
      id: "q",
      type: "question",
      text: "What brings you here?",
      answers: [
        { id: "a", label: "Pricing", value: "pricing" },
        { id: "b", label: "Support", value: "support" },
      ],
      allowFreeText: true,
      saveTo: "person.reason",
      next: "email",
    },
    { id: "email", type: "capture", text: "Your email?", kind: "email", field: "person.email", next: "bye" },
    { id: "bye", type: "message", text: "Thanks!" },
  ],
};
