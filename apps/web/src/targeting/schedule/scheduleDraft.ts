import { fromLocalInput, toLocalInput } from "./zonedTime";

/** The stored schedule (protocol Schedule): UTC ISO instants or null for "no limit". */
export interface StoredSchedule {
  start: string | null;
  end: string | null;
}

/** The schedule as the form holds it: `datetime-local` values on the chosen zone's clock. */
export interface ScheduleDraft {
  start: string;
  end: string;
  zone: string;
}

export function scheduleDraftOf(schedule: StoredSchedule, zone: string): ScheduleDraft {
  return {
    start: schedule.start ? toLocalInput(schedule.start, zone) : "",
    end: schedule.end ? toLocalInput(schedule.end, zone) : "",
    zone,
  };
}

export type ScheduleResult =
  { ok: true; schedule: StoredSchedule } | { ok: false; errors: Partial<Record<"start" | "end", string>> };

/** The schedule to save, or what is wrong with the form in words, per field. */
export function storedScheduleOf(draft: ScheduleDraft): ScheduleResult {
  const errors: Partial<Record<"start" | "end", string>> = {};
  const read = (key: "start" | "end") => {
    if (draft[key] === "") return null;
    const iso = fromLocalInput(draft[key], draft.zone);
    if (iso === null) errors[key] = "Enter a date and time, such as 2026-05-01 09:00";
    return iso;
  };
  const start = read("start");
  const end = read("end");
  if (start && end && Date.parse(end) <= Date.parse(start)) errors.end = "The end must come after the start";
  if (errors.start || errors.end) return { ok: false, errors };
  return { ok: true, schedule: { start, end } };
}

/** Whether `now` is inside the schedule, as the server decides it (start inclusive, end exclusive). */
export function scheduleStatus(schedule: StoredSchedule, now: string): "before" | "running" | "ended" {
  const at = Date.parse(now);
  if (schedule.start && at < Date.parse(schedule.start)) return "before";
  if (schedule.end && at >= Date.parse(schedule.end)) return "ended";
  return "running";
}
