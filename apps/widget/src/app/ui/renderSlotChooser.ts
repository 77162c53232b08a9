import type { DayChoice } from "../model/slotDays";
import { h } from "./h";

export interface SlotChooserLabels {
  /** The days' group ("Days"). */
  days: string;
  /** The times' group for a day ("Times on Monday, March 1"). */
  timesOn(day: string): string;
}

/**
 * The days (weekday and date buttons, the chosen one pressed) and the chosen day's times, shared
 * by the chat's meeting card and the manage page. Every button carries `data-k`, so a redraw can
 * give focus back to the same day or time (keepFocus).
 */
export function renderSlotChooser(
  days: readonly DayChoice[],
  chosen: string | null,
  labels: SlotChooserLabels,
  on: { day(date: string): void; time(start: string): void },
  disabled = false,
): HTMLElement {
  const current = days.find((d) => d.date === chosen) ?? days[0];
  const dayButtons = days.map((d) =>
    h(
      "button",
      {
        type: "button",
        class: "dy",
        "aria-pressed": String(d === current),
        "aria-label": d.long,
        "data-k": `d${d.date}`,
        disabled,
        onclick: () => on.day(d.date),
      },
      h("span", null, d.weekday),
      h("b", null, d.day),
    ),
  );
  const times = (current?.times ?? []).map((t) =>
    h(
      "button",
      { type: "button", class: "qr sl", "data-k": `t${t.start}`, disabled, onclick: () => on.time(t.start) },
      t.label,
    ),
  );
  return h(
    "div",
    { class: "ch" },
    h("div", { class: "dys", role: "group", "aria-label": labels.days }, dayButtons),
    current
      ? h("div", { class: "tms", role: "group", "aria-label": labels.timesOn(current.long) }, times)
      : null,
  );
}

/**
 * Redraws `el` with `children` and keeps the keyboard where it was: on the element with the same
 * `data-k`, else on `fallback` (a selector), when focus was inside `el` before.
 */
export function keepFocus(el: HTMLElement, children: Node[], fallback?: string): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement as HTMLElement | null;
  const inside = !!active && el.contains(active);
  const key = inside ? active.getAttribute("data-k") : null;
  el.replaceChildren(...children);
  if (!inside) return;
  const same = key ? el.querySelector<HTMLElement>(`[data-k="${key}"]`) : null;
  const target =
    same && !(same as HTMLButtonElement).disabled
      ? same
      : fallback && el.querySelector<HTMLElement>(fallback);
  (target || el).focus({ preventScroll: true });
}
