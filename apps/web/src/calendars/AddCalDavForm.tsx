import { type FormEvent, useState } from "react";
import { Label, Radio, RadioGroup } from "react-aria-components";
import type { useCalendarActions } from "../data/useCalendars";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { Switch } from "../ui/Switch";
import { TextField } from "../ui/TextField";

interface AddCalDavFormProps {
  actions: ReturnType<typeof useCalendarActions>;
  onDone(): void;
}

type Found = { url: string; name: string }[];

/**
 * Connects a CalDAV account in two steps: the account's address and login → "Find calendars" (the
 * server logs in and lists them) → choose one → connect (busy times are read from it, and bookings
 * written into it unless switched off).
 */
export function AddCalDavForm({ actions, onDone }: AddCalDavFormProps) {
  const { discover, create } = actions;
  const [url, setUrl] = useState("");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [chosen, setChosen] = useState("");
  const [writeBookings, setWriteBookings] = useState(true);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const errors = { ...fieldErrorsOf(discover.error), ...fieldErrorsOf(create.error), ...missing };

  const find = (event: FormEvent) => {
    event.preventDefault();
    const gaps: Record<string, string> = {};
    if (!url.trim()) gaps.url = "Required";
    if (!username.trim()) gaps.username = "Required";
    if (!password) gaps.password = "Required";
    setMissing(gaps);
    if (Object.keys(gaps).length > 0) return;
    setFound(null);
    create.reset();
    discover.mutate(
      { url: url.trim(), username: username.trim(), password },
      {
        onSuccess: ({ items }) => {
          setFound(items);
          setChosen(items[0]?.url ?? "");
        },
      },
    );
  };
  const connect = () => {
    const calendar = found?.find((c) => c.url === chosen);
    if (!calendar) return;
    create.mutate(
      {
        kind: "caldav",
        url: url.trim(),
        username: username.trim(),
        password,
        calendarUrl: calendar.url,
        name: calendar.name,
        writeBookings,
      },
      { onSuccess: onDone },
    );
  };
  // Changing the login means the list found is no longer the account's.
  const edit = (set: (value: string) => void) => (value: string) => {
    set(value);
    setFound(null);
  };

  return (
    <form noValidate className="card form" onSubmit={find} aria-label="Connect a CalDAV calendar">
      <h3>Connect a CalDAV calendar</h3>
      <p className="field-hint">
        Nextcloud, iCloud, Fastmail, Radicale and others. For iCloud and Fastmail use an app password made in
        the account's security settings, not your main password.
      </p>
      <TextField
        label="Server address"
        type="url"
        value={url}
        onChange={edit(setUrl)}
        placeholder="https://cloud.example.com/remote.php/dav"
        error={errors.url}
      />
      <div className="field-row">
        <TextField
          label="User name"
          value={username}
          onChange={edit(setUsername)}
          autoComplete="username"
          error={errors.username}
        />
        <TextField
          label="Password or app password"
          type="password"
          value={password}
          onChange={edit(setPassword)}
          autoComplete="current-password"
          error={errors.password}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant={found ? "secondary" : "primary"} disabled={discover.isPending}>
          {discover.isPending ? "Looking…" : "Find calendars"}
        </Button>
        <Button onPress={onDone}>Cancel</Button>
      </div>
      {found && found.length === 0 && (
        <p className="notice notice-warning">This account has no calendars Parley can read.</p>
      )}
      {found && found.length > 0 && (
        <>
          <RadioGroup className="calendar-choices" value={chosen} onChange={setChosen}>
            <Label className="field-label">Calendar</Label>
            {found.map((calendar) => (
              <Radio key={calendar.url} value={calendar.url} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                <span className="checkbox-label">
                  {calendar.name} <span className="cell-sub">{calendar.url}</span>
                </span>
              </Radio>
            ))}
          </RadioGroup>
          <Switch
            label="Write booked meetings into this calendar"
            checked={writeBookings}
            onChange={setWriteBookings}
            hint="Each booking appears in it, moves when rescheduled and goes when cancelled."
          />
          <div className="form-actions">
            <Button variant="primary" onPress={connect} disabled={!chosen || create.isPending}>
              {create.isPending ? "Connecting…" : "Connect calendar"}
            </Button>
          </div>
        </>
      )}
      <FormMessage error={discover.error ?? create.error} fields={["url", "username", "password"]} />
    </form>
  );
}
