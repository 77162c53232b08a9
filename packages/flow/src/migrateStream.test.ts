import { describe, expect, it } from "vitest";
import { migrateStream } from "./migrateStream";
import { detectSchemaVersion, STREAM_MIGRATIONS } from "./migrations/streamMigrations";
import { STREAM_SCHEMA_VERSION } from "./schemaVersion";
import { StreamDocumentError } from "./streamDocumentError";
import { demoStream } from "./templates/demoStream";
import { validateStream } from "./validateStream";

const prototype = {
  start: "hello",
  nodes: [
    { id: "hello", kind: "say", text: "Hi!" },
    {
      id: "topic",
      kind: "ask",
      text: "What brings you here?",
      choices: ["Pricing", { label: "Search Engine Optimization", value: "SEO" }],
      field: "person.interest",
    },
    { id: "mail", kind: "collect", text: "Your email?", inputType: "email" },
    { id: "won", kind: "goal", goal: "Lead" },
    { id: "human", kind: "handoff", text: "Let me get someone" },
  ],
  edges: [
    { from: "hello", to: "topic" },
    { from: "topic", to: "human", port: "choice:0" },
    { from: "topic", to: "mail", port: "choice:1" },
    { from: "mail", to: "won", port: "out" },
  ],
};

function errorOf(run: () => unknown): StreamDocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof StreamDocumentError) return error;
    throw error;
  }
  throw new Error("expected a StreamDocumentError");
}

describe("migrateStream", () => {
  it("reads a current (v1) document unchanged", () => {
    expect(STREAM_SCHEMA_VERSION).toBe(1);
    expect(migrateStream(JSON.parse(JSON.stringify(demoStream)))).toEqual(demoStream);
  });

  it("has a migration for every older version", () => {
    for (let version = 0; version < STREAM_SCHEMA_VERSION; version++)
      expect(STREAM_MIGRATIONS[version]).toBeTypeOf("function");
  });

  it("migrates the v0 prototype (nodes + edge list) to v1 cards with edges on them", () => {
    expect(detectSchemaVersion(prototype)).toBe(0);
    const stream = migrateStream(prototype);
    expect(stream.schemaVersion).toBe(1);
    expect(stream.startCardId).toBe("hello");
    expect(stream.cards).toEqual([
      { id: "hello", type: "message", text: "Hi!", next: "topic" },
      {
        id: "topic",
        type: "question",
        text: "What brings you here?",
        answers: [
          { id: "a1", label: "Pricing", value: "Pricing", next: "human" },
          { id: "a2", label: "Search Engine Optimization", value: "SEO", next: "mail" },
        ],
        saveTo: "person.interest",
        next: undefined,
      },
      { id: "mail", type: "capture", text: "Your email?", kind: "email", field: "person.email", next: "won" },
      { id: "won", type: "goal", goal: "Lead", next: undefined },
      { id: "human", type: "liveChat", text: "Let me get someone", routing: { strategy: "round_robin" } },
    ]);
    expect(validateStream(prototype)).toEqual([]);
  });

  it("refuses versions it does not know", () => {
    const future = errorOf(() => migrateStream({ ...demoStream, schemaVersion: 99 }));
    expect(future.code).toBe("unsupported_schema_version");
    expect(future.message).toContain("99");
    expect(errorOf(() => migrateStream({ ...demoStream, schemaVersion: -1 })).code).toBe(
      "unsupported_schema_version",
    );
    expect(errorOf(() => migrateStream({ cards: [] })).code).toBe("invalid_stream");
    expect(errorOf(() => migrateStream("not a stream")).code).toBe("invalid_stream");
  });

  it("refuses malformed documents with the zod issues", () => {
    const error = errorOf(() => migrateStream({ ...demoStream, cards: [{ id: "x", type: "hologram" }] }));
    expect(error.code).toBe("invalid_stream");
    expect(Array.isArray(error.details)).toBe(true);
    expect(errorOf(() => migrateStream({ start: "a", nodes: [{ id: "a", kind: "dance" }] })).code).toBe(
      "invalid_stream",
    );
  });
});
