import type { BusEvent } from "@parley/protocol/events";

export type BusHandler = (event: BusEvent) => void;

/**
 * The event bus. In one process it is an in-memory emitter; with REDIS_URL it is Redis pub/sub so an
 * event published on one node reaches subscribers on every node.
 */
export interface Bus {
  readonly kind: "memory" | "redis";
  /**
   * Announces a change that is committed (the database stays the source of truth). Only members of
   * the protocol's event union (packages/protocol/src/events.ts) can be published.
   */
  publish(event: BusEvent): Promise<void>;
  /** Resolves once the subscription is active; returns the function that ends it. */
  subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
