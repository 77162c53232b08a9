import type { ChatOffer } from "@parley/protocol/liveChat";

export const notificationsSupported = () => typeof window !== "undefined" && "Notification" in window;

/**
 * A system notification for a new chat, only while this tab is hidden (a visible tab has its banner)
 * and only once the user allowed it. Clicking it brings the tab forward.
 */
export function notifyOffer(offer: ChatOffer): void {
  if (!notificationsSupported() || Notification.permission !== "granted") return;
  if (document.visibilityState !== "hidden") return;
  const who = offer.visitorName ?? "A visitor";
  const notification = new Notification(
    offer.origin === "transfer" ? "Chat transferred to you" : "New chat",
    {
      body: [who, offer.dialogueName, offer.note].filter(Boolean).join(" · "),
      tag: offer.offerId,
    },
  );
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}
