import type { CalendarConnection } from "@parley/protocol/meetings";
import { type FormEvent, useState } from "react";
import type { useCalendarActions } from "../data/useCalendars";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { Button } from "../ui/Button";
import { ConfirmButton } from "../ui/ConfirmButton";
import { FormMessage } from "../ui/FormMessage";
import { Switch } from "../ui/Switch";
import { TextField } from "../ui/TextField";
import { calendarKindText, calendarSyncText, needsAttentionText } from "./calendarWords";

interface CalendarConnectionCardProps {
  connection: CalendarConnection;
  actions: ReturnType<typeof useCalendarActions>;
}

/**
 * One connection: its state (a visible "needs attention" with the last error), refresh now, whether
 * bookings are written (CalDAV), new credentials, and remove (asks first).
 */
export function CalendarConnectionCard({ connection, actions }: CalendarConnectionCardProps) {
  const broken = connection.status === "needs_attention";
  const [fixing, setFixing] = useState(false);
  const { refreshNow, update, remove } = actions;
  const mine = <T extends { variables?: unknown }>(m: T) =>
    m.variables === connection.id || (m.variables as { id?: string } | undefined)?.id === connection.id;
  const refreshed = mine(refreshNow) && refreshNow.isSuccess;
  const error = [refreshNow, update, remove].find((m) => mine(m) && m.isError)?.error;
  return (
    <li className={`card calendar-card${broken ? " is-broken" : ""}`} aria-label={connection.name}>
      <div className="calendar-head">
        <div>
          <h3 className="calendar-name">{connection.name}</h3>
          <span className="cell-sub">
            {calendarKindText(connection.kind)} · {connection.calendarUrl ?? connection.url}
          </span>
        </div>
        {broken ? (
          <span className="badge badge-danger">Needs attention</span>
        ) : (
          <span className="badge badge-success">Connected</span>
        )}
      </div>
      {broken && (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>{needsAttentionText(connection)}</strong>
          </p>
          {connection.lastError && <p className="notice-meta">Last error: {connection.lastError}</p>}
        </div>
      )}
      <p className="field-hint">{calendarSyncText(connection)}</p>
      {connection.kind === "caldav" && (
        <Switch
          label="Write booked meetings into this calendar"
          checked={connection.writeBookings}
          disabled={update.isPending}
          onChange={(writeBookings) => update.mutate({ id: connection.id, writeBookings })}
        />
      )}
      <div className="calendar-actions">
        <Button
          onPress={() => refreshNow.mutate(connection.id)}
          disabled={refreshNow.isPending}
          aria-label={`Refresh ${connection.name} now`}
        >
          {refreshNow.isPending && mine(refreshNow) ? "Refreshing…" : "Refresh now"}
        </Button>
        {connection.kind === "caldav" && (
          <Button
            aria-expanded={fixing}
            onPress={() => setFixing((f) => !f)}
            variant={broken ? "primary" : "secondary"}
          >
            {fixing ? "Close" : broken ? "Re-enter the password" : "Change login"}
          </Button>
        )}
        <ConfirmButton
          label="Remove"
          ariaLabel={`Remove ${connection.name}`}
          question={`Remove ${connection.name}? Its busy times stop counting; meetings already booked stay.`}
          pending={remove.isPending && mine(remove)}
          onConfirm={() => remove.mutate(connection.id)}
        />
      </div>
      {fixing && (
        <CredentialsForm connection={connection} actions={actions} onDone={() => setFixing(false)} />
      )}
      <FormMessage error={error} success={refreshed ? "Read again." : null} />
    </li>
  );
}

function CredentialsForm({ connection, actions, onDone }: CalendarConnectionCardProps & { onDone(): void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);
  const { update } = actions;
  const errors = fieldErrorsOf(update.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!password) return setMissing(true);
    setMissing(false);
    update.mutate(
      { id: connection.id, password, ...(username.trim() ? { username: username.trim() } : {}) },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      noValidate
      className="form calendar-fix"
      onSubmit={submit}
      aria-label={`Login for ${connection.name}`}
    >
      <div className="field-row">
        <TextField
          label="User name"
          value={username}
          onChange={setUsername}
          autoComplete="username"
          hint="Leave empty to keep the current one."
          error={errors.username}
        />
        <TextField
          label="Password or app password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          error={missing ? "Required" : errors.password}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={update.isPending}>
          {update.isPending ? "Checking…" : "Save login"}
        </Button>
      </div>
    </form>
  );
}
