import type { Bus } from "../../bus/bus";
import type { JobQueue } from "../../jobs/jobQueue";
import type { Presence } from "../../presence/presence";
import type { Store } from "../../store/db";
import type { WebhookOptions } from "./callWebhook";

/** What the conversation engine needs from the running node. */
export interface EngineContext {
  store: Store;
  bus: Bus;
  jobs: JobQueue;
  /** Who is online: the runner's agent-availability conditions and live-chat routing read it. */
  presence: Presence;
  secretKey: string;
  webhook?: WebhookOptions;
  /** Random numbers for split cards; replaceable so tests can steer A/B branches. */
  random?: () => number;
}
