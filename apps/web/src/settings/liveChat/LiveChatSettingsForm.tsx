import type { LiveChatSettings } from "@parley/protocol/liveChat";
import { type FormEvent, useState } from "react";
import { useUpdateLiveChatSettings } from "../../data/useLiveChatSettings";
import { type FieldErrors, fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../../forms/useUnsavedChangesGuard";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { Switch } from "../../ui/Switch";
import { TextField } from "../../ui/TextField";
import {
  bodyOf,
  draftOf,
  draftProblems,
  type LiveChatDraft,
  NUMBER_SETTINGS,
  type NumberSetting,
} from "./liveChatDraft";

const NUMBER_LABELS: Record<NumberSetting, { label: string; hint: string }> = {
  acceptTimeoutSeconds: {
    label: "Accept timeout (seconds)",
    hint: "10–600. Unanswered offers go to the next agent.",
  },
  maxAttempts: {
    label: "Offers per chat",
    hint: "1–10 agents are offered a chat before it is queued or falls back.",
  },
  queueTimeoutMinutes: {
    label: "Queue timeout (minutes)",
    hint: "1–240. A queued chat nobody takes gets the fallback.",
  },
  inactivityMinutes: {
    label: "End idle chats after (minutes)",
    hint: "1–1440 without a message from either side.",
  },
  awayAfterMinutes: { label: "Away after (minutes)", hint: "1–240 without an open inbox." },
  defaultConcurrency: {
    label: "Default concurrent chats",
    hint: "1–10, for agents without a limit of their own.",
  },
};

/** The widget's standard texts (English; visitors read them in their language), shown as placeholders. */
const STANDARD_CHAT_FALLBACK = "Nobody is available to chat right now. We'll get back to you soon.";
const STANDARD_MEETING_FALLBACK = "No meeting can be booked right now. We'll get back to you soon.";
const FIELDS = [
  ...NUMBER_SETTINGS,
  "queueEnabled",
  "fallbackToRoundRobin",
  "missedChatEmail",
  "fallbackMessage",
  "meetingFallbackMessage",
];

interface LiveChatSettingsFormProps {
  siteId: string;
  settings: LiveChatSettings;
  /** Without routing.manage the form is shown but cannot be changed. */
  readOnly: boolean;
}

/** A site's live chat settings: offers, queue, fallback, idle and away times, limits, texts. */
export function LiveChatSettingsForm({ siteId, settings, readOnly }: LiveChatSettingsFormProps) {
  const [draft, setDraft] = useState<LiveChatDraft>(() => draftOf(settings));
  const [saved, setSaved] = useState(() => JSON.stringify(bodyOf(draftOf(settings))));
  const [problems, setProblems] = useState<FieldErrors>({});
  const save = useUpdateLiveChatSettings(siteId);
  const current = JSON.stringify(bodyOf(draft));
  const dirty = current !== saved;
  useUnsavedChangesGuard(!readOnly && dirty && !save.isPending);
  const errors: FieldErrors = { ...fieldErrorsOf(save.error), ...problems };
  const set =
    <K extends keyof LiveChatDraft>(key: K) =>
    (value: LiveChatDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = draftProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return save.reset();
    save.mutate(bodyOf(draft), {
      onSuccess: (next) => {
        setDraft(draftOf(next));
        setSaved(JSON.stringify(bodyOf(draftOf(next))));
      },
    });
  };

  const numberField = (key: NumberSetting) => (
    <TextField
      key={key}
      label={NUMBER_LABELS[key].label}
      hint={NUMBER_LABELS[key].hint}
      inputMode="numeric"
      value={draft[key]}
      onChange={set(key)}
      error={errors[key]}
      readOnly={readOnly}
    />
  );

  return (
    <form noValidate className="form" onSubmit={submit} aria-label="Live chat settings">
      <div className="card form">
        <h3>Offers and queue</h3>
        <div className="livechat-grid">
          {numberField("acceptTimeoutSeconds")}
          {numberField("maxAttempts")}
          {numberField("defaultConcurrency")}
        </div>
        <Switch
          label="Queue chats nobody accepted"
          checked={draft.queueEnabled}
          onChange={set("queueEnabled")}
          disabled={readOnly}
          hint="The visitor sees their place in the queue and waits instead of getting the fallback text."
        />
        {draft.queueEnabled && <div className="livechat-grid">{numberField("queueTimeoutMinutes")}</div>}
        <Switch
          label="Fall back to round robin"
          checked={draft.fallbackToRoundRobin}
          onChange={set("fallbackToRoundRobin")}
          disabled={readOnly}
          hint="When a card's rule finds nobody, offer the chat to any available agent in turn."
        />
      </div>
      <div className="card form">
        <h3>Idle chats and presence</h3>
        <div className="livechat-grid">
          {numberField("inactivityMinutes")}
          {numberField("awayAfterMinutes")}
        </div>
        <Switch
          label="Email about missed chats"
          checked={draft.missedChatEmail}
          onChange={set("missedChatEmail")}
          disabled={readOnly}
          hint="The agents who were offered the chat (or its team) get an email when nobody took it."
        />
      </div>
      <div className="card form">
        <h3>Fallback texts</h3>
        <TextField
          label="When nobody takes a live chat"
          value={draft.fallbackMessage}
          onChange={set("fallbackMessage")}
          placeholder={STANDARD_CHAT_FALLBACK}
          hint="Leave empty for the standard text shown here, in the visitor's language."
          error={errors.fallbackMessage}
          rows={3}
          maxLength={2000}
          disabled={readOnly}
        />
        <TextField
          label="When no meeting can be booked"
          value={draft.meetingFallbackMessage}
          onChange={set("meetingFallbackMessage")}
          placeholder={STANDARD_MEETING_FALLBACK}
          hint="Leave empty for the standard text shown here, in the visitor's language."
          error={errors.meetingFallbackMessage}
          rows={3}
          maxLength={2000}
          disabled={readOnly}
        />
      </div>
      {!readOnly && (
        <>
          <FormMessage
            error={
              Object.keys(problems).length > 0
                ? new Error("Please correct the fields marked above.")
                : save.error
            }
            fields={FIELDS}
            success={save.isSuccess && !dirty ? "Live chat settings saved." : null}
          />
          <div className="form-actions">
            <Button type="submit" variant="primary" disabled={save.isPending}>
              {save.isPending ? "Saving…" : "Save settings"}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
