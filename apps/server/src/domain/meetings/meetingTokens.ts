import { parseTemplate } from "@parley/flow/text/parseTemplate";

/** Every token an invitation's subject and body may use (packages/protocol/src/meetings.ts, MeetingSettings). */
export const MEETING_TOKENS = [
  "person.firstName",
  "person.lastName",
  "person.email",
  "company.name",
  "agent.name",
  "agent.email",
  "site.name",
  "meeting.title",
  "meeting.start",
  "meeting.timeZone",
  "meeting.duration",
  "meeting.videoUrl",
  "meeting.rescheduleUrl",
  "meeting.cancelUrl",
] as const;
export type MeetingToken = (typeof MEETING_TOKENS)[number];

/**
 * The meeting's title goes into the calendar event both parties get (and the host's CalDAV calendar):
 * it may not name itself, nor carry the visitor's secret reschedule and cancel links.
 */
export const TITLE_TOKENS: readonly MeetingToken[] = MEETING_TOKENS.filter(
  (t) => t !== "meeting.title" && t !== "meeting.rescheduleUrl" && t !== "meeting.cancelUrl",
);

/**
 * What is wrong with a template, one message per problem ("uses the unknown token {{x}}"), or none.
 * Uses the flows' token syntax (`{{path | "fallback"}}`); a `{{` that does not form a token is a mistake.
 */
export function templateProblems(template: string, allowed: readonly MeetingToken[]): string[] {
  const problems: string[] = [];
  for (const part of parseTemplate(template)) {
    if (part.kind === "token") {
      if (!(allowed as readonly string[]).includes(part.path)) {
        const known = (MEETING_TOKENS as readonly string[]).includes(part.path);
        problems.push(
          known
            ? `may not use the token {{${part.path}}}`
            : `uses the unknown token {{${part.path}}}; known tokens: ${allowed.map((t) => `{{${t}}}`).join(", ")}`,
        );
      }
    } else if (part.text.includes("{{")) {
      const near = part.text.slice(part.text.indexOf("{{"), part.text.indexOf("{{") + 30);
      problems.push(`has a token that is not closed or not written {{name}}: ${near}`);
    }
  }
  return problems;
}
