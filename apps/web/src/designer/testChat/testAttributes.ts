import type { ConditionGroup } from "@parley/flow/conditions/condition";
import type { FieldValue } from "@parley/flow/conditions/conditionContext";
import type { SearchableAnswer } from "@parley/flow/library/searchAnswers";
import type { SimulatedHostOptions } from "@parley/flow/runner/simulatedHost";
import type { Stream } from "@parley/flow/stream";
import { startAt } from "./startAt";
import { instantOf, isTimeZone, wallTimeIn } from "./zonedTime";

/** Who the test visitor is and the world around them: the controls beside the test chat. */
export interface TestAttributes {
  /** A known visitor has the person fields below; an unknown one has none. */
  known: boolean;
  person: { email: string; firstName: string; lastName: string; /** `field: value` lines. */ more: string };
  /** The visitor's company is known (from the email's domain or the visit's address). */
  companyKnown: boolean;
  company: { name: string; domain: string; more: string };
  /** IANA zone; `now` is the wall-clock time there (`YYYY-MM-DDTHH:mm`): office hours, consent times. */
  timeZone: string;
  now: string;
  pageUrl: string;
  language: string;
  device: "desktop" | "mobile" | "tablet";
  country: string;
  utm: { source: string; medium: string; campaign: string };
  agents: "available" | "none";
  webhook: "success" | "failure";
  /** What a successful webhook answers (JSON), for cards that map response fields. */
  webhookBody: string;
  /** Search the site's answer library; off: every question finds nothing. */
  useAnswers: boolean;
  /** Start at this card instead of the stream's start ("jump to any card"); null: the start. */
  startCardId: string | null;
}

/** The sample agent who "connects" and "books" in a test. */
export const SAMPLE_AGENT = "Alex";
/** The sample agent as a booked meeting reports them (a Meeting card may write their email to a field). */
export const SAMPLE_AGENT_INFO = { name: SAMPLE_AGENT, email: "alex@example.com" };

/** An unknown visitor (sample fields ready to switch on), in the browser's time zone, now, on a desktop, with an agent available. */
export function defaultTestAttributes(now: Date, timeZone: string): TestAttributes {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  return {
    known: false,
    person: { email: "ada@example.com", firstName: "Ada", lastName: "Lovelace", more: "" },
    companyKnown: false,
    company: { name: "Example Inc.", domain: "example.com", more: "" },
    timeZone: zone,
    now: wallTimeIn(now, zone),
    pageUrl: "https://www.example.com/pricing",
    language: "en",
    device: "desktop",
    country: "",
    utm: { source: "", medium: "", campaign: "" },
    agents: "available",
    webhook: "success",
    webhookBody: "",
    useAnswers: true,
    startCardId: null,
  };
}

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9_]{0,62})\s*[:=]\s*(.*)$/;

/** `field: value` lines as fields (numbers stay numbers); a line that is not one is a problem. */
export function parseFieldLines(
  text: string,
  what: string,
): { fields: Record<string, FieldValue>; problems: string[] } {
  const fields: Record<string, FieldValue> = {};
  const problems: string[] = [];
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = FIELD_LINE.exec(line);
    if (!match) {
      problems.push(`${what}, line ${index + 1}: write it as "field: value".`);
      continue;
    }
    const value = (match[2] ?? "").trim();
    fields[match[1] as string] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return { fields, problems };
}

const filled = (fields: Record<string, string>): Record<string, FieldValue> =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v.trim() !== "")
      .map(([k, v]) => [k, v.trim()]),
  );

/** What the site has that a test uses: its answer library and saved segments. */
export interface SiteLibrary {
  answers: readonly SearchableAnswer[];
  segments: Readonly<Record<string, ConditionGroup>>;
}

/**
 * The simulated host's options for a test of `stream` with these attributes, and what is wrong with
 * the attributes (in words a marketer understands). With problems the options still work: a bad
 * field line is left out, a bad "now" falls back to `fallbackNow`.
 */
export function hostOptions(
  stream: Stream,
  attributes: TestAttributes,
  library: SiteLibrary,
  fallbackNow: Date,
): { options: SimulatedHostOptions; problems: string[] } {
  const problems: string[] = [];
  const { email, firstName, lastName, more } = attributes.person;
  const morePerson = parseFieldLines(more, "Visitor fields");
  const moreCompany = parseFieldLines(attributes.company.more, "Company fields");
  problems.push(...morePerson.problems, ...moreCompany.problems);
  const zoneOk = isTimeZone(attributes.timeZone);
  if (!zoneOk) problems.push(`"${attributes.timeZone}" is not a time zone; the test uses UTC.`);
  const zone = zoneOk ? attributes.timeZone : "UTC";
  const now = instantOf(attributes.now, zone);
  if (!now) problems.push("The date and time are not valid; the test uses the current time.");
  let webhookBody: unknown;
  if (attributes.webhookBody.trim()) {
    try {
      webhookBody = JSON.parse(attributes.webhookBody) as unknown;
    } catch {
      problems.push("The webhook's answer is not valid JSON; it answers without a body.");
    }
  }
  const ok = attributes.webhook === "success";
  const utm = filled(attributes.utm) as Record<string, string>;
  const options: SimulatedHostOptions = {
    stream: startAt(stream, attributes.startCardId),
    language: attributes.language.trim() || undefined,
    visitor: {
      person: attributes.known ? { ...morePerson.fields, ...filled({ email, firstName, lastName }) } : {},
      company: attributes.companyKnown
        ? {
            ...moreCompany.fields,
            ...filled({ name: attributes.company.name, domain: attributes.company.domain }),
          }
        : {},
      attributes: {
        page: { url: attributes.pageUrl.trim() },
        device: attributes.device,
        timezone: zone,
        ...(attributes.language.trim() ? { language: attributes.language.trim() } : {}),
        ...(attributes.country.trim() ? { country: attributes.country.trim() } : {}),
        ...(Object.keys(utm).length ? { utm } : {}),
      },
    },
    agents: attributes.agents === "available",
    agentName: SAMPLE_AGENT,
    now: (now ?? fallbackNow).toISOString(),
    segments: library.segments,
    answers: attributes.useAnswers ? library.answers : [],
    webhook: ok
      ? { ok, status: 200, ...(webhookBody !== undefined ? { body: webhookBody } : {}) }
      : { ok, status: 500 },
  };
  return { options, problems };
}
