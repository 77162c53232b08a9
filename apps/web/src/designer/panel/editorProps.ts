import type { CardOfType, CardType } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import type { FieldPath } from "./cardDraft";
import type { TokenGroup } from "./tokenCatalog";
import type { PanelLists } from "./usePanelLists";
import type { CardEditing } from "./useCardDraft";

/** What every card type's editor gets. */
export interface EditorProps<T extends CardType> {
  card: CardOfType<T>;
  ed: CardEditing;
  siteId: string;
  stream: Stream;
  lists: PanelLists;
  tokens: readonly TokenGroup[];
}

/** A string at `path` ("" when absent). */
export function textAt(ed: CardEditing, path: FieldPath): string {
  const value = ed.value(path);
  return typeof value === "string" ? value : "";
}

/**
 * Props of a text field bound to `path`: typing is one undo step per field, blur ends it. With
 * `optional`, an emptied field removes the value (the card then uses its default).
 */
export function bindText(ed: CardEditing, path: FieldPath, options: { optional?: boolean } = {}) {
  return {
    value: textAt(ed, path),
    onChange: (value: string) =>
      ed.edit(path, options.optional && value === "" ? undefined : value, { typing: true }),
    onBlur: () => ed.endTyping(),
    error: ed.error(path),
  };
}

/** Props of a select bound to `path`; "" removes the value. */
export function bindSelect(ed: CardEditing, path: FieldPath) {
  return {
    value: textAt(ed, path),
    onChange: (value: string) => ed.edit(path, value === "" ? undefined : value),
    error: ed.error(path),
  };
}
