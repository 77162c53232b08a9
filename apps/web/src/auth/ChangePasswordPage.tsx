import type { ChangePasswordBody } from "@parley/protocol/auth";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { isApiError } from "../api/ApiError";
import { apiRequest } from "../api/apiRequest";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { useSession } from "../session/SessionContext";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { NewPasswordFields } from "../ui/NewPasswordFields";
import { useNewPassword } from "../ui/useNewPassword";
import { PageHeader } from "../ui/PageHeader";
import { TextField } from "../ui/TextField";

export function ChangePasswordPage() {
  const { me } = useSession();
  const [currentPassword, setCurrentPassword] = useState("");
  const newPassword = useNewPassword();

  const change = useMutation({
    mutationFn: (body: z.input<typeof ChangePasswordBody>) => apiRequest("POST", "/api/auth/password", body),
    onSuccess: () => {
      setCurrentPassword("");
      newPassword.clear();
    },
  });
  const errors = fieldErrorsOf(change.error);
  // The server answers a wrong current password with invalid_credentials: show it beside that field.
  const wrongCurrent =
    isApiError(change.error) && change.error.code === "invalid_credentials"
      ? change.error.message
      : undefined;
  const currentError = errors.currentPassword ?? wrongCurrent;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.confirmed()) change.mutate({ currentPassword, newPassword: newPassword.value });
  };

  return (
    <div className="page page-narrow">
      <PageHeader title="Change password" description={`Signed in as ${me.user.email}.`} />
      <form noValidate className="form card" onSubmit={submit}>
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={setCurrentPassword}
          error={currentError}
        />
        <NewPasswordFields
          label="New password"
          repeatLabel="Repeat new password"
          hint="At least 10 characters. Your other sessions will be signed out."
          {...newPassword.fields}
          error={errors.newPassword}
        />
        <FormMessage
          error={wrongCurrent ? undefined : change.error}
          fields={["currentPassword", "newPassword"]}
          success={change.isSuccess ? "Password changed. Your other sessions have been signed out." : null}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={change.isPending}>
            {change.isPending ? "Saving…" : "Change password"}
          </Button>
        </div>
      </form>
    </div>
  );
}
