import type { BookedMeeting, MeetingOfferView } from "@parley/protocol/meetings";
import { browserZone } from "../model/slotDays";
import { type BookingEvent, type BookingState, nextBookingState } from "../model/bookingState";
import type { ConversationRecord } from "../model/types";
import { validateLocally } from "../model/validateLocally";
import { callApi } from "../net/callApi";
import { h } from "./h";
import { type MeetingActions, renderBooking } from "./renderBooking";
import { keepFocus } from "./renderSlotChooser";
import type { ViewEnv } from "./viewEnv";

export interface MeetingCard {
  el: HTMLElement;
  /** The transcript changed: an offer a newer one replaced, or the dialogue went on, shows how it ended. */
  sync(): void;
  /** What the keyboard should reach when the card is the visitor's next step (else null). */
  focusTarget(): HTMLElement | null;
}

/** The meeting messages of a transcript: a Meeting card's (bot) or a booking shared by an agent. */
export const isMeetingMessage = (m: ConversationRecord["messages"][number]) =>
  m.author !== "visitor" && !!m.body && (m.body as { type?: string }).type === "meeting";

/**
 * A meeting offer in the chat (product.md §6): reads the offer, books or declines it over HTTP and
 * fires `meeting.booked`; renderBooking draws each state. Only the transcript's newest offer is
 * interactive; older ones, and offers booked or closed, show how they ended.
 */
export function createMeetingCard(
  env: ViewEnv,
  record: ConversationRecord,
  seq: number,
  offer: { offerId?: string; cardId?: string },
  onReady: () => void,
): MeetingCard {
  const el = h("div", { class: "mtg", tabindex: "-1" });
  const zone = browserZone();
  const api = `${env.ctx.base}/api/widget/meetings/offers/${encodeURIComponent(offer.offerId || "")}`;
  const visitor = env.ctx.boot.visitor.token;
  let state: BookingState = { step: "loading" };
  let email = "";
  /** How many messages there were when the offer was last read: a later bot message means the dialogue went on. */
  let readAt = record.messages.length;
  let reading = false;

  const live = () => !record.messages.some((m) => m.seq > seq && isMeetingMessage(m));
  const open = () => state.step === "pick" || state.step === "confirm";

  /** Moves to the next state and redraws; `focus` (a selector) takes the keyboard if the card had it. */
  const go = (event: BookingEvent, focus?: string) => {
    state = nextBookingState(state, event);
    draw(focus);
  };
  const draw = (focus?: string) => {
    el.className = open() ? "mtg" : "mtg done";
    keepFocus(el, renderBooking(env, state, zone, actions, email), focus);
  };

  const load = async () => {
    if (!offer.offerId) return go({ type: "declined" });
    reading = true;
    readAt = record.messages.length;
    const answer = await callApi<MeetingOfferView>(
      `${api}?visitor=${encodeURIComponent(visitor)}&tz=${encodeURIComponent(zone)}`,
    );
    reading = false;
    if (answer.ok) go({ type: "loaded", view: answer.data, live: live() }, ".dy");
    // Gone, or not this visitor's: nothing to book here any more.
    else go({ type: answer.status >= 400 && answer.status < 500 ? "declined" : "unavailable" });
    onReady();
  };

  const actions: MeetingActions = {
    retry: () => void load(),
    day: (date: string) => go({ type: "day", date }),
    time: (start: string) =>
      go({ type: "time", start }, state.step === "pick" && state.view.needsEmail ? "input" : ".bk"),
    back: () => go({ type: "back" }, state.step === "confirm" ? `[data-k="t${state.start}"]` : ""),
    email: (value: string) => void (email = value),
    async book() {
      if (state.step !== "confirm") return;
      const needsEmail = state.view.needsEmail;
      if (needsEmail && validateLocally("email", email))
        return go({ type: "error", error: "email" }, "input");
      const start = state.start;
      go({ type: "busy" });
      const answer = await callApi<BookedMeeting>(`${api}/book`, {
        visitor,
        start,
        timeZone: zone,
        language: env.tr().language,
        ...(needsEmail ? { email: email.trim() } : {}),
      });
      if (answer.ok) {
        const { agentId, agentName, start: startsAt } = answer.data;
        if (record.id) env.session.booked(record.id, offer.cardId, agentId, agentName, startsAt);
        return go({ type: "booked", start: startsAt, agentName });
      }
      const fresh = (answer.details as { offer?: MeetingOfferView } | undefined)?.offer;
      if (answer.status === 409 && fresh) return go({ type: "taken", view: fresh }, ".sl");
      // The server's email rule has the last word (the local check is the same rule, sooner).
      if (answer.status === 400 && needsEmail) return go({ type: "error", error: "email" }, "input");
      // Refused otherwise (the offer closed meanwhile): what the server says now.
      if (answer.status === 409 || answer.status === 404) return load();
      go({ type: "error", error: "failed" }, ".bk");
    },
    async decline() {
      go({ type: "busy" });
      const answer = await callApi(`${api}/decline`, { visitor });
      go(
        answer.ok || answer.status === 409 ? { type: "declined" } : { type: "error", error: "failed" },
        ".no",
      );
    },
  };
  draw();
  void load();
  return {
    el,
    sync() {
      if (reading || !open()) return;
      const later = record.messages.slice(readAt).some((m) => m.seq > seq && m.author === "bot");
      if (!live() || later) void load();
    },
    focusTarget: () => (open() && live() ? el.querySelector<HTMLElement>("button,input") : null),
  };
}
