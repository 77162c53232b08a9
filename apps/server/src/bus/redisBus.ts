import { BusEvent } from "@parley/protocol/events";
import { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Bus, BusHandler } from "./bus";

const PREFIX = "parley:bus:";

/** Redis pub/sub: one connection publishes, one subscribes to the channels this node's clients need. */
export async function createRedisBus(url: string, log: Logger): Promise<Bus> {
  const pub = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  const sub = new Redis(url, { lazyConnect: true });
  await Promise.all([pub.connect(), sub.connect()]);
  const handlers = new Map<string, Set<BusHandler>>();

  sub.on("message", (redisChannel: string, payload: string) => {
    const set = handlers.get(redisChannel.slice(PREFIX.length));
    if (!set) return;
    let parsed: ReturnType<typeof BusEvent.safeParse>;
    try {
      parsed = BusEvent.safeParse(JSON.parse(payload));
    } catch (error) {
      log.warn({ err: error, redisChannel }, "ignoring a bus message that is not JSON");
      return;
    }
    // Another node (perhaps of another version) sent something this one does not know: skip it.
    if (!parsed.success)
      return log.warn({ redisChannel, issues: parsed.error.issues }, "ignoring an unknown bus event");
    for (const handler of [...set]) handler(parsed.data);
  });
  for (const conn of [pub, sub]) conn.on("error", (err) => log.error({ err }, "redis connection error"));

  return {
    kind: "redis",
    async publish(event) {
      await pub.publish(PREFIX + event.channel, JSON.stringify(event));
    },
    async subscribe(channel, handler) {
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await sub.subscribe(PREFIX + channel);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(channel) === set) {
          handlers.delete(channel);
          await sub.unsubscribe(PREFIX + channel);
        }
      };
    },
    async close() {
      handlers.clear();
      await Promise.all([pub.quit(), sub.quit()]);
    },
  };
}
