/**
 * A dialogue that makes an anonymous person (a question saved to person.interest), then names them
 * (email) and gives their company (company.name). For tests of what the engine does to people.
 */
export const interestEmailCompanyStream = {
  schemaVersion: 1,
  startCardId: "why",
  cards: [
    {
      id: "why",
      type: "question",
      name: "Why",
      text: "What brings you here?",
      answers: [{ id: "eval", label: "Evaluating", value: "evaluating" }],
      saveTo: "person.interest",
      next: "email",
    },
    {
      id: "email",
      type: "capture",
      name: "Email",
      text: "Email?",
      kind: "email",
      field: "person.email",
      next: "org",
    },
    {
      id: "org",
      type: "capture",
      name: "Org",
      text: "Company?",
      kind: "text",
      field: "company.name",
      next: "bye",
    },
    { id: "bye", type: "message", name: "Bye", text: "Thanks!" },
  ],
};
