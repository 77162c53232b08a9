import type { Me } from "@parley/protocol/auth";
import type { PasswordLinkInfo } from "@parley/protocol/mail";
import { useMutation, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { apiRequest } from "../api/apiRequest";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useSessionActions } from "../session/useSessionActions";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { NewPasswordFields } from "../ui/NewPasswordFields";
import { useNewPassword } from "../ui/useNewPassword";
import { AuthLayout } from "./AuthLayout";

/**
 * The page of an invitation (/accept-invite?token=…) or password-reset link (/reset-password?token=…):
 * says plainly when the link is used up or expired, else lets the user choose a password and signs
 * them in.
 */
export function PasswordLinkPage() {
  // One page for /accept-invite and /reset-password: both take ?token=.
  const token = useSearch({ strict: false }).token ?? "";
  const navigate = useNavigate();
  const { startSession } = useSessionActions();
  const newPassword = useNewPassword();

  const link = useQuery({
    queryKey: ["password-link", token],
    queryFn: () => apiRequest<PasswordLinkInfo>("POST", "/api/auth/password-link/inspect", { token }),
    enabled: token !== "",
    retry: false,
    refetchOnWindowFocus: false,
  });
  const choose = useMutation({
    mutationFn: () =>
      apiRequest<Me>("POST", "/api/auth/password-link", { token, password: newPassword.value }),
    onSuccess: (me) => {
      startSession(me);
      void navigate({ to: "/", replace: true });
    },
  });
  const errors = fieldErrorsOf(choose.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword.confirmed()) choose.mutate();
  };

  if (!token || link.isError) {
    return (
      <AuthLayout title="This link does not work">
        {link.isError ? (
          <FormMessage error={link.error} />
        ) : (
          <p className="notice notice-error">
            This page needs the link from your mail, which ends with ?token=….
          </p>
        )}
        <p>
          For a new password link, use <Link to="/forgot-password">Forgot password?</Link>. For a new
          invitation, ask the person who invited you.
        </p>
        <Link className="button button-primary button-block" to="/sign-in">
          Go to sign in
        </Link>
      </AuthLayout>
    );
  }
  if (link.isPending) {
    return (
      <p className="boot" role="status">
        Checking your link…
      </p>
    );
  }
  const invite = link.data.purpose === "invite";
  return (
    <AuthLayout
      title={invite ? "Welcome to Parley" : "Choose a new password"}
      intro={
        <p>
          {invite ? `Hello ${link.data.name}, choose` : "Choose"} the password for{" "}
          <strong>{link.data.email}</strong>.
        </p>
      }
    >
      <form noValidate className="form" onSubmit={submit}>
        <NewPasswordFields
          label="New password"
          repeatLabel="Repeat password"
          hint="At least 10 characters."
          {...newPassword.fields}
          error={errors.password}
          autoFocus
        />
        <FormMessage error={choose.error} fields={["password"]} />
        <Button type="submit" variant="primary" block disabled={choose.isPending}>
          {choose.isPending ? "Saving…" : invite ? "Set password and sign in" : "Save and sign in"}
        </Button>
      </form>
    </AuthLayout>
  );
}
