import type { Card } from "@parley/flow/card";
import { describe, expect, it } from "vitest";
import { freeSpot } from "./freeSpot";

const message = (id: string, x: number, y: number): Card => ({
  id,
  type: "message",
  text: "Hi",
  position: { x, y },
});

describe("freeSpot", () => {
  it("keeps the wanted place when it is free", () => {
    expect(freeSpot({ x: 0, y: 0 }, [message("a", 600, 0)], new Map())).toEqual({ x: 0, y: 0 });
  });

  it("moves right past every card in the way", () => {
    const cards = [message("a", 0, 0), message("b", 280, 20)];
    const sizes = new Map([["a", { width: 240, height: 100 }]]);
    expect(freeSpot({ x: 10, y: 10 }, cards, sizes)).toEqual({ x: 560, y: 10 });
  });
});
