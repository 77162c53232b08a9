import { describe, expect, it } from "vitest";
import { sampleStream } from "../state/designerFixture";
import { keepStartInPlace } from "./keepStartInPlace";

describe("keepStartInPlace", () => {
  const laidOut = { welcome: { x: 12, y: 50 }, ask: { x: 400, y: 50 }, bye: { x: 800, y: 120 } };

  it("moves the whole layout so that the start card does not move", () => {
    const stream = sampleStream(); // welcome (the start) is at 0,0
    expect(keepStartInPlace(stream, laidOut)).toEqual({
      welcome: { x: 0, y: 0 },
      ask: { x: 388, y: 0 },
      bye: { x: 788, y: 70 },
    });
  });

  it("leaves the layout as ELK made it when the start card was never placed", () => {
    const stream = sampleStream();
    const cards = stream.cards.map((c) => (c.id === "welcome" ? { ...c, position: undefined } : c));
    expect(keepStartInPlace({ ...stream, cards }, laidOut)).toBe(laidOut);
  });
});
