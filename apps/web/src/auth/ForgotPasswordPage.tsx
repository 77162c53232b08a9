import type { ForgotPasswordResponse } from "@parley/protocol/mail";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { Link } from "@tanstack/react-router";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import { AuthLayout } from "./AuthLayout";

/** "Forgot password?": asks for the email; the server answers the same whether or not it has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const ask = useMutation({
    mutationFn: () =>
      apiRequest<z.infer<typeof ForgotPasswordResponse>>("POST", "/api/auth/forgot-password", { email }),
  });
  const errors = fieldErrorsOf(ask.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };

  return (
    <AuthLayout
      title="Forgot your password?"
      intro={<p>Type the email you sign in with. We'll mail you a link to choose a new password.</p>}
    >
      <form noValidate className="form" onSubmit={submit}>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <FormMessage error={ask.error} fields={["email"]} success={ask.data?.message} />
        <Button type="submit" variant="primary" block disabled={ask.isPending}>
          {ask.isPending ? "Sending…" : "Send me a link"}
        </Button>
      </form>
      <p className="auth-footer">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </AuthLayout>
  );
}
