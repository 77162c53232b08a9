import {
  DIALOGUE_METRICS,
  type DialogueMetric,
  type ReportColumn,
  type ReportTotal,
} from "@parley/protocol/reports";
import type { EventCount } from "./eventCounts";

/** The event type each counted dialogue metric adds up (docs/reports-metrics.md). */
export const METRIC_EVENT_TYPES = {
  triggered: "triggered",
  engaged: "engaged",
  completed: "completed",
  peopleAcquired: "email_given",
  meetingsBooked: "meeting_scheduled",
  goalsReached: "goal_reached",
} as const;
export type CountMetric = keyof typeof METRIC_EVENT_TYPES;
export const COUNT_METRICS = Object.keys(METRIC_EVENT_TYPES) as CountMetric[];
export const METRIC_TYPES: readonly string[] = Object.values(METRIC_EVENT_TYPES);

const METRIC_OF_TYPE = new Map<string, CountMetric>(
  COUNT_METRICS.map((m) => [METRIC_EVENT_TYPES[m], m] as const),
);

export const METRIC_LABELS: Record<DialogueMetric, string> = {
  triggered: "Triggered",
  engaged: "Engaged",
  completed: "Completed",
  peopleAcquired: "People acquired",
  meetingsBooked: "Meetings booked",
  goalsReached: "Goals reached",
  engagementRate: "Engagement rate",
  conversionRate: "Conversion rate",
};

export type Metrics = Record<DialogueMetric, number | null>;
export type Counts = Record<CountMetric, number>;

export const zeroCounts = (): Counts => ({
  triggered: 0,
  engaged: 0,
  completed: 0,
  peopleAcquired: 0,
  meetingsBooked: 0,
  goalsReached: 0,
});

/** A fraction 0…1, or null when there is nothing to divide by. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Adds a count row to the metric it counts (rows of other types are ignored). */
export function addCount(counts: Counts, row: Pick<EventCount, "type" | "count">): void {
  const metric = METRIC_OF_TYPE.get(row.type);
  if (metric) counts[metric] += row.count;
}

/** The eight metrics of some counts: engagement = engaged ÷ triggered, conversion = people acquired ÷ engaged. */
export function metricsOf(counts: Counts): Metrics {
  return {
    ...counts,
    engagementRate: rate(counts.engaged, counts.triggered),
    conversionRate: rate(counts.peopleAcquired, counts.engaged),
  };
}

export const metricType = (metric: DialogueMetric) =>
  metric === "engagementRate" || metric === "conversionRate" ? ("rate" as const) : ("count" as const);

/** The cards: the eight metrics, in DIALOGUE_METRICS order. */
export function metricTotals(metrics: Metrics): ReportTotal[] {
  return DIALOGUE_METRICS.map((key) => ({
    key,
    label: METRIC_LABELS[key],
    type: metricType(key),
    value: metrics[key],
  }));
}

export const metricColumns = (keys: readonly DialogueMetric[] = DIALOGUE_METRICS): ReportColumn[] =>
  keys.map((key) => ({ key, label: METRIC_LABELS[key], type: metricType(key) }));

/** Sums count rows into one set of counts per key (the key of a row, e.g. its dialogue or day). */
export function countsBy(rows: EventCount[], keyOf: (row: EventCount) => string): Map<string, Counts> {
  const byKey = new Map<string, Counts>();
  for (const row of rows) {
    const key = keyOf(row);
    let counts = byKey.get(key);
    if (!counts) byKey.set(key, (counts = zeroCounts()));
    addCount(counts, row);
  }
  return byKey;
}

/** All the rows' counts added up. */
export function totalCounts(rows: EventCount[]): Counts {
  const counts = zeroCounts();
  for (const row of rows) addCount(counts, row);
  return counts;
}
