import type { InboxConversation } from "@parley/protocol/liveChat";
import type { useInboxActions } from "../../data/useInboxActions";
import { Button } from "../../ui/Button";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FormMessage } from "../../ui/FormMessage";
import { SelectField } from "../../ui/SelectField";
import { ShareBookingDialog } from "./ShareBookingDialog";
import { TransferDialog } from "./TransferDialog";

const SCORES = [
  { value: "0", label: "0 — not a lead" },
  { value: "1", label: "1 — cold" },
  { value: "2", label: "2 — warm" },
  { value: "3", label: "3 — hot" },
];

interface ChatActionsProps {
  siteId: string;
  conversation: InboxConversation;
  actions: ReturnType<typeof useInboxActions>;
  /** The chat is the signed-in agent's and still live. */
  mine: boolean;
}

/** End (asks first), Transfer, Share a booking link, Score 0–3, and the transcript as a .txt download or an email to the visitor. */
export function ChatActions({ siteId, conversation, actions, mine }: ChatActionsProps) {
  const chat = conversation.chat;
  const { end, score, transfer, emailTranscript } = actions;
  return (
    <div className="chat-actions">
      {chat && mine && (
        <>
          <ConfirmButton
            label="End chat"
            question="End this chat? The visitor is told the chat has ended."
            pending={end.isPending}
            onConfirm={() => end.mutate(chat.id)}
          />
          <TransferDialog
            siteId={siteId}
            pending={transfer.isPending}
            error={transfer.error}
            onTransfer={(target, done) => transfer.mutate({ chatId: chat.id, target }, { onSuccess: done })}
          />
          <ShareBookingDialog siteId={siteId} chatId={chat.id} />
        </>
      )}
      {chat && (chat.status === "assigned" || chat.status === "ended") && (
        <SelectField
          className="select-compact"
          label="Score"
          value={chat.score === null ? "" : String(chat.score)}
          options={SCORES}
          placeholder="Not scored"
          onChange={(value) => value !== "" && score.mutate({ chatId: chat.id, value: Number(value) })}
        />
      )}
      <a className="button button-secondary" href={actions.transcriptUrl} download>
        Download transcript
      </a>
      {conversation.visitorEmail && (
        <Button onPress={() => emailTranscript.mutate()} disabled={emailTranscript.isPending}>
          {emailTranscript.isPending ? "Sending…" : "Email transcript"}
        </Button>
      )}
      <FormMessage
        error={end.error ?? score.error ?? emailTranscript.error}
        success={emailTranscript.isSuccess ? `Transcript sent to ${conversation.visitorEmail}.` : null}
      />
    </div>
  );
}
