import type { InboxConversation } from "@parley/protocol/liveChat";
import { Button, Disclosure, DisclosurePanel, Heading } from "react-aria-components";
import { formatDate } from "../../ui/formatDate";
import { routingLogWords } from "../routingLogWords";

/** "Why this agent": each chat's routing log in plain words, oldest first. Closed until asked. */
export function WhyThisAgent({ chats }: { chats: InboxConversation["chats"] }) {
  const withLog = chats.filter((chat) => chat.routingLog.length > 0);
  if (withLog.length === 0) return null;
  return (
    <Disclosure className="why-agent">
      <Heading level={3} className="why-agent-heading">
        <Button slot="trigger" className="link-button">
          Why this agent
        </Button>
      </Heading>
      <DisclosurePanel>
        {withLog.map((chat, i) => (
          <section key={chat.id} aria-label={withLog.length > 1 ? `Chat ${i + 1}` : "Routing"}>
            {withLog.length > 1 && (
              <p className="cell-sub">
                Chat {i + 1}, requested {formatDate(chat.requestedAt)}
              </p>
            )}
            <ol className="routing-log">
              {chat.routingLog.map((entry, n) => (
                <li key={`${chat.id}-${n}`}>
                  <time dateTime={entry.at}>{formatDate(entry.at)}</time> {routingLogWords(entry)}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </DisclosurePanel>
    </Disclosure>
  );
}
