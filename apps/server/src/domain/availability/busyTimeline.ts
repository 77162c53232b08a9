/** A half-open interval of UTC epoch milliseconds: [start, end). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Busy time (calendar events and meetings) with the buffer added after each, joined into sorted,
 * disjoint intervals, so asking whether a candidate meeting collides is one binary search.
 */
export function busyTimeline(
  intervals: readonly Interval[],
  bufferMs: number,
): (from: number, to: number) => boolean {
  const sorted = intervals
    .filter((i) => i.end >= i.start)
    .map((i) => ({ start: i.start, end: i.end + bufferMs }))
    .sort((x, y) => x.start - y.start);
  const joined: Interval[] = [];
  for (const interval of sorted) {
    const last = joined[joined.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else joined.push(interval);
  }
  /** Whether [from, to) overlaps any busy interval. */
  return (from, to) => {
    // The first joined interval that ends after `from`; ends ascend because the intervals are disjoint.
    let lo = 0;
    let hi = joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((joined[mid] as Interval).end > from) hi = mid;
      else lo = mid + 1;
    }
    const next = joined[lo];
    return next !== undefined && next.start < to;
  };
}
