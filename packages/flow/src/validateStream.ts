import { z } from "zod";
import { upgradeDocument } from "./migrations/streamMigrations";
import { STREAM_SCHEMA_VERSION } from "./schemaVersion";
import { MAX_CARDS } from "./stream";
import { StreamDocumentError } from "./streamDocumentError";
import { cardProblems } from "./validation/cardProblems";
import { graphProblems } from "./validation/graphProblems";
import { loopProblems } from "./validation/loopProblems";
import type { Problem } from "./validation/problem";
import { readCards } from "./validation/readCards";
import { StreamTranslations } from "./translations";

const Envelope = z.strictObject({
  schemaVersion: z.literal(STREAM_SCHEMA_VERSION),
  startCardId: z.string(),
  cards: z.array(z.unknown()).max(MAX_CARDS),
  translations: StreamTranslations.optional(),
});

/**
 * Every reason a stream document cannot be published, located on cards where possible, with
 * messages that name the card. An empty list means publishable. Older schema versions are
 * migrated first. Never throws.
 */
export function validateStream(doc: unknown): Problem[] {
  let upgraded: unknown;
  try {
    upgraded = upgradeDocument(doc);
  } catch (error) {
    if (!(error instanceof StreamDocumentError)) throw error;
    return [
      {
        code: error.code === "unsupported_schema_version" ? "unsupported_schema_version" : "invalid_document",
        message: error.message,
      },
    ];
  }

  const envelope = Envelope.safeParse(upgraded);
  if (!envelope.success) {
    return envelope.error.issues.map((issue) => ({
      code: "invalid_document" as const,
      message: `The stream document is malformed: ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
    }));
  }

  const { startCardId, cards: rawCards, translations } = envelope.data;
  const read = readCards(rawCards);
  const knownIds = new Set(read.cards.map((c) => c.id));
  const translationProblems: Problem[] = Object.entries(translations ?? {}).flatMap(([language, table]) =>
    Object.keys(table)
      .filter((cardId) => !knownIds.has(cardId))
      .map((cardId) => ({
        cardId,
        code: "translation_unknown_card" as const,
        message: `The ${language} translation names a card "${cardId}" that does not exist`,
      })),
  );
  const rawIds = rawCards.flatMap((raw) => {
    const id = raw !== null && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
    return typeof id === "string" ? [id] : [];
  });
  return [
    ...read.problems,
    ...graphProblems(startCardId, rawIds, read),
    ...read.cards.flatMap(cardProblems),
    ...loopProblems(read.cards),
    ...translationProblems,
  ];
}
