import type { BusEvent, BusEventName } from "@parley/protocol/events";
import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "../api/queryKeys";
import { patchListItem } from "./patchListItem";

type EventOf<N extends BusEventName> = Extract<BusEvent, { name: N }>;
type Handler<N extends BusEventName> = (client: QueryClient, event: EventOf<N>, siteId: string) => void;

/** The site of a `site:<id>` channel. */
const siteOf = (channel: string) => channel.slice(channel.indexOf(":") + 1);

/**
 * What each event does to the query cache. Typed over every event name: a new event in the
 * protocol fails the type check here until someone decides what it means for the app.
 */
const HANDLERS: { [N in BusEventName]: Handler<N> } = {
  "site.updated": (client, { data }) => {
    client.setQueryData<{ id: string }[]>(queryKeys.sites, (sites) =>
      sites?.map((site) => (site.id === data.id ? data : site)),
    );
  },
  "person.created": (client, _event, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).peopleLists });
  },
  "person.updated": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.setQueryData<object>(keys.person(data.id), (old) => ({ ...old, ...data }));
    client.setQueriesData({ queryKey: keys.peopleLists }, (old) => patchListItem(old, data));
    // Shown at once, then read again: the change may move the person in or out of a filter.
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "person.deleted": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.removeQueries({ queryKey: keys.person(data.id) });
    if (data.into) void client.invalidateQueries({ queryKey: keys.person(data.into) });
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "company.created": (client, _event, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).companyLists });
  },
  "company.updated": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.setQueryData<object>(keys.company(data.id), (old) => ({ ...old, ...data }));
    client.setQueriesData({ queryKey: keys.companyLists }, (old) => patchListItem(old, data));
    void client.invalidateQueries({ queryKey: keys.companyLists });
    // People lists show their company's name.
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "company.deleted": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    client.removeQueries({ queryKey: keys.company(data.id) });
    void client.invalidateQueries({ queryKey: keys.companyLists });
    void client.invalidateQueries({ queryKey: keys.peopleLists });
  },
  "conversation.updated": (client, { data }, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).conversation(data.conversationId) });
  },
  "access.changed": (client) => {
    void client.invalidateQueries({ queryKey: queryKeys.me });
  },
  "livechat.updated": (client, { data }, siteId) => {
    const keys = queryKeys.site(siteId);
    void client.invalidateQueries({ queryKey: keys.inboxLists });
    void client.invalidateQueries({ queryKey: keys.inboxConversation(data.conversationId) });
  },
  "agent.presence": (client, _event, siteId) => {
    void client.invalidateQueries({ queryKey: queryKeys.site(siteId).agents });
  },
  // The user's own channel: the banner's offers.
  "livechat.offer": (client) => {
    void client.invalidateQueries({ queryKey: queryKeys.offers });
  },
  "livechat.offerClosed": (client) => {
    void client.invalidateQueries({ queryKey: queryKeys.offers });
  },
  // A conversation's channel (joined while it is on screen): its data names the site.
  "chat.messages": (client, { data }) => {
    void client.invalidateQueries({
      queryKey: queryKeys.site(data.siteId).inboxConversation(data.conversationId),
    });
  },
  "chat.note": (client, { data }) => {
    void client.invalidateQueries({
      queryKey: queryKeys.site(data.siteId).inboxConversation(data.conversationId),
    });
  },
  "chat.typing": () => undefined,
  "chat.read": (client, { data }) => {
    void client.invalidateQueries({
      queryKey: queryKeys.site(data.siteId).inboxConversation(data.conversationId),
    });
  },
  // A visitor's own channel: agents never hear these.
  "conversation.step": () => undefined,
  activity: () => undefined,
  "livechat.status": () => undefined,
  "livechat.typing": () => undefined,
  "livechat.read": () => undefined,
};

/** Brings the query cache up to date with one announced event. */
export function applyRealtimeEvent(client: QueryClient, event: BusEvent): void {
  const handler = HANDLERS[event.name] as Handler<typeof event.name>;
  handler(client, event, siteOf(event.channel));
}
