import { describe, expect, it } from "vitest";
import { createStore } from "../../loader/createStore";
import { createOutbox } from "./outbox";

const answer = (value: string) => ({ kind: "answer" as const, value });

describe("the outbox", () => {
  it("keeps an answer until the server acknowledged it, across reloads, and resends it with the same client id", () => {
    const backing: Record<string, string> = {};
    const outbox = createOutbox(createStore("s", backing));
    outbox.add({ id: "c1-aaaaaaaa", conversationId: "conv", input: answer("pricing") });
    // A reload: a new page reads the same storage.
    const afterReload = createOutbox(createStore("s", backing));
    expect(afterReload.unsent().map((i) => i.id)).toEqual(["c1-aaaaaaaa"]);
    expect(afterReload.pending("conv")).toHaveLength(1);
  });

  it("an acknowledged answer is never sent again; it stops showing as pending when its message arrives", () => {
    const outbox = createOutbox(createStore("s", {}));
    outbox.add({ id: "c1-aaaaaaaa", conversationId: "conv", input: answer("pricing") });
    outbox.ack("c1-aaaaaaaa", false);
    expect(outbox.unsent()).toEqual([]);
    expect(outbox.pending("conv")).toHaveLength(1);
    outbox.seen("c1-aaaaaaaa");
    expect(outbox.pending("conv")).toEqual([]);
    expect(outbox.has("c1-aaaaaaaa")).toBe(false);
  });

  it("a duplicate acknowledgement (the server had it already) clears it at once", () => {
    const outbox = createOutbox(createStore("s", {}));
    outbox.add({ id: "c1-aaaaaaaa", conversationId: "conv", input: answer("x") });
    outbox.ack("c1-aaaaaaaa", true);
    expect(outbox.has("c1-aaaaaaaa")).toBe(false);
  });

  it("a message that came back before its ack still waits for the ack before the answer is forgotten", () => {
    const outbox = createOutbox(createStore("s", {}));
    outbox.add({ id: "c1-aaaaaaaa", conversationId: "conv", input: answer("x") });
    outbox.seen("c1-aaaaaaaa");
    expect(outbox.pending("conv")).toEqual([]);
    expect(outbox.unsent().map((i) => i.id)).toEqual(["c1-aaaaaaaa"]);
    outbox.ack("c1-aaaaaaaa", false);
    expect(outbox.has("c1-aaaaaaaa")).toBe(false);
  });

  it("recognises each answer by its client id, even two identical ones", () => {
    const outbox = createOutbox(createStore("s", {}));
    outbox.add({ id: "c1-aaaaaaaa", conversationId: "conv", input: answer("yes") });
    outbox.add({ id: "c2-bbbbbbbb", conversationId: "conv", input: answer("yes") });
    outbox.seen("c2-bbbbbbbb");
    expect(outbox.pending("conv").map((i) => i.id)).toEqual(["c1-aaaaaaaa"]);
    outbox.seen("someone-elses");
    expect(outbox.pending("conv").map((i) => i.id)).toEqual(["c1-aaaaaaaa"]);
  });

  it("two tabs of the same visitor share it", () => {
    const backing: Record<string, string> = {};
    const tabA = createOutbox(createStore("s", backing));
    const tabB = createOutbox(createStore("s", backing));
    tabA.add({ id: "a-aaaaaaaa", conversationId: "conv", input: answer("a") });
    tabB.add({ id: "b-bbbbbbbb", conversationId: "conv", input: answer("b") });
    expect(tabA.unsent().map((i) => i.id)).toEqual(["a-aaaaaaaa", "b-bbbbbbbb"]);
  });
});
