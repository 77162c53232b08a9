import type { Bus } from "../../bus/bus";
import type { JobQueue } from "../../jobs/jobQueue";
import type { Store } from "../../store/db";
import type { WebhookOptions } from "./callWebhook";

/** What the conversation engine needs from the running node. */
export interface EngineContext {
  store: Store;
  bus: Bus;
  jobs: JobQueue;
  secretKey: string;
  webhook?: WebhookOptions;
  /** Random numbers for split cards; replaceable so tests can steer A/B branches. */
  random?: () => number;
}
