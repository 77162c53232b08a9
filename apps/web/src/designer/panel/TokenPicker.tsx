import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Popover } from "react-aria-components";
import { TextField } from "../../ui/TextField";
import { formatToken } from "./insertToken";
import type { TokenGroup } from "./tokenCatalog";

interface TokenPickerProps {
  /** The field's name, so the button says where the token goes. */
  fieldLabel: string;
  groups: readonly TokenGroup[];
  onPick(token: string): void;
}

/** "Insert token": the tokens the flow resolves, with a fallback said when the value is unknown. */
export function TokenPicker({ fieldLabel, groups, onPick }: TokenPickerProps) {
  const [fallback, setFallback] = useState("there");
  return (
    <DialogTrigger>
      <Button
        className="button button-secondary button-small"
        aria-label={`Insert a token into ${fieldLabel}`}
      >
        {"{{…}}"} Token
      </Button>
      <Popover className="popover token-popover" placement="bottom end">
        <Dialog className="token-dialog" aria-label={`Tokens for ${fieldLabel}`}>
          {({ close }) => (
            <>
              <TextField
                label="Fallback when unknown"
                value={fallback}
                onChange={setFallback}
                maxLength={60}
                hint='Said instead, e.g. "Hi there".'
              />
              {groups.map((group) => (
                <section key={group.root} className="token-group" aria-labelledby={`token-${group.root}`}>
                  <Heading level={4} id={`token-${group.root}`} className="token-group-title">
                    {group.label}
                  </Heading>
                  {group.tokens.length === 0 ? (
                    <p className="field-hint">No fields yet.</p>
                  ) : (
                    <div className="token-list">
                      {group.tokens.map((token) => (
                        <Button
                          key={token.path}
                          className="token-choice"
                          aria-label={`${group.label}: ${token.label} (${token.path})`}
                          onPress={() => {
                            const picked = formatToken(token.path, fallback);
                            close();
                            // After the popover has handed focus back to its button (next frame),
                            // so the field keeps the focus and the caret.
                            requestAnimationFrame(() => requestAnimationFrame(() => onPick(picked)));
                          }}
                        >
                          {token.label}
                        </Button>
                      ))}
                    </div>
                  )}
                </section>
              ))}
            </>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
