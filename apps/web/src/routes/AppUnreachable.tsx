import { useRouter } from "@tanstack/react-router";
import type { ReactElement } from "react";
import { AuthLayout } from "../auth/AuthLayout";
import { Button } from "../ui/Button";
import { FormMessage } from "../ui/FormMessage";

/** Me could not be read (server down, network gone): say so and let the user try again. */
export function AppUnreachable({ error }: { error: unknown }): ReactElement {
  const router = useRouter();
  return (
    <AuthLayout title="Parley is unreachable">
      <FormMessage error={error} />
      <Button variant="primary" block onPress={() => router.invalidate()}>
        Try again
      </Button>
    </AuthLayout>
  );
}
