import { describe, expect, it } from "vitest";
import { sampleStream } from "../state/designerFixture";
import { estimatedCardSize } from "./cardSize";
import { inPort, layoutGraph, outPort } from "./layoutGraph";

describe("layoutGraph", () => {
  it("makes one node per card, start first, with ports in the card's handle order", () => {
    const stream = { ...sampleStream(), startCardId: "ask" };
    const graph = layoutGraph(stream, { ask: { width: 300, height: 200 } });
    expect(graph.layoutOptions).toMatchObject({ "elk.algorithm": "layered", "elk.direction": "RIGHT" });
    expect(graph.children?.map((n) => n.id)).toEqual(["ask", "welcome", "chat", "bye"]);
    const ask = graph.children?.[0];
    expect(ask).toMatchObject({
      width: 300,
      height: 200,
      layoutOptions: { "elk.portConstraints": "FIXED_ORDER" },
    });
    expect(
      ask?.ports?.map((p) => [p.id, p.layoutOptions?.["elk.port.side"], p.layoutOptions?.["elk.port.index"]]),
    ).toEqual([
      ["ask/in", "WEST", "0"],
      ["ask/out/answer:y", "EAST", "0"],
      ["ask/out/answer:n", "EAST", "1"],
      ["ask/out/next", "EAST", "2"],
    ]);
    const chat = graph.children?.find((n) => n.id === "chat");
    // In, and the connector that must stay unconnected (drawn so that a card placed after it shows).
    expect(chat?.ports).toHaveLength(2);
    expect(chat).toMatchObject(estimatedCardSize(sampleStream().cards[2]!));
  });

  it("draws an edge per connected handle, leaving out ended ones and unknown cards", () => {
    const stream = sampleStream();
    const cards = stream.cards.map((c) => (c.id === "bye" ? { ...c, next: "ghost" } : c));
    const graph = layoutGraph({ ...stream, cards });
    expect(graph.edges?.map((e) => [e.sources[0], e.targets[0]])).toEqual([
      [outPort("welcome", "next"), inPort("ask")],
      [outPort("ask", "answer:y"), inPort("chat")],
      [outPort("ask", "answer:n"), inPort("bye")],
    ]);
    const ports = new Set(graph.children?.flatMap((n) => n.ports?.map((p) => p.id) ?? []));
    for (const edge of graph.edges ?? []) {
      expect(ports).toContain(edge.sources[0]);
      expect(ports).toContain(edge.targets[0]);
    }
  });
});
