import type { CannedResponse } from "@parley/protocol/liveChat";
import { type KeyboardEvent, useId, useState } from "react";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { Switch } from "../../ui/Switch";
import { cannedQuery, filterCanned } from "../cannedFilter";
import { composerKeyAction } from "../composerKeys";
import { CannedMenu } from "./CannedMenu";

interface ComposerProps {
  /** The agent may write to the visitor (it is their chat); otherwise only notes. */
  canChat: boolean;
  canned: readonly CannedResponse[];
  onSendChat(text: string): void;
  /** Resolves true once the note is stored; false when it failed (the text stays, noteError says why). */
  onSendNote(text: string): Promise<boolean>;
  noteError: unknown;
  onTyping(): void;
  onStopTyping(): void;
}

/**
 * Where the agent writes: Enter sends, Shift+Enter makes a new line, `/` opens the canned responses
 * (type to filter, arrows and Enter insert, Escape closes), and a switch writes an internal note
 * instead of a message.
 */
export function Composer({
  canChat,
  canned,
  onSendChat,
  onSendNote,
  noteError,
  onTyping,
  onStopTyping,
}: ComposerProps) {
  const [text, setText] = useState("");
  const [noteMode, setNoteMode] = useState(!canChat);
  const [active, setActive] = useState(0);
  const [menuClosedFor, setMenuClosedFor] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const menuId = useId();
  const asNote = noteMode || !canChat;
  const query = cannedQuery(text);
  const menuOpen = query !== null && menuClosedFor !== text && canned.length > 0;
  const choices = menuOpen ? filterCanned(canned, query) : [];

  const insert = (response: CannedResponse) => {
    setText(response.text);
    setActive(0);
  };
  const send = () => {
    const body = text.trim();
    if (!body || saving) return;
    if (asNote) {
      setSaving(true);
      onSendNote(body)
        .then((stored) => stored && setText(""))
        .finally(() => setSaving(false));
      return;
    }
    onSendChat(body);
    onStopTyping();
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const action = composerKeyAction({
      key: event.key,
      shiftKey: event.shiftKey,
      isComposing: event.nativeEvent.isComposing,
      menuOpen: choices.length > 0,
    });
    if (action === "default") return;
    event.preventDefault();
    if (action === "send") send();
    else if (action === "menu-next") setActive((i) => (i + 1) % choices.length);
    else if (action === "menu-previous") setActive((i) => (i - 1 + choices.length) % choices.length);
    else if (action === "menu-insert")
      insert(choices[Math.min(active, choices.length - 1)] as CannedResponse);
    else setMenuClosedFor(text);
  };

  return (
    <div className={`composer${asNote ? " is-note" : ""}`}>
      {menuOpen && (
        <CannedMenu
          id={menuId}
          choices={choices}
          active={Math.min(active, choices.length - 1)}
          onPick={insert}
        />
      )}
      <textarea
        className="composer-input"
        aria-label={asNote ? "Internal note" : "Message to the visitor"}
        placeholder={
          asNote
            ? "Write an internal note (the visitor does not see it)"
            : "Write a message — / for canned responses"
        }
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={choices.length > 0}
        aria-controls={menuOpen ? menuId : undefined}
        aria-activedescendant={
          choices.length > 0 ? `${menuId}-${Math.min(active, choices.length - 1)}` : undefined
        }
        rows={3}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          if (!asNote) onTyping();
        }}
        onBlur={onStopTyping}
        onKeyDown={onKeyDown}
      />
      <div className="composer-tools">
        <Switch
          label="Internal note"
          checked={asNote}
          disabled={!canChat}
          onChange={setNoteMode}
          hint={canChat ? undefined : "Only the agent of this chat writes to the visitor"}
        />
        <Button variant="primary" onPress={send} disabled={!text.trim() || saving}>
          {asNote ? (saving ? "Saving…" : "Add note") : "Send"}
        </Button>
      </div>
      <FormMessage error={asNote ? noteError : undefined} />
    </div>
  );
}
