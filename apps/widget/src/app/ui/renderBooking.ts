import { icon } from "../../shared/icon";
import type { BookingState } from "../model/bookingState";
import { slotDays, slotFormat } from "../model/slotDays";
import { h } from "./h";
import { CALENDAR } from "./icons";
import { renderSlotChooser } from "./renderSlotChooser";
import type { ViewEnv } from "./viewEnv";

/** What the meeting card's buttons do (createMeetingCard). */
export interface MeetingActions {
  retry(): void;
  day(date: string): void;
  time(start: string): void;
  back(): void;
  email(value: string): void;
  book(): void;
  decline(): void;
}

/**
 * The meeting card in one state: the days and times (the zone named), the confirmation (time,
 * length, host, email when needed, Book), the booked time, or how it ended. Real buttons only;
 * every server text goes in as text. `email`: what the visitor typed so far.
 */
export function renderBooking(
  env: ViewEnv,
  s: BookingState,
  zone: string,
  on: MeetingActions,
  email: string,
): Node[] {
  const tr = env.tr();
  const m = tr.messages;
  const format = slotFormat(tr.locale, zone);
  const when = (at: string) => tr.t("dayAndTime", { day: format.long(at), time: format.time(at) });
  const button = (text: string, onclick: () => void, cls = "", disabled?: boolean) =>
    h("button", { type: "button", class: `qr ${cls}`, onclick, disabled }, text);

  if (s.step === "loading") return [h("span", { class: "dots" }, h("i"), h("i"), h("i"))];
  if (s.step === "unavailable")
    return [h("p", { role: "alert" }, m.failed), button(m.meetingRetry, on.retry)];
  if (s.step === "closed") return [h("p", { class: "nb" }, m.meetingNotBooked)];
  if (s.step === "booked")
    return [
      h(
        "p",
        { class: "bkd", role: "status" },
        icon(CALENDAR),
        h("span", null, tr.t("meetingBooked", { when: when(s.start), name: s.agentName })),
      ),
    ];

  const { view, busy, error } = s;
  const days = slotDays(view.days, format);
  const alert = h(
    "p",
    { class: "err", id: `${view.offerId}e`, role: "alert" },
    error === "taken" ? m.meetingTaken : error === "email" ? m.invalid.invalid_email : error ? m.failed : "",
  );
  const noThanks = button(days.length ? m.meetingNoThanks : m.meetingContinue, on.decline, "no", busy);
  if (!days.length) return [h("p", null, view.noSlotsText || m.meetingNoSlots), alert, noThanks];

  if (s.step === "pick")
    return [
      h("p", { class: "zn" }, tr.t("meetingTimesIn", { zone: format.zone(days[0]?.times[0]?.start || "") })),
      alert,
      renderSlotChooser(
        days,
        s.day,
        { days: m.meetingDays, timesOn: (day) => tr.t("meetingTimesOn", { day }) },
        on,
        busy,
      ),
      noThanks,
    ];

  const input = h("input", {
    class: "in",
    type: "email",
    inputmode: "email",
    autocomplete: "email",
    placeholder: m.emailPlaceholder,
    "aria-invalid": error === "email" && "true",
    "aria-describedby": alert.id,
    disabled: busy,
    oninput: () => on.email(input.value),
    onkeydown: (e: Event) => (e as KeyboardEvent).key === "Enter" && on.book(),
  });
  input.value = email;
  const details = [tr.t("meetingMinutes", { n: view.meetingMinutes })];
  if (view.hostName) details.push(tr.t("meetingWith", { name: view.hostName }));
  const out: (Node | false)[] = [
    h("p", { class: "cf" }, h("b", null, when(s.start)), h("small", null, details.join(" · "))),
    view.needsEmail && h("label", { class: "em" }, h("span", null, m.meetingEmail), input),
    alert,
    h(
      "div",
      { class: "acts" },
      button(m.meetingOtherTimes, on.back, "", busy),
      button(m.meetingBook, on.book, "bk yes", busy),
    ),
    noThanks,
  ];
  return out.filter((n): n is Node => !!n);
}
