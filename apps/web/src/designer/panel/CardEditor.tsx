import type { CardType } from "@parley/flow/card";
import type { ReactNode } from "react";
import { ActionEditor } from "./ActionEditor";
import { AnswerEditor } from "./AnswerEditor";
import { BranchEditor } from "./BranchEditor";
import { CaptureEditor } from "./CaptureEditor";
import { ConsentEditor } from "./ConsentEditor";
import { ContentEditor } from "./ContentEditor";
import type { EditorProps } from "./editorProps";
import { FlowEditor } from "./FlowEditor";
import { GoalEditor } from "./GoalEditor";
import { LiveChatEditor } from "./LiveChatEditor";
import { MeetingEditor } from "./MeetingEditor";
import { MessageEditor } from "./MessageEditor";
import { QuestionEditor } from "./QuestionEditor";
import { SplitEditor } from "./SplitEditor";
import { WebhookEditor } from "./WebhookEditor";

/** The editor of the card's own options, by type. */
export function CardEditor(props: EditorProps<CardType>): ReactNode {
  const { card } = props;
  // Each branch narrows `card`; the rest of the props are the same for every editor.
  switch (card.type) {
    case "message":
      return <MessageEditor {...props} card={card} />;
    case "question":
      return <QuestionEditor {...props} card={card} />;
    case "capture":
      return <CaptureEditor {...props} card={card} />;
    case "meeting":
      return <MeetingEditor {...props} card={card} />;
    case "liveChat":
      return <LiveChatEditor {...props} card={card} />;
    case "goal":
      return <GoalEditor {...props} card={card} />;
    case "action":
      return <ActionEditor {...props} card={card} />;
    case "branch":
      return <BranchEditor {...props} card={card} />;
    case "flow":
      return <FlowEditor {...props} card={card} />;
    case "content":
      return <ContentEditor {...props} card={card} />;
    case "consent":
      return <ConsentEditor {...props} card={card} />;
    case "webhook":
      return <WebhookEditor {...props} card={card} />;
    case "split":
      return <SplitEditor {...props} card={card} />;
    case "answer":
      return <AnswerEditor {...props} card={card} />;
  }
}
