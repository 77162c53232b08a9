/**
 * Stream designer reducer benchmark: the editing operations a marketer makes on a 300-card draft,
 * each timed call by call, against a baseline measured in the same run (structuredClone of the
 * stream: what a naive "copy everything per edit" reducer would pay at least).
 *
 *   npx tsx bench/designerReducer.ts [--iterations 2000]
 *
 * Prints a Markdown table (ops/s and p99 per operation) to paste into bench/RESULTS.md.
 */
import os from "node:os";
import type { Card } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import { copyCards, readCopiedCards } from "../apps/web/src/designer/state/clipboard";
import type { DesignerAction } from "../apps/web/src/designer/state/designerAction";
import { designerReducer } from "../apps/web/src/designer/state/designerReducer";
import type { DesignerState } from "../apps/web/src/designer/state/designerState";
import { initialDesignerState } from "../apps/web/src/designer/state/designerState";
import { searchCards } from "../apps/web/src/designer/state/searchCards";
import { numberArg } from "./numberArg";
import { percentile } from "./percentile";

const ITERATIONS = numberArg("iterations", 2000);
const CARDS = 300;

/** 300 cards: questions with two answers each leading on, messages between, French for all. */
function bigStream(): Stream {
  const cards: Card[] = [];
  for (let i = 0; i < CARDS; i++) {
    const id = `c${i}`;
    const next = i + 1 < CARDS ? `c${i + 1}` : null;
    const position = { x: (i % 20) * 320, y: Math.floor(i / 20) * 240 };
    cards.push(
      i % 3 === 0
        ? {
            id,
            type: "question",
            name: `Question ${i}`,
            text: `What brings you here today, {{person.firstName | "there"}}? (${i})`,
            answers: [
              { id: "a1", label: "Pricing", value: "pricing", next },
              { id: "a2", label: "A demo", value: "demo", next: i + 2 < CARDS ? `c${i + 2}` : null },
            ],
            next,
            position,
          }
        : {
            id,
            type: "message",
            name: `Message ${i}`,
            text: `Thanks! Here is step ${i} of our tour.`,
            next,
            position,
          },
    );
  }
  const fr = Object.fromEntries(cards.map((c) => [c.id, { text: `Texte en français ${c.id}` }]));
  return { schemaVersion: 1, startCardId: "c0", cards, translations: { fr } };
}

interface Row {
  name: string;
  opsPerSecond: number;
  p50: number;
  p99: number;
}

/** Times `op` ITERATIONS times (after a warm-up of a tenth); `op(i)` runs one operation. */
function measure(name: string, op: (i: number) => unknown): Row {
  for (let i = 0; i < ITERATIONS / 10; i++) op(i);
  const samples: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = process.hrtime.bigint();
    op(i);
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  samples.sort((a, b) => a - b);
  return {
    name,
    opsPerSecond: ITERATIONS / total,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
  };
}

const stream = bigStream();
const base = initialDesignerState(stream, 1);
const step = (state: DesignerState, action: DesignerAction) => designerReducer(state, action);

// A state with 100 undo steps behind it and 50 ahead, for undo/redo.
let travelled = base;
for (let i = 0; i < 150; i++)
  travelled = step(travelled, { type: "moveCards", positions: { c5: { x: i, y: i } } });
for (let i = 0; i < 50; i++) travelled = step(travelled, { type: "undo" });

const typed = stream.cards[30]!;
const clipboard = readCopiedCards(
  copyCards(
    stream,
    stream.cards.slice(100, 120).map((c) => c.id),
  ),
)!;

const rows = [
  measure("baseline: structuredClone(stream)", () => structuredClone(stream)),
  measure("addCard", (i) => step(base, { type: "addCard", cardType: "question", position: { x: i, y: 0 } })),
  measure("updateCard (one keystroke, coalesced)", (i) =>
    step(base, { type: "updateCard", card: { ...typed, name: `Typed ${i}` }, coalesceKey: "c30.name" }),
  ),
  measure("moveCards (one drag frame, 5 cards)", (i) =>
    step(base, {
      type: "moveCards",
      positions: Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`c${n}`, { x: i, y: n }])),
      coalesceKey: "drag",
    }),
  ),
  measure("drag gesture (60 frames + endCoalesce)", () => {
    let s = base;
    for (let f = 0; f < 60; f++)
      s = step(s, { type: "moveCards", positions: { c7: { x: f, y: f } }, coalesceKey: "g" });
    return step(s, { type: "endCoalesce" });
  }),
  measure("connect", (i) =>
    step(base, { type: "connect", source: "c10", handle: "next", target: `c${200 + (i % 90)}` }),
  ),
  measure("paste (20 cards)", (i) => step(base, { type: "paste", ...clipboard, at: { x: i, y: 5000 } })),
  measure("undo", () => step(travelled, { type: "undo" })),
  measure("redo", () => step(travelled, { type: "redo" })),
  measure('search ("demo", 300 cards + fr)', () => searchCards(stream, "demo")),
  measure("search (no match)", () => searchCards(stream, "zebra")),
];

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const us = (n: number) => (n < 10 ? n.toFixed(1) : fmt(n));
const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(
  `Machine: ${os.cpus().length} × ${cpu}, ${os.type()} ${os.release()}, Node ${process.version}, ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}. ${new Date().toISOString().slice(0, 10)}. ` +
    `${CARDS} cards, ${ITERATIONS} timed calls per row.\n`,
);
console.log("| operation | ops/s | p50 µs | p99 µs |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.name} | ${fmt(r.opsPerSecond)} | ${us(r.p50)} | ${us(r.p99)} |`);
