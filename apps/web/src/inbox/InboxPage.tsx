import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { SiteRequired } from "../people/SiteRequired";
import { useSession } from "../session/SessionContext";
import { EmptyState } from "../ui/EmptyState";
import { ConversationView } from "./conversation/ConversationView";
import { InboxHeader } from "./InboxHeader";
import type { InboxSearch } from "./inboxSearch";
import { InboxLists } from "./lists/InboxLists";
import { OfferBanners } from "./offers/OfferBanners";
import { VisitorPanel } from "./visitor/VisitorPanel";
import "./inbox.css";

/**
 * /inbox and /inbox/$conversationId: the lists, the open conversation and the visitor beside it, with
 * the agent's availability and the new-chat banners above. On narrow screens one column shows at a
 * time (`data-step`), chosen by the URL: lists, then a conversation, then its visitor panel.
 */
export function InboxPage() {
  const { conversationId } = useParams({ strict: false }) as { conversationId?: string };
  const search = useSearch({ strict: false }) as InboxSearch;
  const navigate = useNavigate();
  const isAgent = useSession().can("livechat.answer");
  const step = !conversationId ? "lists" : search.panel === "visitor" ? "visitor" : "conversation";

  const setSearch = (patch: Partial<InboxSearch>) =>
    void navigate({ to: ".", search: (previous: InboxSearch) => ({ ...previous, ...patch }), replace: true });
  const showPanel = (open: boolean) =>
    void navigate({
      to: ".",
      search: (previous: InboxSearch) => ({ ...previous, panel: open ? "visitor" : undefined }),
    });
  const backToLists = () =>
    void navigate({ to: "/inbox", search: (previous: InboxSearch) => ({ ...previous, panel: undefined }) });

  return (
    <div className="inbox" data-step={step}>
      <h1 className="visually-hidden">Inbox</h1>
      {isAgent && <InboxHeader />}
      {isAgent && <OfferBanners />}
      <SiteRequired what="Chats appear here once a site has the widget installed.">
        {(siteId) => (
          <div className="inbox-columns">
            <section className="inbox-column inbox-lists" aria-label="Conversations">
              <InboxLists
                siteId={siteId}
                search={search}
                selected={conversationId ?? null}
                onSearch={setSearch}
              />
            </section>
            <section className="inbox-column inbox-conversation" aria-label="Conversation">
              {conversationId ? (
                <ConversationView
                  key={conversationId}
                  siteId={siteId}
                  conversationId={conversationId}
                  onBack={backToLists}
                  onShowVisitor={() => showPanel(true)}
                />
              ) : (
                <EmptyState title="No conversation open">
                  <p>Pick a chat from the lists, or accept a new one when it is offered.</p>
                </EmptyState>
              )}
            </section>
            {conversationId && (
              <section className="inbox-column inbox-visitor" aria-label="Visitor">
                <VisitorPanel
                  key={conversationId}
                  siteId={siteId}
                  conversationId={conversationId}
                  onBack={() => showPanel(false)}
                />
              </section>
            )}
          </div>
        )}
      </SiteRequired>
    </div>
  );
}
