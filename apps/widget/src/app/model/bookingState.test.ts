import type { MeetingOfferView } from "@parley/protocol/meetings";
import { describe, expect, it } from "vitest";
import { type BookingEvent, type BookingState, nextBookingState } from "./bookingState";

const slot = (start: string) => ({ start, end: start.replace(":00:00", ":30:00") });
const offer = (over: Partial<MeetingOfferView> = {}): MeetingOfferView => ({
  offerId: "o1",
  status: "open",
  timeZone: "America/New_York",
  days: [
    { date: "2027-03-01", slots: [slot("2027-03-01T14:00:00.000Z"), slot("2027-03-01T15:00:00.000Z")] },
    { date: "2027-03-02", slots: [slot("2027-03-02T14:00:00.000Z")] },
  ],
  meetingMinutes: 30,
  hostName: null,
  needsEmail: false,
  noSlotsText: null,
  meeting: null,
  ...over,
});
const run = (...events: BookingEvent[]) =>
  events.reduce<BookingState>((state, event) => nextBookingState(state, event), { step: "loading" });
const loaded = (view = offer(), live = true): BookingEvent => ({ type: "loaded", view, live });

describe("the meeting picker's steps", () => {
  it("an open offer shows its days; a day, then a time, leads to the confirmation", () => {
    expect(run(loaded())).toEqual({ step: "pick", view: offer(), day: null });
    expect(run(loaded(), { type: "day", date: "2027-03-02" })).toMatchObject({
      step: "pick",
      day: "2027-03-02",
    });
    expect(
      run(loaded(), { type: "day", date: "2027-03-02" }, { type: "time", start: "2027-03-02T14:00:00.000Z" }),
    ).toMatchObject({ step: "confirm", day: "2027-03-02", start: "2027-03-02T14:00:00.000Z" });
  });

  it("back from the confirmation returns to the same day", () => {
    const state = run(
      loaded(),
      { type: "day", date: "2027-03-02" },
      { type: "time", start: "2027-03-02T14:00:00.000Z" },
      { type: "back" },
    );
    expect(state).toEqual({ step: "pick", view: offer(), day: "2027-03-02" });
  });

  it("booking: busy while it is on its way (no second click counts), then booked", () => {
    const sending = run(loaded(), { type: "time", start: "2027-03-01T15:00:00.000Z" }, { type: "busy" });
    expect(sending).toMatchObject({ step: "confirm", busy: true });
    expect(nextBookingState(sending, { type: "back" })).toBe(sending);
    expect(nextBookingState(sending, { type: "busy" })).toBe(sending);
    expect(
      nextBookingState(sending, { type: "booked", start: "2027-03-01T15:00:00.000Z", agentName: "Ada" }),
    ).toEqual({ step: "booked", start: "2027-03-01T15:00:00.000Z", agentName: "Ada" });
  });

  it("a time just taken: the fresh slots, on the same day while it still has times, with the message", () => {
    const fresh = offer({
      days: [
        { date: "2027-03-01", slots: [slot("2027-03-01T15:00:00.000Z")] },
        { date: "2027-03-02", slots: [slot("2027-03-02T15:00:00.000Z")] },
      ],
    });
    const confirming = run(
      loaded(),
      { type: "day", date: "2027-03-02" },
      { type: "time", start: "2027-03-02T14:00:00.000Z" },
      { type: "busy" },
    );
    expect(nextBookingState(confirming, { type: "taken", view: fresh })).toEqual({
      step: "pick",
      view: fresh,
      day: "2027-03-02",
      error: "taken",
    });
    const dayGone = offer({ days: [{ date: "2027-03-01", slots: [slot("2027-03-01T15:00:00.000Z")] }] });
    expect(nextBookingState(confirming, { type: "taken", view: dayGone })).toMatchObject({
      step: "pick",
      day: null,
      error: "taken",
    });
    // Taken, and the offer closed meanwhile: how it ended, not a picker.
    expect(nextBookingState(confirming, { type: "taken", view: offer({ status: "closed" }) })).toEqual({
      step: "closed",
    });
  });

  it("a time just taken, answered with a week's fresh slots: the other days stay pickable", () => {
    const three = offer({
      days: [
        { date: "2027-03-01", slots: [slot("2027-03-01T14:00:00.000Z")] },
        { date: "2027-03-02", slots: [slot("2027-03-02T14:00:00.000Z")] },
        { date: "2027-03-20", slots: [slot("2027-03-20T14:00:00.000Z")] },
      ],
    });
    const confirming = run(
      loaded(three),
      { type: "day", date: "2027-03-02" },
      {
        type: "time",
        start: "2027-03-02T14:00:00.000Z",
      },
    );
    // From 2 March for a week: the 2nd has nothing left, the 4th has a time.
    const week = offer({
      days: [{ date: "2027-03-04", slots: [slot("2027-03-04T14:00:00.000Z")] }],
      daysWindow: { from: "2027-03-02", until: "2027-03-09" },
    });
    const after = nextBookingState(confirming, { type: "taken", view: week });
    expect(after).toMatchObject({ step: "pick", day: null, error: "taken" });
    expect(after.step === "pick" && after.view.days.map((d) => d.date)).toEqual([
      "2027-03-01",
      "2027-03-04",
      "2027-03-20",
    ]);
  });

  it("the taken message goes once the visitor picks another day", () => {
    const confirming = run(loaded(), { type: "time", start: "2027-03-01T14:00:00.000Z" });
    const taken = nextBookingState(confirming, { type: "taken", view: offer() });
    expect(nextBookingState(taken, { type: "day", date: "2027-03-02" })).toEqual({
      step: "pick",
      view: offer(),
      day: "2027-03-02",
    });
  });

  it("a refused email or a failed request keeps the confirmation, with the reason, and can be tried again", () => {
    const confirming = run(loaded(offer({ needsEmail: true })), {
      type: "time",
      start: "2027-03-01T14:00:00.000Z",
    });
    const refused = nextBookingState(confirming, { type: "error", error: "email" });
    expect(refused).toMatchObject({ step: "confirm", error: "email" });
    const again = nextBookingState(refused, { type: "busy" });
    expect(again).toMatchObject({ step: "confirm", busy: true, error: undefined });
    expect(nextBookingState(again, { type: "error", error: "failed" })).toMatchObject({
      step: "confirm",
      busy: false,
      error: "failed",
    });
  });

  it("No thanks (or Continue without slots) closes the offer; a booked offer stays booked", () => {
    expect(run(loaded(), { type: "busy" }, { type: "declined" })).toEqual({ step: "closed" });
    expect(run(loaded(offer({ days: [] })), { type: "busy" }, { type: "declined" })).toEqual({
      step: "closed",
    });
    const booked = run(loaded(), { type: "booked", start: "2027-03-01T14:00:00.000Z", agentName: "Ada" });
    expect(nextBookingState(booked, { type: "declined" })).toBe(booked);
    expect(nextBookingState(booked, loaded(offer({ status: "closed" })))).toBe(booked);
  });

  it("on resume an offer shows how it ended; only the newest open offer is a live picker", () => {
    const meeting = {
      id: "m1",
      start: "2027-03-01T14:00:00.000Z",
      end: "2027-03-01T14:30:00.000Z",
      agentName: "Ada",
    };
    expect(run(loaded(offer({ status: "booked", meeting })))).toEqual({
      step: "booked",
      start: meeting.start,
      agentName: "Ada",
    });
    expect(run(loaded(offer({ status: "closed" })))).toEqual({ step: "closed" });
    expect(run(loaded(offer(), false))).toEqual({ step: "closed" });
  });

  it("an offer that cannot be read offers a retry, which reads it again", () => {
    const failed = run({ type: "unavailable" });
    expect(failed).toEqual({ step: "unavailable" });
    expect(nextBookingState(failed, loaded())).toMatchObject({ step: "pick" });
  });

  it("events that do not belong to the step change nothing", () => {
    const picking = run(loaded());
    expect(nextBookingState(picking, { type: "back" })).toBe(picking);
    expect(nextBookingState(picking, { type: "taken", view: offer() })).toBe(picking);
    expect(run({ type: "time", start: "2027-03-01T14:00:00.000Z" })).toEqual({ step: "loading" });
    expect(nextBookingState(picking, { type: "unavailable" })).toBe(picking);
  });
});
