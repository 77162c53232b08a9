import type { AgentAvailability } from "@parley/protocol/meetings";
import { type FormEvent, useRef, useState } from "react";
import { ScheduleEditor } from "../agent/ScheduleEditor";
import { browserTimeZone } from "../agent/timeZones";
import { useUpdateAvailability } from "../data/useAvailability";
import { errorFor, type FieldErrors, fieldErrorsOf } from "../forms/fieldErrorsOf";
import { useUnsavedChangesGuard } from "../forms/useUnsavedChangesGuard";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import {
  type AvailabilityDraft,
  availabilityBodyOf,
  availabilityDraftOf,
  type AvailabilityProblems,
  availabilityProblems,
  draftFingerprint,
  hasProblems,
} from "./availabilityDraft";
import { OverridesEditor } from "./OverridesEditor";
import { TimeZoneField } from "./TimeZoneField";
import "../agent/agent.css";
import "./availability.css";

/** Server fields and the form fields they are shown at (notice: minutes on the wire, hours here). */
const SERVER_FIELD: Record<string, keyof AvailabilityDraft> = {
  timeZone: "timeZone",
  meetingMinutes: "meetingMinutes",
  bufferMinutes: "bufferMinutes",
  noticeMinutes: "noticeHours",
  horizonDays: "horizonDays",
  slotStepMinutes: "slotStepMinutes",
  dailyCap: "dailyCap",
  videoUrl: "videoUrl",
};
const FIELDS = [...Object.keys(SERVER_FIELD), "schedule", "overrides"];
const NO_PROBLEMS: AvailabilityProblems = { fields: {}, blocks: {} };

interface AvailabilityFormProps {
  /** `me`, or the host an admin edits. */
  userId: string;
  saved: AgentAvailability;
  /** "your" or the host's name, in the hints. */
  whose: string;
}

/** A host's availability: zone, weekly blocks, meeting rules, date overrides and video link (one Save). */
export function AvailabilityForm({ userId, saved, whose }: AvailabilityFormProps) {
  const save = useUpdateAvailability(userId);
  const counter = useRef(0);
  const newKey = () => `a${++counter.current}`;
  // Someone else's availability never takes the admin's browser zone.
  const [draft, setDraft] = useState(() =>
    availabilityDraftOf(saved, userId === "me" ? browserTimeZone() : saved.timeZone, newKey),
  );
  const [savedPrint, setSavedPrint] = useState(() =>
    saved.configured ? draftFingerprint(availabilityDraftOf(saved, saved.timeZone, newKey)) : "",
  );
  const [problems, setProblems] = useState<AvailabilityProblems>(NO_PROBLEMS);
  const dirty = draftFingerprint(draft) !== savedPrint;
  useUnsavedChangesGuard(dirty && !save.isPending);
  const server = fieldErrorsOf(save.error);
  const errors: FieldErrors = { ...problems.fields };
  for (const [from, to] of Object.entries(SERVER_FIELD)) if (server[from]) errors[to] ??= server[from];
  const set =
    <K extends keyof AvailabilityDraft>(key: K) =>
    (value: AvailabilityDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = availabilityProblems(draft);
    setProblems(found);
    if (hasProblems(found)) return save.reset();
    save.mutate(availabilityBodyOf(draft), {
      onSuccess: (next) => {
        const fresh = availabilityDraftOf(next, next.timeZone, newKey);
        setDraft(fresh);
        setSavedPrint(draftFingerprint(fresh));
      },
    });
  };

  const number = (key: keyof typeof NUMBER_LABELS) => (
    <TextField
      label={NUMBER_LABELS[key].label}
      hint={NUMBER_LABELS[key].hint}
      inputMode={key === "noticeHours" ? "decimal" : "numeric"}
      value={draft[key]}
      onChange={set(key)}
      error={errors[key]}
      placeholder={NUMBER_LABELS[key].placeholder}
    />
  );

  return (
    <form noValidate className="form" onSubmit={submit} aria-label="Meeting availability">
      {!saved.configured && (
        <p className="notice notice-info">
          Not set up yet: visitors cannot book {whose === "your" ? "you" : whose} until this is saved. A
          working week is filled in to start from.
        </p>
      )}
      <div className="card form">
        <h2>Time zone</h2>
        <div className="field-row">
          <TimeZoneField
            value={draft.timeZone}
            onChange={set("timeZone")}
            error={errors.timeZone}
            hint={`The weekly hours and days off are read in this zone. Visitors see times in their own.`}
          />
        </div>
      </div>
      <div className="card form">
        <h2>Weekly hours</h2>
        <p className="field-hint">When meetings can start and end; several blocks per day are fine.</p>
        <ScheduleEditor
          blocks={draft.blocks}
          onChange={set("blocks")}
          problems={problems.blocks}
          newKey={newKey}
        />
        {errorFor(server, "schedule") && <p className="field-error">{errorFor(server, "schedule")}</p>}
      </div>
      <div className="card form">
        <h2>Meetings</h2>
        <div className="availability-grid">
          {number("meetingMinutes")}
          {number("bufferMinutes")}
          {number("noticeHours")}
          {number("horizonDays")}
          {number("slotStepMinutes")}
          {number("dailyCap")}
        </div>
        <TextField
          label="Video meeting link"
          type="url"
          value={draft.videoUrl}
          onChange={set("videoUrl")}
          error={errors.videoUrl}
          placeholder="https://meet.example.com/your-room"
          hint="Put into every invitation. Leave empty to use the site's link, if it has one."
        />
      </div>
      <div className="card form">
        <h2>Days off and special hours</h2>
        <OverridesEditor
          overrides={draft.overrides}
          onChange={set("overrides")}
          problems={problems.fields}
          blockProblems={problems.blocks}
          newKey={newKey}
        />
        {errorFor(server, "overrides") && <p className="field-error">{errorFor(server, "overrides")}</p>}
      </div>
      <FormMessage
        error={hasProblems(problems) ? new Error("Please correct the fields marked above.") : save.error}
        fields={FIELDS}
        success={save.isSuccess && !dirty ? "Availability saved." : null}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save availability"}
        </Button>
        {dirty && !save.isPending && <span className="field-hint">Unsaved changes</span>}
      </div>
    </form>
  );
}

const NUMBER_LABELS = {
  meetingMinutes: { label: "Meeting length (minutes)", hint: "5–480.", placeholder: "30" },
  bufferMinutes: {
    label: "Buffer after meetings (minutes)",
    hint: "0–240, kept free after every meeting and calendar event.",
    placeholder: "0",
  },
  noticeHours: {
    label: "Minimum notice (hours)",
    hint: "How long from now the earliest booking starts. 24 is a day.",
    placeholder: "24",
  },
  horizonDays: { label: "Book up to (days ahead)", hint: "1–365.", placeholder: "30" },
  slotStepMinutes: {
    label: "Start times every (minutes)",
    hint: "Empty: every meeting length from a block's start.",
    placeholder: "Meeting length",
  },
  dailyCap: {
    label: "At most meetings per day",
    hint: "Empty: no limit.",
    placeholder: "No limit",
  },
} as const;
