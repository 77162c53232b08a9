import type { ManagedMeeting } from "@parley/protocol/meetings";
import { slotDays, slotFormat } from "../app/model/slotDays";
import { callApi } from "../app/net/callApi";
import { h } from "../app/ui/h";
import { keepFocus, renderSlotChooser } from "../app/ui/renderSlotChooser";
import { type ManageProblem, manageProblem } from "./manageProblem";
import type { ManageTexts } from "./manageTexts";

/** What the page shows below the meeting: its actions, the new-time picker, the confirmations, a result. */
type Mode = "view" | "pick" | "move" | "cancel" | "moved" | "cancelled";

export interface ManagePageOptions {
  /** The link's token and whether it was the cancel link (`action=cancel`). */
  token: string;
  cancel: boolean;
  texts: ManageTexts;
  locale: string;
  timeZone: string;
}

/**
 * The visitor's reschedule/cancel page (`/meetings/manage?token=…`): the meeting in their zone and
 * language, a new time from the same day and time picker as the chat's, or a cancellation with an
 * optional reason; the result, and a clear message for an expired or invalid link, a meeting
 * already cancelled or a time just taken. Text nodes only.
 */
export function createManagePage(root: HTMLElement, options: ManagePageOptions): Promise<void> {
  const { token, texts: t, timeZone } = options;
  const format = slotFormat(options.locale, timeZone);
  const fill = (text: string, values: Record<string, string | number>) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
  const when = (at: string) => fill(t.dayAndTime, { day: format.long(at), time: format.time(at) });
  let meeting: ManagedMeeting | null = null;
  let problem: ManageProblem | null = null;
  let mode: Mode = "view";
  let day: string | null = null;
  let start = "";
  let busy = false;
  const reason = h("textarea", { id: "why", class: "in", rows: 3, maxlength: 1000 });

  const load = async () => {
    const answer = await callApi<ManagedMeeting>(
      `/api/meetings/manage?token=${encodeURIComponent(token)}&tz=${encodeURIComponent(timeZone)}`,
    );
    if (answer.ok) meeting = answer.data;
    else problem = manageProblem(answer);
  };

  /** Sends a change; then reads the meeting again (its new time, or its fresh slots after a refusal). */
  const change = async (path: string, body: object, done: Mode) => {
    busy = true;
    draw();
    const answer = await callApi(`/api/meetings/manage/${path}`, { token, ...body }, false);
    problem = answer.ok ? null : manageProblem(answer);
    await load();
    busy = false;
    mode = answer.ok ? done : problem === "taken" ? "pick" : "view";
    draw(answer.ok ? "[role=status]" : problem === "taken" ? ".dy" : "[role=alert]");
  };

  const to = (next: Mode, focus: string) => () => {
    mode = next;
    problem = null;
    draw(focus);
  };
  const button = (text: string, onclick: () => void, cls = "") =>
    h("button", { type: "button", class: `qr ${cls}`, onclick, disabled: busy }, text);

  const body = (m: ManagedMeeting): (Node | null)[] => {
    const note = (text: string, role = "status") => h("p", { class: "nt", role, tabindex: "-1" }, text);
    if (mode === "moved") return [note(fill(t.moved, { when: when(m.start) }))];
    if (mode === "cancelled") return [note(t.cancelled)];
    if (m.status === "cancelled") return [note(t.wasCancelled)];
    if (!m.canChange) return [note(t.noChange)];
    if (mode === "pick") {
      const days = slotDays(m.days, format);
      return [
        h("h2", null, t.pickNew),
        days.length
          ? renderSlotChooser(
              days,
              day,
              { days: t.days, timesOn: (d) => fill(t.timesOn, { day: d }) },
              {
                day: (date) => ((day = date), draw()),
                time: (at) => ((start = at), to("move", ".yes")()),
              },
              busy,
            )
          : h("p", null, t.noSlots),
        button(t.back, to("view", ".rs")),
      ];
    }
    if (mode === "move")
      return [
        h("p", null, fill(t.moveTo, { when: when(start) })),
        button(t.confirmMove, () => void change("reschedule", { start, timeZone }, "moved"), "yes"),
        button(t.back, to("pick", `[data-k="t${start}"]`)),
      ];
    if (mode === "cancel")
      return [
        h("p", null, t.cancelAsk),
        h("label", { for: "why" }, t.reason),
        reason,
        button(
          t.confirmCancel,
          () =>
            void change("cancel", reason.value.trim() ? { reason: reason.value.trim() } : {}, "cancelled"),
          "yes",
        ),
        button(t.keep, to("view", ".cn")),
      ];
    return [button(t.reschedule, to("pick", ".dy"), "rs"), button(t.cancel, to("cancel", "textarea"), "cn")];
  };

  const draw = (focus?: string) => {
    const m = meeting;
    const below = m ? body(m) : [];
    // A refusal the page already says (the meeting is cancelled, can no longer move) is not said twice.
    const said = problem && !below.some((n) => n?.textContent === t[problem as ManageProblem]);
    keepFocus(
      root,
      [
        h("h1", null, t.title),
        ...(m
          ? [
              h("p", { class: "wh" }, h("b", null, when(m.start))),
              h(
                "p",
                null,
                fill(t.details, {
                  minutes: Math.round((Date.parse(m.end) - Date.parse(m.start)) / 60_000),
                  name: m.agentName,
                  site: m.siteName,
                }),
              ),
              h("p", { class: "zn" }, fill(t.zone, { zone: format.zone(m.start) })),
            ]
          : []),
        said ? h("p", { class: "err", role: "alert", tabindex: "-1" }, t[problem as ManageProblem]) : null,
        ...below,
      ].filter((n): n is Node => !!n),
      focus,
    );
  };

  root.replaceChildren(h("p", null, t.loading));
  return load().then(() => {
    if (options.cancel) mode = "cancel";
    draw();
    // The visitor came for this: the keyboard starts on it.
    const first = options.cancel ? "textarea" : ".rs";
    (root.querySelector<HTMLElement>(first) || root.querySelector<HTMLElement>("[tabindex]"))?.focus();
  });
}
