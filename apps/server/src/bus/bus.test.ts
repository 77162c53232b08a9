import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { REDIS_TEST_URL } from "../testing/testDatabases";
import type { Bus, BusEvent } from "./bus";
import { createMemoryBus } from "./memoryBus";
import { createRedisBus } from "./redisBus";

const kinds: [string, () => Promise<Bus>][] = [["memory", async () => createMemoryBus()]];
if (REDIS_TEST_URL)
  kinds.push(["redis", () => createRedisBus(REDIS_TEST_URL as string, pino({ level: "silent" }))]);

/** Subscribes (resolving once the subscription is active) and hands back the channel's next event. */
async function nextEvent(bus: Bus, channel: string): Promise<{ event: Promise<BusEvent> }> {
  let resolve: (event: BusEvent) => void = () => {};
  const event = new Promise<BusEvent>((r) => (resolve = r));
  await bus.subscribe(channel, (e) => resolve(e));
  return { event };
}

for (const [kind, make] of kinds) {
  describe(`event bus [${kind}]`, () => {
    const buses: Bus[] = [];
    afterAll(async () => {
      for (const bus of buses) await bus.close();
    });

    it("delivers a published event to subscribers of that channel only", async () => {
      const bus = await make();
      buses.push(bus);
      const channel = `site:${crypto.randomUUID()}`;
      const other = `site:${crypto.randomUUID()}`;
      const seen: string[] = [];
      await bus.subscribe(other, (e) => seen.push(e.name));
      const got = await nextEvent(bus, channel);
      const sentinel = await nextEvent(bus, other);
      await bus.publish({ channel, name: "site.updated", data: { a: 1 } });
      expect(await got.event).toEqual({ channel, name: "site.updated", data: { a: 1 } });
      // Published after it, on the other channel: once it arrives, the first event would have too.
      await bus.publish({ channel: other, name: "sentinel", data: null });
      await sentinel.event;
      expect(seen).toEqual(["sentinel"]);
    });

    it("stops delivering after unsubscribe", async () => {
      const bus = await make();
      buses.push(bus);
      const channel = `user:${crypto.randomUUID()}`;
      const seen: unknown[] = [];
      const off = await bus.subscribe(channel, (e) => seen.push(e.data));
      const marker = await nextEvent(bus, channel);
      await bus.publish({ channel, name: "n", data: 1 });
      await marker.event;
      await off();
      const after = await nextEvent(bus, channel);
      await bus.publish({ channel, name: "n", data: 2 });
      await after.event;
      expect(seen).toEqual([1]);
    });
  });
}

describe.skipIf(!REDIS_TEST_URL)("event bus across processes [redis]", () => {
  it("an event published through one connection reaches a subscriber on another", async () => {
    const log = pino({ level: "silent" });
    const a = await createRedisBus(REDIS_TEST_URL as string, log);
    const b = await createRedisBus(REDIS_TEST_URL as string, log);
    const channel = `site:${crypto.randomUUID()}`;
    const got = await nextEvent(b, channel);
    await a.publish({ channel, name: "cross", data: "hi" });
    expect((await got.event).data).toBe("hi");
    await a.close();
    await b.close();
  });
});
