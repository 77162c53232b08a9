import { Button } from "../../ui/Button";
import { MEETING_TOKENS } from "./meetingTokens";

/** The tokens as buttons: a press puts `{{token}}` into the text field last focused, at its cursor. */
export function TokenList({ onInsert }: { onInsert(token: string): void }) {
  return (
    <div className="token-list">
      <p className="field-label" id="meeting-tokens">
        Insert a token
      </p>
      <ul aria-labelledby="meeting-tokens">
        {MEETING_TOKENS.map((t) => (
          <li key={t.token}>
            <Button
              className="token-button"
              aria-label={`{{${t.token}}}: insert ${t.label}`}
              onPress={() => onInsert(`{{${t.token}}}`)}
            >
              <code>{`{{${t.token}}}`}</code>
            </Button>
            <span className="cell-sub">{t.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
