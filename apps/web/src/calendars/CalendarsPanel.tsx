import { useState } from "react";
import { useCalendarActions, useCalendars } from "../data/useCalendars";
import { Button } from "../ui/Button";
import { QueryState } from "../ui/QueryState";
import { AddCalDavForm } from "./AddCalDavForm";
import { AddIcsForm } from "./AddIcsForm";
import { BuiltInCalendarCard } from "./BuiltInCalendarCard";
import { CalendarConnectionCard } from "./CalendarConnectionCard";
import "../availability/availability.css";
import "../meetings/badges.css";
import "./calendars.css";

/**
 * A host's calendars (`me` or a user id): the built-in one, every connection with its state, and
 * adding a CalDAV calendar or an ICS feed. Connections update live (`calendar.updated`).
 */
export function CalendarsPanel({ userId }: { userId: string }) {
  const calendars = useCalendars(userId);
  const actions = useCalendarActions(userId);
  const [adding, setAdding] = useState<"caldav" | "ics" | null>(null);
  return (
    <div className="stack">
      <QueryState query={calendars} what="calendars">
        {(items) => (
          <ul className="calendar-list" aria-label="Calendars">
            <BuiltInCalendarCard />
            {items.map((connection) => (
              <CalendarConnectionCard key={connection.id} connection={connection} actions={actions} />
            ))}
          </ul>
        )}
      </QueryState>
      {adding === "caldav" && <AddCalDavForm actions={actions} onDone={() => setAdding(null)} />}
      {adding === "ics" && <AddIcsForm actions={actions} onDone={() => setAdding(null)} />}
      {adding === null && (
        <div className="form-actions">
          <Button onPress={() => setAdding("caldav")}>Connect a CalDAV calendar</Button>
          <Button onPress={() => setAdding("ics")}>Add an ICS feed</Button>
        </div>
      )}
    </div>
  );
}
