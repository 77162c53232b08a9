import { describe, expect, it } from "vitest";
import { createOutgoingQueue } from "./outgoingQueue";

const numbered = () => {
  let n = 0;
  return () => `client-${++n}`;
};

describe("createOutgoingQueue", () => {
  it("keeps each message with its client id until it is acknowledged, for resending after a drop", () => {
    const queue = createOutgoingQueue(numbered());
    queue.add("c1", "Hello");
    queue.add("c1", "Are you there?");
    // The connection dropped before any ack: both go again, with the ids they had.
    expect(queue.unsent().map((i) => [i.clientId, i.text])).toEqual([
      ["client-1", "Hello"],
      ["client-2", "Are you there?"],
    ]);
    queue.settle("client-1");
    expect(queue.unsent().map((i) => i.clientId)).toEqual(["client-2"]);
    expect(queue.of("c1").map((i) => i.text)).toEqual(["Are you there?"]);
  });

  it("keeps conversations apart and ignores acks it does not know", () => {
    const queue = createOutgoingQueue(numbered());
    queue.add("c1", "one");
    queue.add("c2", "two");
    queue.settle("someone-else");
    expect(queue.of("c2").map((i) => i.text)).toEqual(["two"]);
    expect(queue.of("c1")).toBe(queue.of("c1"));
  });

  it("does not resend a refused message until retried, and then with the same client id", () => {
    const queue = createOutgoingQueue(numbered());
    queue.add("c1", "late");
    queue.fail("client-1", "The chat has ended");
    expect(queue.unsent()).toEqual([]);
    expect(queue.of("c1")[0]?.error).toBe("The chat has ended");
    expect(queue.retry("client-1")?.clientId).toBe("client-1");
    expect(queue.unsent().map((i) => i.clientId)).toEqual(["client-1"]);
    queue.discard("client-1");
    expect(queue.of("c1")).toEqual([]);
  });

  it("tells its listeners about every change", () => {
    const queue = createOutgoingQueue(numbered());
    let heard = 0;
    const off = queue.subscribe(() => heard++);
    queue.add("c1", "x");
    queue.settle("client-1");
    off();
    queue.add("c1", "y");
    expect(heard).toBe(2);
  });
});
