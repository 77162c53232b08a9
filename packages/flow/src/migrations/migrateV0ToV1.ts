import type { Card } from "../card";
import { StreamDocumentError } from "../streamDocumentError";
import type { StreamV0, StreamV0Node } from "./streamV0";
import { StreamV0 as StreamV0Schema } from "./streamV0";

type Edge = StreamV0["edges"][number];

function nodeToCard(node: StreamV0Node, outgoing: Edge[]): Card {
  const out = outgoing.find((e) => e.port === "out")?.to;
  switch (node.kind) {
    case "say":
      return { id: node.id, type: "message", text: node.text, next: out };
    case "ask":
      return {
        id: node.id,
        type: "question",
        text: node.text,
        answers: node.choices.map((choice, i) => {
          const { label, value } = typeof choice === "string" ? { label: choice, value: choice } : choice;
          return { id: `a${i + 1}`, label, value, next: outgoing.find((e) => e.port === `choice:${i}`)?.to };
        }),
        ...(node.field ? { saveTo: node.field } : {}),
        next: out,
      };
    case "collect":
      return {
        id: node.id,
        type: "capture",
        text: node.text,
        kind: node.inputType,
        ...(node.field ? { field: node.field } : node.inputType === "email" ? { field: "person.email" } : {}),
        next: out,
      };
    case "goal":
      return { id: node.id, type: "goal", goal: node.goal, next: out };
    case "handoff":
      // v0 handed off to anyone available; that is round robin in v1.
      return { id: node.id, type: "liveChat", routing: { strategy: "round_robin" }, text: node.text };
  }
}

/** v0 (prototype: nodes + separate edge list) → v1 (edges on the cards). */
export function migrateV0ToV1(doc: unknown): unknown {
  const parsed = StreamV0Schema.safeParse(doc);
  if (!parsed.success) {
    throw new StreamDocumentError(
      "invalid_stream",
      "The version 0 stream document is malformed",
      parsed.error.issues,
    );
  }
  const v0 = parsed.data;
  return {
    schemaVersion: 1,
    startCardId: v0.start,
    cards: v0.nodes.map((node) =>
      nodeToCard(
        node,
        v0.edges.filter((e) => e.from === node.id),
      ),
    ),
  };
}
