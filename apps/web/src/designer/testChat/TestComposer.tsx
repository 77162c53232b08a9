import type { Stream } from "@parley/flow/stream";
import { type FormEvent, useState } from "react";
import { Button } from "../../ui/Button";
import { checkReply } from "./checkReply";
import { simulatedSlots } from "./simulatedSlots";
import { SAMPLE_AGENT_INFO } from "./testAttributes";
import { TEST_CHAT_WORDS as words } from "./testChatWords";
import { REPLY_LABELS, type OpenPrompt, type TestReply } from "./testChatRun";

interface TestComposerProps {
  prompt: OpenPrompt;
  stream: Stream;
  /** The test's frozen "now" and the visitor's zone: the simulated meeting slots. */
  now: string;
  timeZone: string;
  onReply(reply: TestReply): void;
}

const PLACEHOLDERS: Record<string, string> = {
  email: "Your email",
  phone: "Your phone number",
  number: "A number",
};

/** What the visitor can answer now, as in the widget: buttons, a typed answer, slots. */
export function TestComposer({ prompt, stream, now, timeZone, onReply }: TestComposerProps) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const output = prompt.output;
  const send = (reply: TestReply) => {
    setValue("");
    setError(null);
    onReply(reply);
  };

  const buttons: { label: string; reply: TestReply }[] = [];
  let typing = false;
  let placeholder = "Type here…";
  switch (output.type) {
    case "question":
      for (const b of output.buttons)
        buttons.push({ label: b.label, reply: { input: { kind: "answer", value: b.value } } });
      typing = output.allowFreeText;
      break;
    case "consent":
      buttons.push(
        {
          label: output.acceptLabel || REPLY_LABELS.accept,
          reply: { input: { kind: "consent", accepted: true } },
        },
        {
          label: output.declineLabel || REPLY_LABELS.decline,
          reply: { input: { kind: "consent", accepted: false } },
        },
      );
      break;
    case "answerPrompt":
      typing = true;
      placeholder = "Ask a question…";
      if (output.canFinish)
        buttons.push({ label: REPLY_LABELS.noMoreQuestions, reply: { input: { kind: "done" } } });
      break;
    case "capture":
      if (output.kind === "picklist")
        for (const option of output.options ?? [])
          buttons.push({ label: option, reply: { input: { kind: "answer", value: option } } });
      else {
        typing = true;
        placeholder = output.placeholder || PLACEHOLDERS[output.kind] || placeholder;
      }
      break;
    case "meeting":
      for (const slot of simulatedSlots(now, timeZone))
        buttons.push({
          label: slot.label,
          reply: {
            input: {
              kind: "meetingResult",
              booked: true,
              agent: SAMPLE_AGENT_INFO,
              startsAt: slot.startsAt,
            },
            shown: `Booked ${slot.label} with ${SAMPLE_AGENT_INFO.name}`,
          },
        });
      buttons.push({
        label: "No, thanks",
        reply: { input: { kind: "meetingResult", booked: false }, shown: "No, thanks" },
      });
      break;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = checkReply(output, stream, value);
    if (refused) {
      setError(words.invalid[refused] ?? words.failed);
      return;
    }
    send({ input: { kind: "answer", value: value.trim() } });
  };

  return (
    <div className="tc-composer">
      {buttons.length > 0 && (
        <div
          className="tc-buttons"
          role="group"
          aria-label={output.type === "meeting" ? "Meeting times" : "Answers"}
        >
          {buttons.map((b) => (
            <Button key={b.label} className="tc-choice" onPress={() => send(b.reply)}>
              {b.label}
            </Button>
          ))}
        </div>
      )}
      {typing && (
        <form className="tc-form" onSubmit={submit} noValidate>
          <label className="visually-hidden" htmlFor="tc-answer">
            Your answer
          </label>
          <input
            id="tc-answer"
            className="tc-input"
            value={value}
            placeholder={placeholder}
            type={output.type === "capture" && output.kind === "email" ? "email" : "text"}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "tc-answer-error" : undefined}
            onChange={(event) => {
              setValue(event.target.value);
              setError(null);
            }}
          />
          <Button type="submit" variant="primary">
            Send
          </Button>
          {error && (
            <p id="tc-answer-error" className="tc-input-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
