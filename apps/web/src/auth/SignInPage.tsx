import type { Me, SetupStatus } from "@parley/protocol/auth";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { apiRequest } from "../api/apiRequest";
import { queryKeys } from "../api/queryKeys";
import { fieldErrorsOf } from "../forms/fieldErrorsOf";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { safeNextPath } from "../router/safeNextPath";
import { useSessionActions } from "../session/useSessionActions";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";
import { TextField } from "../ui/TextField";
import { AuthLayout } from "./AuthLayout";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const { next } = route.useSearch();
  const navigate = useNavigate();
  const { startSession } = useSessionActions();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const setup = useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: () => apiRequest<z.infer<typeof SetupStatus>>("GET", "/api/setup"),
  });

  const signIn = useMutation({
    mutationFn: () => apiRequest<Me>("POST", "/api/auth/sign-in", { email, password }),
    onSuccess: (me) => {
      startSession(me);
      void navigate({ href: safeNextPath(next ?? null), replace: true });
    },
  });
  const errors = fieldErrorsOf(signIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };

  return (
    <AuthLayout title="Sign in">
      {setup.data?.needsSetup && (
        <p className="notice notice-info">
          Parley is not set up yet. Open the one-time setup link printed on the server console to create the
          first admin.
        </p>
      )}
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
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <FormMessage error={signIn.error} fields={["email", "password"]} />
        <Button type="submit" variant="primary" block disabled={signIn.isPending}>
          {signIn.isPending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      <p className="auth-footer">
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
    </AuthLayout>
  );
}
