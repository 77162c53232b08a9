import { bookADemo } from "@parley/flow/templates/bookADemo";
import { describe, expect, it } from "vitest";
import { defaultTestAttributes, hostOptions, parseFieldLines, type TestAttributes } from "./testAttributes";

const NOW = new Date("2025-01-15T10:00:00.000Z");
const LIBRARY = { answers: [{ id: "a1", question: "Price?", answer: "$20", keywords: [] }], segments: {} };
const with_ = (patch: Partial<TestAttributes>) => ({
  ...defaultTestAttributes(NOW, "Europe/Paris"),
  ...patch,
});

describe("the test visitor's attributes as the simulated host's options", () => {
  it("defaults: an unknown visitor in the browser's zone at the real time, someone available", () => {
    const attributes = defaultTestAttributes(NOW, "Europe/Paris");
    expect(attributes.now).toBe("2025-01-15T11:00");
    const { options, problems } = hostOptions(bookADemo, attributes, LIBRARY, NOW);
    expect(problems).toEqual([]);
    expect(options).toMatchObject({
      stream: bookADemo,
      now: "2025-01-15T10:00:00.000Z",
      agents: true,
      answers: LIBRARY.answers,
      webhook: { ok: true, status: 200 },
      visitor: {
        person: {},
        company: {},
        attributes: {
          page: { url: "https://www.example.com/pricing" },
          device: "desktop",
          timezone: "Europe/Paris",
        },
      },
    });
    expect(defaultTestAttributes(NOW, "Not/AZone").timeZone).toBe("UTC");
  });

  it("a known visitor and company carry their fields (more fields too); empty ones are left out", () => {
    const { options } = hostOptions(
      bookADemo,
      with_({
        known: true,
        person: {
          email: "ada@example.com",
          firstName: "Ada",
          lastName: "",
          more: "jobTitle: CTO\nemployees = 12",
        },
        companyKnown: true,
        company: { name: "Acme", domain: "acme.test", more: "industry: Software" },
      }),
      LIBRARY,
      NOW,
    );
    expect(options.visitor?.person).toEqual({
      email: "ada@example.com",
      firstName: "Ada",
      jobTitle: "CTO",
      employees: 12,
    });
    expect(options.visitor?.company).toEqual({ name: "Acme", domain: "acme.test", industry: "Software" });
  });

  it("the visit, time, agents, webhook and library as chosen; the start card when jumping", () => {
    const { options, problems } = hostOptions(
      bookADemo,
      with_({
        timeZone: "America/New_York",
        now: "2025-07-04T09:30",
        language: "fr",
        device: "mobile",
        country: "FR",
        utm: { source: "newsletter", medium: "", campaign: "" },
        agents: "none",
        webhook: "success",
        webhookBody: '{"plan":"pro"}',
        useAnswers: false,
        startCardId: "meeting",
      }),
      LIBRARY,
      NOW,
    );
    expect(problems).toEqual([]);
    expect(options.now).toBe("2025-07-04T13:30:00.000Z");
    expect(options.language).toBe("fr");
    expect(options.visitor?.attributes).toEqual({
      page: { url: "https://www.example.com/pricing" },
      device: "mobile",
      timezone: "America/New_York",
      language: "fr",
      country: "FR",
      utm: { source: "newsletter" },
    });
    expect(options.agents).toBe(false);
    expect(options.answers).toEqual([]);
    expect(options.webhook).toEqual({ ok: true, status: 200, body: { plan: "pro" } });
    expect(options.stream.startCardId).toBe("meeting");
    expect(options.stream.cards).toBe(bookADemo.cards);
    expect(hostOptions(bookADemo, with_({ webhook: "failure" }), LIBRARY, NOW).options.webhook).toEqual({
      ok: false,
      status: 500,
    });
  });

  it("says what is wrong in plain words, and still runs with safe fallbacks", () => {
    const { options, problems } = hostOptions(
      bookADemo,
      with_({
        timeZone: "Mars/Olympus",
        now: "2025-02-30T10:00",
        webhookBody: "{plan: pro",
        known: true,
        person: { email: "", firstName: "", lastName: "", more: "not a field line" },
      }),
      LIBRARY,
      NOW,
    );
    expect(problems).toEqual([
      'Visitor fields, line 1: write it as "field: value".',
      '"Mars/Olympus" is not a time zone; the test uses UTC.',
      "The date and time are not valid; the test uses the current time.",
      "The webhook's answer is not valid JSON; it answers without a body.",
    ]);
    expect(options.now).toBe(NOW.toISOString());
    expect(options.visitor?.attributes?.timezone).toBe("UTC");
    expect(options.webhook).toEqual({ ok: true, status: 200 });
  });

  it("reads field lines: numbers stay numbers, blank lines are skipped", () => {
    expect(parseFieldLines("a: 1\n\n b = two \nc:", "Fields")).toEqual({
      fields: { a: 1, b: "two", c: "" },
      problems: [],
    });
    expect(parseFieldLines("1bad: x", "Company fields").problems).toEqual([
      'Company fields, line 1: write it as "field: value".',
    ]);
  });
});
