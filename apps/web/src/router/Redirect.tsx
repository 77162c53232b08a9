import { useEffect } from "react";
import { navigate } from "./location";

/** Replaces the current location once rendered (e.g. /settings → its first section). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
