import { useConnectionStatus } from "./RealtimeProvider";

/** Says so, quietly, only while live updates are down; the region stays so the change is announced. */
export function ConnectionNotice() {
  const status = useConnectionStatus();
  return (
    <p className="connection-notice" role="status">
      {status === "reconnecting" ? "Reconnecting…" : ""}
    </p>
  );
}
