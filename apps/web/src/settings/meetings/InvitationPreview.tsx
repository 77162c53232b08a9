import { renderSample, unknownTokens } from "./meetingTokens";
import type { MeetingSettingsDraft } from "./meetingSettingsDraft";

/** The invitation as a visitor would read it, with sample values; unknown tokens are pointed out. */
export function InvitationPreview({ draft }: { draft: MeetingSettingsDraft }) {
  const title = renderSample(draft.meetingTitle);
  const unknown = unknownTokens(`${draft.meetingTitle} ${draft.invitationSubject} ${draft.invitationBody}`);
  return (
    <section className="invitation-preview" aria-label="Preview">
      <h4>Preview with sample values</h4>
      {unknown.length > 0 && (
        <p className="notice notice-warning">
          Not a token: {unknown.map((name) => `{{${name}}}`).join(", ")}. It is sent as typed.
        </p>
      )}
      <p className="preview-line">
        <span className="field-label">Subject</span>{" "}
        {renderSample(draft.invitationSubject, { "meeting.title": title })}
      </p>
      <p className="preview-line">
        <span className="field-label">Event</span> {title}
      </p>
      <pre className="preview-body">
        {renderSample(draft.invitationBody, {
          "meeting.title": title,
          "meeting.videoUrl": draft.videoUrl.trim() || "https://meet.example.com/grace",
        })}
      </pre>
    </section>
  );
}
