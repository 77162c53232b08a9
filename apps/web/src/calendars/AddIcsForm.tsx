import { type FormEvent, useState } from "react";
import type { useCalendarActions } from "../data/useCalendars";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";

interface AddIcsFormProps {
  actions: ReturnType<typeof useCalendarActions>;
  onDone(): void;
}

/** Connects a calendar's ICS feed (its "secret address"): read for busy times, refreshed regularly. */
export function AddIcsForm({ actions, onDone }: AddIcsFormProps) {
  const { create } = actions;
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const errors = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const address = url.trim();
    const bad = !address
      ? "Required"
      : /^(https?|webcal):\/\//i.test(address)
        ? undefined
        : "Must start with https://, http:// or webcal://";
    setProblem(bad);
    if (bad) return;
    create.mutate(
      { kind: "ics", url: address, ...(name.trim() ? { name: name.trim() } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <form noValidate className="card form" onSubmit={submit} aria-label="Add an ICS feed">
      <h3>Add an ICS feed</h3>
      <div className="field-hint ics-help">
        <p>Read only: its events block your time, bookings are not written into it.</p>
        <ul>
          <li>
            <strong>Outlook</strong>: Settings › Calendar › Shared calendars › Publish a calendar, choose “Can
            view all details”, and copy the ICS link.
          </li>
          <li>
            <strong>Google Calendar</strong>: Settings › your calendar › Integrate calendar › “Secret address
            in iCal format”.
          </li>
        </ul>
        <p>Keep the address private: anyone who has it can read the calendar.</p>
      </div>
      <TextField
        label="Feed address"
        value={url}
        onChange={setUrl}
        placeholder="https://outlook.office365.com/owa/calendar/…/calendar.ics"
        error={problem ?? errors.url}
      />
      <TextField
        label="Name"
        value={name}
        onChange={setName}
        hint="How it is listed here, e.g. “Work calendar”."
        maxLength={120}
        error={errors.name}
      />
      <FormMessage error={create.error} fields={["url", "name"]} />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Adding…" : "Add feed"}
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
