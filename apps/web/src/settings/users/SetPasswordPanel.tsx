import type { UpdateUserBody, User } from "@parley/protocol/users";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../../api/apiRequest";
import { fieldErrorsOf } from "../../forms/fieldErrorsOf";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { TextField } from "../../ui/TextField";

interface SetPasswordPanelProps {
  user: User;
  onClose(): void;
}

/**
 * Sets another user's password. The server ends all of that user's sessions when it changes, so the
 * success note says they must sign in again.
 */
export function SetPasswordPanel({ user, onClose }: SetPasswordPanelProps) {
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);

  const set = useMutation({
    mutationFn: (patch: z.input<typeof UpdateUserBody>) =>
      apiRequest<User>("PATCH", `/api/users/${encodeURIComponent(user.id)}`, patch),
    onSuccess: () => {
      setPassword("");
      setDone(true);
    },
  });
  const passwordError = fieldErrorsOf(set.error).password;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    set.mutate({ password });
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === "Escape") onClose();
  };

  return (
    <form noValidate className="inline-panel" onSubmit={submit} onKeyDown={closeOnEscape}>
      <TextField
        label={`New password for ${user.name}`}
        type="password"
        required
        autoFocus
        autoComplete="new-password"
        className="field-narrow"
        hint="At least 10 characters. Share it with them securely."
        value={password}
        onChange={(value) => {
          setPassword(value);
          setDone(false);
        }}
        error={passwordError}
      />
      {/* The field shows its own message; anything else (e.g. a lost connection) shows here. */}
      <FormMessage
        error={passwordError ? null : set.error}
        success={
          done
            ? `New password set. ${user.name}'s sessions were ended: they must sign in again with the new password.`
            : null
        }
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={set.isPending}>
          {set.isPending ? "Setting…" : "Set password"}
        </Button>
        <Button variant="secondary" onPress={onClose}>
          {done ? "Close" : "Cancel"}
        </Button>
      </div>
    </form>
  );
}
