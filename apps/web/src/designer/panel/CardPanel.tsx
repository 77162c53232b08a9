import type { Card } from "@parley/flow/card";
import type { Stream } from "@parley/flow/stream";
import type { Dispatch } from "react";
import type { DesignerAction } from "../state/designerAction";

export interface CardPanelProps {
  siteId: string;
  stream: Stream;
  /** The selected card: the panel edits every option of it (dispatching `updateCard`). */
  card: Card;
  /** The dialogue's languages besides the default: texts per language (`setTranslations`). */
  languages: readonly string[];
  dispatch: Dispatch<DesignerAction>;
}

// OWNED BY h-panel: the side panel that edits the selected card.
export function CardPanel(props: CardPanelProps) {
  return <p>Editing {props.card.id} (being built)</p>;
}
