import type { MeetingOfferView } from "@parley/protocol/meetings";

/** Why the last try did not go through: the time was just taken, the email was refused, or anything else. */
export type BookingError = "taken" | "email" | "failed";

/** Where the visitor is with one meeting offer (the picker in the chat). */
export type BookingState =
  /** Reading the offer; it could not be read (a retry button); declined or ended without a booking. */
  | { step: "loading" }
  | { step: "unavailable" }
  | { step: "closed" }
  /** Choosing a day (`day` null: the first) and a time. `busy`: a decline is on its way. */
  | { step: "pick"; view: MeetingOfferView; day: string | null; error?: BookingError; busy?: boolean }
  /** The chosen time, the email when needed, Book. `busy`: the booking is on its way. */
  | {
      step: "confirm";
      view: MeetingOfferView;
      day: string | null;
      start: string;
      error?: BookingError;
      busy?: boolean;
    }
  | { step: "booked"; start: string; agentName: string };

export type BookingEvent =
  /** The offer as the server sees it; `live` false: a newer offer came after it (never interactive). */
  | { type: "loaded"; view: MeetingOfferView; live: boolean }
  | { type: "unavailable" }
  | { type: "day"; date: string }
  | { type: "time"; start: string }
  | { type: "back" }
  /** A booking or a decline went out: the buttons wait. */
  | { type: "busy" }
  | { type: "error"; error: BookingError }
  /** The pick was just taken: the offer's fresh slots. */
  | { type: "taken"; view: MeetingOfferView }
  | { type: "booked"; start: string; agentName: string }
  | { type: "declined" };

/** What an offer's server view means: its final state, or the picker while it is open and newest. */
function fromView(view: MeetingOfferView, live: boolean, day: string | null = null): BookingState {
  if (view.status === "booked" && view.meeting)
    return { step: "booked", start: view.meeting.start, agentName: view.meeting.agentName };
  if (view.status !== "open" || !live) return { step: "closed" };
  // Stay on the chosen day while it still has times.
  return { step: "pick", view, day: view.days.some((d) => d.date === day && d.slots.length) ? day : null };
}

/** A fresh view of some days only (`daysWindow`) laid over the earlier view's other days. */
function withEarlierDays(earlier: MeetingOfferView, fresh: MeetingOfferView): MeetingOfferView {
  const w = fresh.daysWindow;
  if (!w) return fresh;
  const kept = earlier.days.filter((d) => d.date < w.from || d.date >= w.until);
  return { ...fresh, days: [...kept, ...fresh.days].sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

/** The picker's transitions: pure, so each can be tested without a browser. */
export function nextBookingState(s: BookingState, e: BookingEvent): BookingState {
  const idle = (s.step === "pick" || s.step === "confirm") && !s.busy;
  switch (e.type) {
    case "loaded":
      // A booking made here stays shown, whatever a late answer says.
      return s.step === "booked" ? s : fromView(e.view, e.live);
    case "unavailable":
      return s.step === "loading" ? { step: "unavailable" } : s;
    case "day":
      return idle && s.step === "pick" ? { step: "pick", view: s.view, day: e.date } : s;
    case "time":
      return idle && s.step === "pick" ? { step: "confirm", view: s.view, day: s.day, start: e.start } : s;
    case "back":
      return idle && s.step === "confirm" ? { step: "pick", view: s.view, day: s.day } : s;
    case "busy":
      return idle ? { ...s, busy: true, error: undefined } : s;
    case "error":
      return s.step === "pick" || s.step === "confirm" ? { ...s, busy: false, error: e.error } : s;
    case "taken": {
      if (s.step !== "confirm") return s;
      const next = fromView(withEarlierDays(s.view, e.view), true, s.day);
      return next.step === "pick" ? { ...next, error: "taken" } : next;
    }
    case "booked":
      return { step: "booked", start: e.start, agentName: e.agentName };
    case "declined":
      return s.step === "booked" ? s : { step: "closed" };
  }
}
