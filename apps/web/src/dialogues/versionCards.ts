import { CARD_TYPE_LABELS, type CardType } from "@parley/flow/card";

export interface VersionCard {
  id: string;
  /** "Question", "Live chat" … */
  type: string;
  /** What the visitor reads on it (or its name in the designer); empty when it shows no text. */
  text: string;
  start: boolean;
}

const TEXT_KEYS = ["text", "title", "fallbackMessage", "name"] as const;

/**
 * A published version's cards as a read-only summary, the start card first. Reads the stored document
 * defensively: a version of an older schema or an odd card still lists what it can.
 */
export function versionCards(stream: unknown): VersionCard[] {
  if (typeof stream !== "object" || stream === null) return [];
  const { cards, startCardId } = stream as { cards?: unknown; startCardId?: unknown };
  if (!Array.isArray(cards)) return [];
  const rows = cards.flatMap((card: unknown): VersionCard[] => {
    if (typeof card !== "object" || card === null) return [];
    const c = card as Record<string, unknown>;
    if (typeof c.id !== "string") return [];
    const type = typeof c.type === "string" ? c.type : "card";
    const label = CARD_TYPE_LABELS[type as CardType] ?? type;
    const text = TEXT_KEYS.map((k) => c[k]).find(
      (v): v is string => typeof v === "string" && v.trim() !== "",
    );
    return [
      {
        id: c.id,
        type: label.charAt(0).toUpperCase() + label.slice(1),
        text: text ?? "",
        start: c.id === startCardId,
      },
    ];
  });
  return [...rows.filter((r) => r.start), ...rows.filter((r) => !r.start)];
}
