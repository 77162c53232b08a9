import { Redis } from "ioredis";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { REDIS_TEST_URL } from "../testing/testDatabases";
import type { BusEvent } from "@parley/protocol/events";
import type { Bus } from "./bus";
import { createMemoryBus } from "./memoryBus";
import { createRedisBus } from "./redisBus";

const kinds: [string, () => Promise<Bus>][] = [["memory", async () => createMemoryBus()]];
if (REDIS_TEST_URL)
  kinds.push(["redis", () => createRedisBus(REDIS_TEST_URL as string, pino({ level: "silent" }))]);

const step = (lastSeq: number) => ({ conversationId: "c1", status: "engaged" as const, lastSeq });

/** Subscribes (resolving once the subscription is active) and hands back the channel's next event. */
async function nextEvent(bus: Bus, channel: BusEvent["channel"]): Promise<{ event: Promise<BusEvent> }> {
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
      const channel = `site:${crypto.randomUUID()}` as const;
      const other = `site:${crypto.randomUUID()}` as const;
      const seen: string[] = [];
      await bus.subscribe(other, (e) => seen.push(e.name));
      const got = await nextEvent(bus, channel);
      const sentinel = await nextEvent(bus, other);
      await bus.publish({ channel, name: "conversation.updated", data: step(1) });
      expect(await got.event).toEqual({ channel, name: "conversation.updated", data: step(1) });
      // Published after it, on the other channel: once it arrives, the first event would have too.
      await bus.publish({ channel: other, name: "conversation.updated", data: step(2) });
      await sentinel.event;
      expect(seen).toEqual(["conversation.updated"]);
    });

    it("stops delivering after unsubscribe", async () => {
      const bus = await make();
      buses.push(bus);
      const channel = `site:${crypto.randomUUID()}` as const;
      const seen: unknown[] = [];
      const off = await bus.subscribe(channel, (e) => seen.push(e.data));
      const marker = await nextEvent(bus, channel);
      await bus.publish({ channel, name: "conversation.updated", data: step(1) });
      await marker.event;
      await off();
      const after = await nextEvent(bus, channel);
      await bus.publish({ channel, name: "conversation.updated", data: step(2) });
      await after.event;
      expect(seen).toEqual([step(1)]);
    });
  });
}

describe.skipIf(!REDIS_TEST_URL)("event bus across processes [redis]", () => {
  it("an event published through one connection reaches a subscriber on another", async () => {
    const log = pino({ level: "silent" });
    const a = await createRedisBus(REDIS_TEST_URL as string, log);
    const b = await createRedisBus(REDIS_TEST_URL as string, log);
    const channel = `site:${crypto.randomUUID()}` as const;
    const got = await nextEvent(b, channel);
    await a.publish({ channel, name: "conversation.updated", data: step(7) });
    expect((await got.event).data).toEqual(step(7));
    await a.close();
    await b.close();
  });

  it("a message that is not a known event (another version, a stray publisher) is skipped", async () => {
    const bus = await createRedisBus(REDIS_TEST_URL as string, pino({ level: "silent" }));
    const raw = new Redis(REDIS_TEST_URL as string);
    const channel = `site:${crypto.randomUUID()}` as const;
    const seen: BusEvent[] = [];
    let arrived = () => {};
    const known = new Promise<void>((resolve) => (arrived = resolve));
    // Resolves once Redis confirmed the subscription.
    await bus.subscribe(channel, (event) => {
      seen.push(event);
      arrived();
    });
    await raw.publish(`parley:bus:${channel}`, "not json");
    await raw.publish(`parley:bus:${channel}`, JSON.stringify({ channel, name: "launch", data: 1 }));
    await raw.publish(`parley:bus:${channel}`, JSON.stringify({ channel, name: "site.updated", data: {} }));
    await bus.publish({ channel, name: "conversation.updated", data: step(3) });
    await known;
    expect(seen).toEqual([{ channel, name: "conversation.updated", data: step(3) }]);
    raw.disconnect();
    await bus.close();
  });
});
