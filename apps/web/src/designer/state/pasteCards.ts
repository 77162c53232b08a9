import type { Card } from "@parley/flow/card";
import { MAX_CARDS } from "@parley/flow/stream";
import type { StreamTranslations } from "@parley/flow/translations";
import type { DesignerState, Point } from "./designerState";
import { commitEdit } from "./history";
import { newItemId } from "./newCard";
import { withCards } from "./streamEdits";
import { uniqueId } from "./uniqueId";

/** Copied cards may come from anywhere: answer and branch ids are made unique within each card. */
function uniqueItems(card: Card): Card {
  const dedupe = <T extends { id: string }>(items: readonly T[], prefix: string): T[] => {
    const used = new Set<string>();
    return items.map((item) => {
      const id = used.has(item.id) ? newItemId(prefix, [...used, ...items.map((i) => i.id)]) : item.id;
      used.add(id);
      return id === item.id ? item : { ...item, id };
    });
  };
  if (card.type === "question") return { ...card, answers: dedupe(card.answers, "a") };
  if (card.type === "branch") return { ...card, branches: dedupe(card.branches, "b") };
  if (card.type === "split") return { ...card, branches: dedupe(card.branches, "b") };
  return card;
}

/**
 * The copied `cards` added with fresh ids (`ask` → `ask-2` …, derived from the ids in use), placed so
 * that their top-left is `at`. Edges between pasted cards follow the new ids; edges to cards that
 * were not copied end. Their translations come along under the new ids. The pasted cards become
 * the selection. Nothing is pasted when the stream would exceed MAX_CARDS.
 */
export function pasteCards(
  state: DesignerState,
  pasted: readonly Card[],
  at: Point,
  translations?: StreamTranslations,
): DesignerState {
  const { stream } = state;
  if (pasted.length === 0 || stream.cards.length + pasted.length > MAX_CARDS) return state;
  const taken = new Set(stream.cards.map((c) => c.id));
  const ids = new Map<string, string>();
  for (const card of pasted) {
    if (ids.has(card.id)) continue; // a duplicate in the clipboard is pasted once
    const id = uniqueId(card.id, taken);
    taken.add(id);
    ids.set(card.id, id);
  }
  const placed = pasted.filter((c) => c.position);
  const minX = Math.min(...placed.map((c) => c.position?.x ?? 0));
  const minY = Math.min(...placed.map((c) => c.position?.y ?? 0));
  const seen = new Set<string>();
  const added: Card[] = [];
  pasted.forEach((card, i) => {
    if (seen.has(card.id)) return;
    seen.add(card.id);
    const position = card.position
      ? { x: at.x + card.position.x - minX, y: at.y + card.position.y - minY }
      : { x: at.x + 40 * i, y: at.y + 40 * i };
    added.push(remapEdges({ ...uniqueItems(card), id: ids.get(card.id) ?? card.id, position }, ids));
  });
  const start = stream.cards.some((c) => c.id === stream.startCardId) ? stream.startCardId : added[0]!.id;
  const next = {
    ...withCards(
      stream,
      [...stream.cards, ...added],
      mergeTranslations(stream.translations, translations, ids),
    ),
    startCardId: start,
  };
  return commitEdit(
    state,
    next,
    added.map((c) => c.id),
  );
}

/** `card` with its connectors renamed through `ids`; those leading to cards not pasted end. */
function remapEdges(card: Card, ids: ReadonlyMap<string, string>): Card {
  const to = (target: string | null | undefined) => (target ? (ids.get(target) ?? null) : target);
  switch (card.type) {
    case "message":
    case "capture":
    case "goal":
    case "action":
    case "flow":
    case "content":
      return { ...card, next: to(card.next) };
    case "question":
      return { ...card, next: to(card.next), answers: card.answers.map((a) => ({ ...a, next: to(a.next) })) };
    case "meeting":
      return { ...card, booked: to(card.booked), notBooked: to(card.notBooked) };
    case "liveChat":
      return card;
    case "branch":
      return {
        ...card,
        elseNext: to(card.elseNext),
        branches: card.branches.map((b) => ({ ...b, next: to(b.next) })),
      };
    case "consent":
      return { ...card, accepted: to(card.accepted), declined: to(card.declined) };
    case "webhook":
      return { ...card, success: to(card.success), failure: to(card.failure) };
    case "split":
      return { ...card, branches: card.branches.map((b) => ({ ...b, next: to(b.next) })) };
    case "answer":
      return { ...card, matched: to(card.matched), noMatch: to(card.noMatch) };
  }
}

/** The stream's translations plus the pasted cards' ones, renamed to the new ids. */
function mergeTranslations(
  current: StreamTranslations | undefined,
  copied: StreamTranslations | undefined,
  ids: ReadonlyMap<string, string>,
): StreamTranslations | undefined {
  if (!copied) return current;
  const out: StreamTranslations = { ...current };
  for (const [lang, byCard] of Object.entries(copied)) {
    const renamed = Object.entries(byCard).flatMap(([id, t]) => {
      const to = ids.get(id);
      return to ? [[to, t] as const] : [];
    });
    if (renamed.length > 0) out[lang] = { ...out[lang], ...Object.fromEntries(renamed) };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
