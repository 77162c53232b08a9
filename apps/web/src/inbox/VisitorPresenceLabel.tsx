/**
 * Whether the visitor has the site open now ("Online now" with a green dot) or not ("Not on the site
 * now"), kept live by `visitor.presence`. `onlyOnline`: nothing when offline (a list row of a chat
 * that is over, where being away says nothing).
 */
export function VisitorPresenceLabel({
  online,
  className,
  onlyOnline = false,
}: {
  online: boolean;
  className: string;
  onlyOnline?: boolean;
}) {
  if (!online && onlyOnline) return null;
  return (
    <span className={`${className} visitor-presence${online ? " is-online" : ""}`}>
      {online ? "Online now" : "Not on the site now"}
    </span>
  );
}
