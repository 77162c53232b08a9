import type { ReportCell, ReportColumn, ReportTotal, ReportValueType } from "@parley/protocol/reports";

/** A column of a report table. */
export const column = (key: string, label: string, type: ReportValueType): ReportColumn => ({
  key,
  label,
  type,
});

/** The cards: one per column, its value the row's cell (a number or null). */
export const cardsOf = (columns: readonly ReportColumn[], cells: Record<string, ReportCell>): ReportTotal[] =>
  columns.map((c) => ({ ...c, value: typeof cells[c.key] === "number" ? (cells[c.key] as number) : null }));

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
