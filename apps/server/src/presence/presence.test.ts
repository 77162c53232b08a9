import pino from "pino";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { frozenClock, setClock } from "../lib/clock";
import { REDIS_TEST_URL } from "../testing/testDatabases";
import { createMemoryPresence } from "./memoryPresence";
import { isOnline, type Presence } from "./presence";
import { createRedisPresence } from "./redisPresence";

const kinds: [string, () => Promise<Presence>][] = [["memory", async () => createMemoryPresence()]];
if (REDIS_TEST_URL)
  kinds.push(["redis", () => createRedisPresence(REDIS_TEST_URL as string, pino({ level: "silent" }))]);

for (const [kind, make] of kinds) {
  describe(`presence [${kind}]`, () => {
    const opened: Presence[] = [];
    const open = async () => {
      const presence = await make();
      opened.push(presence);
      return presence;
    };
    let restore = () => {};
    afterEach(() => restore());
    afterAll(async () => {
      for (const p of opened) await p.close();
    });

    it("keeps an agent online through the grace period, then not; coming back counts as came online", async () => {
      const time = frozenClock("2026-03-02T10:00:00.000Z");
      restore = setClock(time);
      const presence = await open();
      const agent = crypto.randomUUID();
      expect(await presence.beat(agent, { inboxOpen: true })).toBe(true);
      expect(await presence.beat(agent, { inboxOpen: false })).toBe(false);

      time.advance(40_000);
      let entry = (await presence.read([agent])).get(agent);
      expect(isOnline(entry, time.now())).toBe(true);
      expect(entry).toEqual({
        lastSeenAt: "2026-03-02T10:00:00.000Z",
        inboxSeenAt: "2026-03-02T10:00:00.000Z",
      });

      time.advance(10_000);
      entry = (await presence.read([agent])).get(agent);
      expect(isOnline(entry, time.now())).toBe(false);
      expect(await presence.beat(agent, { inboxOpen: false })).toBe(true);
      // The inbox was last on screen at the first beat: a beat without it keeps that instant.
      expect((await presence.read([agent])).get(agent)?.inboxSeenAt).toBe("2026-03-02T10:00:00.000Z");
    });

    it("reads only agents that beat", async () => {
      restore = setClock(frozenClock("2026-03-02T10:00:00.000Z"));
      const presence = await open();
      const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
      await presence.beat(a, { inboxOpen: false });
      const read = await presence.read([a, b]);
      expect([...read.keys()]).toEqual([a]);
      expect(read.get(a)?.inboxSeenAt).toBeNull();
      expect((await presence.read([])).size).toBe(0);
    });

    it("hands back what was announced before and keeps the new states", async () => {
      const presence = await open();
      const scope = `site-${crypto.randomUUID()}`;
      expect(await presence.exchangeAnnounced(scope, { a: "available", b: "offline" })).toEqual({});
      expect(await presence.exchangeAnnounced(scope, { a: "away" })).toEqual({
        a: "available",
        b: "offline",
      });
      expect(await presence.exchangeAnnounced(scope, {})).toEqual({ a: "away" });
      expect(await presence.exchangeAnnounced(scope, {})).toEqual({});
    });

    if (kind === "redis") {
      it("two presence instances on one Redis see each other's beats", async () => {
        const time = frozenClock("2026-03-02T10:00:00.000Z");
        restore = setClock(time);
        const [nodeA, nodeB] = [await open(), await open()];
        const agent = crypto.randomUUID();
        expect(await nodeA.beat(agent, { inboxOpen: true })).toBe(true);
        time.advance(15_000);
        // Node B hears the agent already online: no second "came online".
        expect(await nodeB.beat(agent, { inboxOpen: false })).toBe(false);
        const seen = (await nodeA.read([agent])).get(agent);
        expect(seen).toEqual({
          lastSeenAt: "2026-03-02T10:00:15.000Z",
          inboxSeenAt: "2026-03-02T10:00:00.000Z",
        });
      });
    }
  });
}
