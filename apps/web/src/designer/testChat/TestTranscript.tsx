import { type OutputRow, outputRows } from "@parley/flow/render/outputRows";
import { type ReactNode, useEffect, useRef } from "react";
import { SafeTextView } from "./SafeTextView";
import { TEST_CHAT_WORDS as words } from "./testChatWords";
import type { TranscriptEntry } from "./testChatRun";

function botRow(row: OutputRow, key: string): ReactNode {
  switch (row.row) {
    case "bubble":
      return (
        <div key={key} className="tc-row tc-bot">
          <div className="tc-bubble">
            <span className="visually-hidden">Bot: </span>
            <SafeTextView text={row.text} />
            {row.image && <img src={row.image.src} alt={row.image.alt} loading="lazy" />}
            {row.privacyHref && (
              <span className="tc-privacy">
                <a href={row.privacyHref} target="_blank" rel="noopener noreferrer">
                  {words.privacyPolicy}
                </a>
              </span>
            )}
          </div>
        </div>
      );
    case "content": {
      const body = (
        <>
          <b>{row.title}</b>
          <small>{row.kindLabel}</small>
        </>
      );
      return (
        <div key={key} className="tc-row tc-bot">
          {row.url ? (
            <a className="tc-content" href={row.url} target="_blank" rel="noopener noreferrer">
              {body}
              <span className="tc-open">{words.open}</span>
            </a>
          ) : (
            <span className="tc-content">{body}</span>
          )}
        </div>
      );
    }
    case "meeting":
      // The slots are offered in the composer while the card waits (TestComposer).
      return (
        <div key={key} className="tc-row tc-note">
          Meeting times offered (simulated)
        </div>
      );
    case "error":
      return (
        <div key={key} className="tc-row tc-note tc-error">
          {row.text}
        </div>
      );
  }
}

/** The test conversation as the widget would show it: the bot's rows, the visitor's replies, the agent. */
export function TestTranscript({
  transcript,
  privacyUrl,
}: {
  transcript: readonly TranscriptEntry[];
  privacyUrl?: string | null;
}) {
  const log = useRef<HTMLDivElement>(null);
  // The newest message stays in view, as in the widget.
  useEffect(() => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [transcript.length]);
  return (
    <div ref={log} className="tc-log" role="log" aria-label="Test conversation">
      {transcript.map((entry, index) => {
        const key = String(index);
        if (entry.from === "visitor")
          return (
            <div key={key} className="tc-row tc-me">
              <div className="tc-bubble">
                <span className="visually-hidden">You: </span>
                {entry.text}
              </div>
            </div>
          );
        if (entry.from === "agent")
          return (
            <div key={key} className="tc-row tc-note">
              {entry.text}
            </div>
          );
        return outputRows(entry.output, words, privacyUrl).map((row, at) => botRow(row, `${key}.${at}`));
      })}
    </div>
  );
}
