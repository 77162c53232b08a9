/** The tokens the meeting texts may hold (packages/protocol/src/meetings.ts MeetingSettings), with sample values. */
export const MEETING_TOKENS: readonly { token: string; label: string; sample: string }[] = [
  { token: "person.firstName", label: "Visitor's first name", sample: "Ada" },
  { token: "person.lastName", label: "Visitor's last name", sample: "Lovelace" },
  { token: "person.email", label: "Visitor's email", sample: "ada@example.com" },
  { token: "company.name", label: "Company", sample: "Analytical Engines" },
  { token: "agent.name", label: "Agent's name", sample: "Grace Hopper" },
  { token: "agent.email", label: "Agent's email", sample: "grace@example.com" },
  { token: "site.name", label: "Site", sample: "Example Inc." },
  { token: "meeting.title", label: "Meeting title", sample: "Meeting with Grace Hopper" },
  {
    token: "meeting.start",
    label: "Start (visitor's zone and language)",
    sample: "Monday, 1 March 2027, 10:00",
  },
  { token: "meeting.timeZone", label: "Visitor's time zone", sample: "Europe/London" },
  { token: "meeting.duration", label: "Length", sample: "30 minutes" },
  { token: "meeting.videoUrl", label: "Video link", sample: "https://meet.example.com/grace" },
  {
    token: "meeting.rescheduleUrl",
    label: "Reschedule link",
    sample: "https://parley.example.com/meetings/manage?token=…",
  },
  {
    token: "meeting.cancelUrl",
    label: "Cancel link",
    sample: "https://parley.example.com/meetings/manage?token=…&cancel",
  },
];

const SAMPLES = new Map(MEETING_TOKENS.map((t) => [t.token, t.sample]));
const TOKEN = /\{\{\s*([\w.]+)\s*(?:\|\s*"([^"]*)"\s*)?\}\}/g;

/**
 * A text with sample values in place of its tokens, for the preview: `values` overrides samples (an
 * empty string tests a token's fallback, `{{person.firstName | "there"}}`); unknown tokens are kept
 * as typed so that a misspelt one stands out.
 */
export function renderSample(text: string, values: Record<string, string> = {}): string {
  return text.replace(TOKEN, (whole, name: string, fallback: string | undefined) => {
    const value = name in values ? values[name] : SAMPLES.get(name);
    if (value === undefined) return whole;
    return value === "" ? (fallback ?? "") : value;
  });
}

/** The names in a text that are not tokens, to point out ("agent.nmae"). */
export function unknownTokens(text: string): string[] {
  const unknown = new Set<string>();
  for (const match of text.matchAll(TOKEN)) if (match[1] && !SAMPLES.has(match[1])) unknown.add(match[1]);
  return [...unknown];
}
