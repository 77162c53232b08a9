import type { Me, SetupBody, SetupStatus } from "@parley/protocol/auth";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useSessionActions } from "../session/useSessionActions";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { NewPasswordFields } from "../ui/NewPasswordFields";
import { useNewPassword } from "../ui/useNewPassword";
import { TextField } from "../ui/TextField";
import { AuthLayout } from "./AuthLayout";

/** First run: the one-time link printed by the server (/setup?token=…) creates the first admin. */
const route = getRouteApi("/setup");

/** The browser's IANA zone: the first admin's default meeting hours are in it (the server falls back to UTC). */
const browserTimeZone = (): string | undefined =>
  Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;

export function SetupPage() {
  const token = route.useSearch().token ?? "";
  const navigate = useNavigate();
  const { startSession } = useSessionActions();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const newPassword = useNewPassword();
  const [timeZone] = useState(browserTimeZone);

  const status = useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: () => apiRequest<z.infer<typeof SetupStatus>>("GET", "/api/setup"),
  });
  const setup = useMutation({
    mutationFn: (body: z.input<typeof SetupBody>) => apiRequest<Me>("POST", "/api/setup", body),
    onSuccess: (me) => {
      startSession(me);
      void navigate({ to: "/", replace: true });
    },
  });
  const errors = fieldErrorsOf(setup.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.confirmed()) setup.mutate({ token, name, email, password: newPassword.value, timeZone });
  };

  if (status.data && !status.data.needsSetup) {
    return (
      <AuthLayout title="Parley is set up" intro={<p>An admin account already exists.</p>}>
        <Link className="button button-primary button-block" to="/sign-in">
          Go to sign in
        </Link>
      </AuthLayout>
    );
  }
  if (!token) {
    return (
      <AuthLayout title="Set up Parley">
        <p className="notice notice-info">
          This page needs the one-time setup link printed on the server console when Parley first started.
          Open that link (it ends with <code>?token=…</code>).
        </p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout
      title="Set up Parley"
      intro={
        <>
          <p>Create the first admin account. You can invite everyone else later.</p>
          <p>
            Visitors of the demo page can then book a meeting with you, Monday to Friday 09:00–17:00 (
            {timeZone ?? "UTC"} time). Change your hours any time in your meeting availability.
          </p>
        </>
      }
    >
      <form noValidate className="form" onSubmit={submit}>
        <TextField
          label="Your name"
          autoComplete="name"
          required
          autoFocus
          value={name}
          onChange={setName}
          error={errors.name}
        />
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <NewPasswordFields
          label="Password"
          repeatLabel="Repeat password"
          hint="At least 10 characters."
          {...newPassword.fields}
          error={errors.password}
        />
        <FormMessage error={setup.error} fields={["name", "email", "password"]} />
        <Button type="submit" variant="primary" block disabled={setup.isPending}>
          {setup.isPending ? "Creating…" : "Create admin account"}
        </Button>
      </form>
    </AuthLayout>
  );
}
