import { useState } from "react";
import { Button } from "../../ui/Button";
import { notificationsSupported } from "./offerNotification";

/** Asks for the browser's permission to show new-chat notifications while the tab is hidden. */
export function NotificationsButton() {
  const [permission, setPermission] = useState(() =>
    notificationsSupported() ? Notification.permission : "unsupported",
  );
  if (permission === "unsupported" || permission === "granted") return null;
  if (permission === "denied") {
    return <p className="inbox-hint">Notifications are blocked for this site in the browser's settings.</p>;
  }
  return (
    <Button onPress={() => void Notification.requestPermission().then(setPermission)}>
      Turn on notifications
    </Button>
  );
}
