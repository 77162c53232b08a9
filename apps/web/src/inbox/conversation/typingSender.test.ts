import { describe, expect, it } from "vitest";
import { createTypingSender, type TypingClock } from "./typingSender";

/** A clock the test moves by hand; timers run when their time is reached. */
function manualClock() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  const clock: TypingClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = ++next;
      timers.push({ at: now + ms, run, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    for (const t of due) t.run();
  };
  return { clock, advance };
}

describe("createTypingSender", () => {
  it("says 'typing' once per interval while keys come, and 'stopped' after a pause", () => {
    const sent: boolean[] = [];
    const { clock, advance } = manualClock();
    const typing = createTypingSender((t) => sent.push(t), { repeatMs: 3000, idleMs: 4000, clock });
    typing.typed();
    advance(1000);
    typing.typed();
    advance(1000);
    typing.typed();
    expect(sent).toEqual([true]);
    advance(1000);
    typing.typed(); // 3 s after the first: said again so the visitor's indicator stays
    expect(sent).toEqual([true, true]);
    advance(4000);
    expect(sent).toEqual([true, true, false]);
  });

  it("stops at once when the message is sent, and says nothing when it never started", () => {
    const sent: boolean[] = [];
    const { clock, advance } = manualClock();
    const typing = createTypingSender((t) => sent.push(t), { clock });
    typing.stop();
    expect(sent).toEqual([]);
    typing.typed();
    typing.stop();
    advance(10_000);
    expect(sent).toEqual([true, false]);
  });
});
