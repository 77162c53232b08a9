import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { REDIS_TEST_URL } from "../testing/testDatabases";
import { createMemoryVisitorPresence, memoryVisitorSpace } from "./memoryVisitorPresence";
import { createRedisVisitorPresence } from "./redisVisitorPresence";
import { visitorKey, type VisitorPresenceStore } from "./visitorPresence";

/** Makes the stores of two nodes of one deployment. */
type Deployment = () => Promise<() => Promise<VisitorPresenceStore>>;
const kinds: [string, Deployment][] = [
  [
    "memory",
    async () => {
      const space = memoryVisitorSpace();
      return async () => createMemoryVisitorPresence(space);
    },
  ],
];
if (REDIS_TEST_URL) {
  kinds.push([
    "redis",
    async () => {
      const deployment = `test-${crypto.randomUUID()}`;
      return () =>
        createRedisVisitorPresence(REDIS_TEST_URL as string, pino({ level: "silent" }), deployment);
    },
  ]);
}

const T0 = Date.parse("2026-03-02T10:00:00.000Z");
const LEASE = 30_000;
const at = (ms: number) => ({ now: T0 + ms, leaseUntil: T0 + ms + LEASE });

for (const [kind, deployment] of kinds) {
  describe(`visitor presence store [${kind}]`, () => {
    const opened: VisitorPresenceStore[] = [];
    const twoNodes = async () => {
      const make = await deployment();
      const nodes = [await make(), await make()] as const;
      opened.push(...nodes);
      return nodes;
    };
    afterAll(async () => {
      for (const store of opened) await store.close();
    });

    it("a visitor held by two nodes stays online until the last lets go; only the first hold and the last release say so", async () => {
      const [a, b] = await twoNodes();
      const ada = visitorKey(crypto.randomUUID(), crypto.randomUUID());
      expect(await a.hold(ada, at(0))).toEqual({ cameOnline: true, nodeWasKnown: false });
      expect(await b.hold(ada, at(0))).toEqual({ cameOnline: false, nodeWasKnown: false });
      expect(await a.hold(ada, at(1))).toEqual({ cameOnline: false, nodeWasKnown: true });
      expect(await b.online([ada], T0 + 1)).toEqual(new Set([ada]));

      expect(await a.release(ada, T0 + 2)).toBe(false);
      expect(await a.online([ada], T0 + 2)).toEqual(new Set([ada]));
      expect(await b.release(ada, T0 + 3)).toBe(true);
      expect((await a.online([ada], T0 + 3)).size).toBe(0);
      expect(await a.hold(ada, at(4))).toMatchObject({ cameOnline: true });
    });

    it("a node that stops renewing leaves its visitors offline once its lease lapses; one reap names them once", async () => {
      const [a, b] = await twoNodes();
      const site = crypto.randomUUID();
      const [onlyB, both] = [visitorKey(site, crypto.randomUUID()), visitorKey(site, crypto.randomUUID())];
      await a.hold(both, at(0));
      await b.hold(both, at(0));
      await b.hold(onlyB, at(0));
      expect(await a.reap(T0 + 1)).toEqual([]);

      // A renews, B does not (it died): past B's lease, its visitors read offline before any reap.
      expect(await a.renew(at(LEASE))).toBe(true);
      const later = T0 + LEASE + 1;
      expect(await a.online([onlyB, both], later)).toEqual(new Set([both]));
      expect(await a.reap(later)).toEqual([onlyB]);
      expect(await b.reap(later)).toEqual([]);

      // B comes back from a long pause: the store forgot it, so it holds its visitors again.
      expect(await b.renew(at(LEASE + 2))).toBe(false);
      expect(await b.hold(onlyB, at(LEASE + 2))).toEqual({ cameOnline: true, nodeWasKnown: true });
      expect(await a.online([onlyB], T0 + LEASE + 3)).toEqual(new Set([onlyB]));
    });

    it("reads many visitors at once, and none", async () => {
      const [a] = await twoNodes();
      const site = crypto.randomUUID();
      const keys = Array.from({ length: 5 }, () => visitorKey(site, crypto.randomUUID()));
      for (const key of keys.slice(0, 3)) await a.hold(key, at(0));
      expect(await a.online(keys, T0)).toEqual(new Set(keys.slice(0, 3)));
      expect((await a.online([], T0)).size).toBe(0);
    });
  });
}
