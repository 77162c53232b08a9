import type { MeetingSettings } from "@parley/protocol/meetings";
import { type FormEvent, useLayoutEffect, useRef, useState } from "react";
import { useUpdateMeetingSettings } from "../../data/useMeetingSettings";
import { type FieldErrors, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";
import {
  type MeetingSettingsDraft,
  meetingSettingsBodyOf,
  meetingSettingsDraftOf,
  meetingSettingsProblems,
  type TextSetting,
} from "./meetingSettingsDraft";
import { InvitationPreview } from "./InvitationPreview";
import { TokenList } from "./TokenList";

const FIELDS = [
  "meetingTitle",
  "invitationSubject",
  "invitationBody",
  "videoUrl",
  "noSlotsText",
  "manageCutoffHours",
];
const STANDARD_NO_SLOTS = "No meeting can be booked right now. We'll get back to you soon.";

interface MeetingSettingsFormProps {
  siteId: string;
  settings: MeetingSettings;
}

/** A site's meeting texts and links: title, invitation subject and body (with tokens), video link, cutoff. */
export function MeetingSettingsForm({ siteId, settings }: MeetingSettingsFormProps) {
  const [draft, setDraft] = useState(() => meetingSettingsDraftOf(settings));
  const [saved, setSaved] = useState(() => JSON.stringify(meetingSettingsDraftOf(settings)));
  const [problems, setProblems] = useState<FieldErrors>({});
  const save = useUpdateMeetingSettings(siteId);
  const dirty = JSON.stringify(draft) !== saved;
  useUnsavedChangesGuard(dirty && !save.isPending);
  const errors: FieldErrors = { ...fieldErrorsOf(save.error), ...problems };
  const set =
    <K extends keyof MeetingSettingsDraft>(key: K) =>
    (value: MeetingSettingsDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  // Where a token goes: the text field focused last, at its cursor (the body when none was).
  const target = useRef<{ field: TextSetting; element: HTMLInputElement | HTMLTextAreaElement } | null>(null);
  const [caret, setCaret] = useState<{ field: TextSetting; at: number } | null>(null);
  const track = (field: TextSetting) => (event: FormEvent<HTMLDivElement>) => {
    const element = event.target;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
      target.current = { field, element };
  };
  const insert = (token: string) => {
    const field = target.current?.field ?? "invitationBody";
    const element = target.current?.element;
    const text = draft[field];
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? start;
    set(field)(text.slice(0, start) + token + text.slice(end));
    setCaret({ field, at: start + token.length });
  };
  useLayoutEffect(() => {
    const element = target.current?.element;
    if (!caret || !element || target.current?.field !== caret.field) return;
    element.focus();
    element.setSelectionRange(caret.at, caret.at);
    setCaret(null);
  }, [caret]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = meetingSettingsProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return save.reset();
    save.mutate(meetingSettingsBodyOf(draft), {
      onSuccess: (next) => {
        setDraft(meetingSettingsDraftOf(next));
        setSaved(JSON.stringify(meetingSettingsDraftOf(next)));
      },
    });
  };

  return (
    <form noValidate className="form" onSubmit={submit} aria-label="Meeting settings">
      <div className="card form">
        <h3>Invitation</h3>
        <div className="meeting-texts">
          <div className="form">
            <div onFocusCapture={track("meetingTitle")}>
              <TextField
                label="Meeting title"
                value={draft.meetingTitle}
                onChange={set("meetingTitle")}
                error={errors.meetingTitle}
                maxLength={200}
                hint="The calendar event's title."
              />
            </div>
            <div onFocusCapture={track("invitationSubject")}>
              <TextField
                label="Invitation subject"
                value={draft.invitationSubject}
                onChange={set("invitationSubject")}
                error={errors.invitationSubject}
                maxLength={300}
              />
            </div>
            <div onFocusCapture={track("invitationBody")}>
              <TextField
                label="Invitation text"
                value={draft.invitationBody}
                onChange={set("invitationBody")}
                error={errors.invitationBody}
                rows={9}
                maxLength={5000}
                hint={'The visitor\'s email. A token may carry a fallback: {{person.firstName | "there"}}.'}
              />
            </div>
          </div>
          <TokenList onInsert={insert} />
        </div>
        <InvitationPreview draft={draft} />
      </div>
      <div className="card form">
        <h3>Links and texts</h3>
        <TextField
          label="Video meeting link"
          type="url"
          value={draft.videoUrl}
          onChange={set("videoUrl")}
          error={errors.videoUrl}
          placeholder="https://meet.example.com/team"
          hint="Used for agents who have no link of their own. Empty: no video link."
        />
        <TextField
          label="When no time is free"
          value={draft.noSlotsText}
          onChange={set("noSlotsText")}
          error={errors.noSlotsText}
          rows={2}
          maxLength={1000}
          placeholder={STANDARD_NO_SLOTS}
          hint="Shown on the booking card. Empty: the standard text shown here, in the visitor's language."
        />
        <div className="field-row">
          <TextField
            label="Changes allowed until (hours before)"
            inputMode="numeric"
            value={draft.manageCutoffHours}
            onChange={set("manageCutoffHours")}
            error={errors.manageCutoffHours}
            hint="0–168. The visitor's reschedule and cancel links stop working this long before the meeting."
          />
        </div>
      </div>
      <FormMessage
        error={
          Object.keys(problems).length > 0 ? new Error("Please correct the fields marked above.") : save.error
        }
        fields={FIELDS}
        success={save.isSuccess && !dirty ? "Meeting settings saved." : null}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </form>
  );
}
