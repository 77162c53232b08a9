import type { Stream } from "@parley/flow/stream";
import type { Dispatch } from "react";
import type { DesignerAction } from "../state/designerAction";

export interface TestChatPaneProps {
  siteId: string;
  /** The current draft: the test chat runs exactly this. */
  stream: Stream;
  /** Reports the current card and the path taken (`testChat` action) for the canvas to highlight. */
  dispatch: Dispatch<DesignerAction>;
  /** Select and show a card on the canvas. */
  onJumpToCard: (cardId: string) => void;
  onClose: () => void;
}

// OWNED BY h-testchat: the test chat beside the canvas.
export function TestChatPane(props: TestChatPaneProps) {
  return <p>Test chat of {props.stream.cards.length} cards (being built)</p>;
}
