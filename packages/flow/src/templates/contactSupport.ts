import type { Stream } from "../stream";

/** "Contact support": answer from the library first, then a human, else an email follow-up. */
export const contactSupport: Stream = {
  schemaVersion: 1,
  startCardId: "welcome",
  cards: [
    { id: "welcome", type: "message", name: "Welcome", text: "Hi! I'm here to help.", next: "ask" },
    {
      id: "ask",
      type: "answer",
      name: "Ask a question",
      text: "What do you need help with?",
      followUpText: "Anything else I can help with?",
      maxQuestions: 3,
      fallbackMessage: "I couldn't find an answer to that.",
      matched: "helped",
      noMatch: "email",
    },
    {
      id: "helped",
      type: "question",
      name: "Did that help?",
      text: "Did that answer your question?",
      answers: [
        { id: "yes", label: "Yes, thanks", value: "yes", next: "self-served" },
        { id: "no", label: "No, I need a person", value: "no", next: "email" },
      ],
    },
    { id: "self-served", type: "goal", name: "Self-served", goal: "Self-served", next: "bye" },
    { id: "bye", type: "message", name: "Bye", text: "Glad I could help! 🙌" },
    {
      id: "email",
      type: "capture",
      name: "Email",
      text: "What's your email, in case we get disconnected?",
      kind: "email",
      field: "person.email",
      skipIfKnown: true,
      next: "available",
    },
    {
      id: "available",
      type: "branch",
      name: "Anyone online?",
      branches: [
        {
          id: "online",
          name: "Support online",
          conditions: {
            match: "all",
            conditions: [{ type: "agentAvailability", scope: "any", operator: "is" }],
          },
          next: "support-chat",
        },
      ],
      elseNext: "ticket",
    },
    {
      id: "support-chat",
      type: "liveChat",
      name: "Talk to support",
      text: "Connecting you with our support team…",
      routing: { strategy: "round_robin" },
      fallbackMessage: "Everyone is busy right now. We'll answer by email as soon as we can.",
    },
    {
      id: "ticket",
      type: "capture",
      name: "Describe the issue",
      text: "Our team is offline. Describe your issue and we'll reply by email:",
      kind: "text",
      field: "person.supportRequest",
      overwriteExisting: true,
      validation: { maxLength: 2000 },
      next: "ticket-goal",
    },
    { id: "ticket-goal", type: "goal", name: "Request sent", goal: "Support request", next: "ticket-bye" },
    {
      id: "ticket-bye",
      type: "message",
      name: "We'll reply",
      text: "Thanks! We'll reply to **{{person.email}}** within one business day.",
    },
  ],
};
