import type { MeetingSettings } from "@parley/protocol/meetings";
import type { Kysely } from "kysely";
import { notFound } from "../../errors";
import { type MailLanguage, mailLanguage } from "../../mail/words/mailWords";
import type { Database, MeetingTable } from "../../store/schema";
import { renderTranscriptText } from "../chat/renderTranscriptText";
import { messagesSince } from "../engine/storeMessages";
import { parseAvailability } from "../availability/defaultAvailability";
import { readMeetingSettings } from "./readMeetingSettings";

/** Everything an invitation says about one meeting, read when its mails are written. */
export interface InvitationFacts {
  meeting: MeetingTable;
  host: { id: string; name: string; email: string; timeZone: string };
  site: { name: string; language: string };
  settings: MeetingSettings;
  visitor: { firstName: string | null; lastName: string | null; name: string | null; email: string | null };
  companyName: string | null;
  dialogueName: string | null;
  /** The conversation the meeting was booked in, as plain text (no internal notes); null without one. */
  transcript: string | null;
  /**
   * What the visitor's mails are written in: the widget's language at booking, else the conversation's,
   * else the site's setting; English when none is one of the widget's languages.
   */
  visitorLanguage: MailLanguage;
}

/** `throughSeq`: the transcript ends with that message (what was said by the change); null: all. */
export async function readInvitationFacts(
  db: Kysely<Database>,
  meetingId: string,
  throughSeq: number | null = null,
): Promise<InvitationFacts> {
  const row = await db
    .selectFrom("meetings")
    .innerJoin("users", "users.id", "meetings.user_id")
    .innerJoin("sites", "sites.id", "meetings.site_id")
    .leftJoin("meeting_availability", "meeting_availability.user_id", "meetings.user_id")
    .leftJoin("people", "people.id", "meetings.person_id")
    .leftJoin("companies", "companies.id", "people.company_id")
    .leftJoin("dialogues", "dialogues.id", "meetings.dialogue_id")
    .leftJoin("conversations", "conversations.id", "meetings.conversation_id")
    .selectAll("meetings")
    .select([
      "users.name as host_name",
      "users.email as host_email",
      "meeting_availability.settings as host_availability",
      "sites.name as site_name",
      "sites.language as site_language",
      "people.first_name",
      "people.last_name",
      "people.email as person_email",
      "companies.name as company_name",
      "dialogues.name as dialogue_name",
      "conversations.started_at as conversation_started_at",
      "conversations.language as conversation_language",
    ])
    .where("meetings.id", "=", meetingId)
    .executeTakeFirst();
  if (!row) throw notFound("Meeting");
  const {
    host_name,
    host_email,
    host_availability,
    site_name,
    site_language,
    first_name,
    last_name,
    person_email,
    company_name,
    dialogue_name,
    conversation_started_at,
    conversation_language,
    ...meeting
  } = row;
  // The name typed at booking wins over the person's stored one; its first word stands in for a first name.
  const typed = meeting.visitor_name?.trim() || null;
  const [typedFirst, ...typedRest] = typed ? typed.split(/\s+/) : [];
  return {
    meeting,
    host: {
      id: meeting.user_id,
      name: host_name,
      email: host_email,
      timeZone: host_availability ? parseAvailability(host_availability).timeZone : "UTC",
    },
    site: { name: site_name, language: site_language },
    settings: await readMeetingSettings(db, meeting.site_id),
    visitor: {
      firstName: typed ? (typedFirst ?? null) : first_name,
      lastName: typed ? typedRest.join(" ") || null : last_name,
      name: typed ?? ([first_name, last_name].filter(Boolean).join(" ") || null),
      email: meeting.visitor_email ?? person_email,
    },
    companyName: company_name,
    dialogueName: dialogue_name,
    transcript:
      meeting.conversation_id && conversation_started_at
        ? renderTranscriptText(
            {
              conversationId: meeting.conversation_id,
              siteName: site_name,
              dialogueName: dialogue_name,
              visitorName: typed ?? meeting.visitor_email,
              startedAt: conversation_started_at,
            },
            (await messagesSince(db, meeting.conversation_id, 0)).filter(
              (m) => throughSeq === null || m.seq <= throughSeq,
            ),
          )
        : null,
    visitorLanguage: mailLanguage(
      meeting.language,
      conversation_language,
      site_language === "auto" ? null : site_language,
    ),
  };
}
