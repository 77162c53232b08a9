import { parseJson } from "../../lib/json";

/** A stream without where its cards sit on the canvas: moving cards changes nothing a visitor meets. */
function contentOf(text: string): string {
  const stream = parseJson<{ cards?: unknown }>(text, {});
  if (!stream || typeof stream !== "object" || !Array.isArray(stream.cards)) return text;
  const cards = stream.cards.map((card: unknown) => {
    if (!card || typeof card !== "object") return card;
    const { position: _position, ...rest } = card as Record<string, unknown>;
    return rest;
  });
  return JSON.stringify({ ...stream, cards });
}

/**
 * Whether the draft would publish as something else than the live version: texts, cards, edges and
 * translations count; card positions on the canvas (a drag, an auto-arrange) do not.
 */
export function draftDiffers(draft: string, published: string | null | undefined): boolean {
  if (published === null || published === undefined) return false;
  return draft !== published && contentOf(draft) !== contentOf(published);
}
