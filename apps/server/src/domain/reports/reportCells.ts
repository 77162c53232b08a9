import type { ReportColumn, ReportValueType } from "@parley/protocol/reports";

/** A column of a report table. */
export const column = (key: string, label: string, type: ReportValueType): ReportColumn => ({
  key,
  label,
  type,
});

/** A rate 0…1 (four decimals), or null when there is nothing to divide by. */
export const rate = (count: number, of: number): number | null =>
  of === 0 ? null : Math.round((count / of) * 10_000) / 10_000;

/** A running average of durations: add milliseconds, read seconds (one decimal), null when empty. */
export class Average {
  private sumMs = 0;
  count = 0;

  add(ms: number): void {
    this.sumMs += ms;
    this.count += 1;
  }

  get seconds(): number | null {
    return this.count === 0 ? null : Math.round(this.sumMs / this.count / 100) / 10;
  }
}

/** Milliseconds from one stored ISO instant to another (null when either is missing). */
export const between = (from: string | null, to: string | null): number | null =>
  from && to ? Date.parse(to) - Date.parse(from) : null;
