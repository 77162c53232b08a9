import type { Permission } from "@parley/protocol/permissions";

export interface NavArea {
  /** The area's route. */
  path: "/dialogues" | "/flows" | "/inbox" | "/meetings" | "/people" | "/reports" | "/settings";
  label: string;
  /** Any one of these shows the area. */
  permissions: readonly Permission[];
  /** What the area will hold, for its "coming soon" page. */
  summary: string;
  upcoming: readonly string[];
}

/** The app's areas in navigation order (product.md §1, §3–§10). */
export const NAV_AREAS: readonly NavArea[] = [
  {
    path: "/dialogues",
    label: "Dialogues",
    permissions: ["dialogues.view", "dialogues.manage", "dialogues.publish"],
    summary: "Targeted chatbot conversations that qualify visitors, capture their details and book meetings.",
    upcoming: [],
  },
  {
    path: "/flows",
    label: "Flows",
    permissions: ["dialogues.view", "dialogues.manage", "dialogues.publish"],
    summary:
      "Conversational flows started by a link, a button, a form submit, page load or the JavaScript API.",
    upcoming: [],
  },
  {
    path: "/inbox",
    label: "Inbox",
    permissions: ["livechat.answer", "conversations.view_own", "conversations.view_all"],
    summary:
      "Answer live chats in real time: new-chat banners, your chats and the queue, every conversation's transcript with the visitor beside it.",
    upcoming: [],
  },
  {
    path: "/meetings",
    label: "Meetings",
    permissions: ["meetings.host", "meetings.manage"],
    summary:
      "Meetings booked by visitors with your team: upcoming and past, no-shows, cancellations, CSV export.",
    upcoming: [],
  },
  {
    path: "/people",
    label: "People",
    permissions: ["people.view", "people.manage"],
    summary: "The people and companies your dialogues have met.",
    upcoming: [],
  },
  {
    path: "/reports",
    label: "Reports",
    permissions: ["reports.view", "reports.export"],
    summary: "How your dialogues, meetings and live chat perform.",
    upcoming: [],
  },
  {
    path: "/settings",
    label: "Settings",
    permissions: [
      "users.manage",
      "agents.manage",
      "routing.manage",
      "integrations.manage",
      "sites.manage",
      "meetings.manage",
      // The answer library (Settings › Answer library) is the dialogue editors'.
      "dialogues.view",
      "dialogues.manage",
    ],
    summary: "Users, roles, teams, API keys, sites, the answer library, live chat and meetings.",
    upcoming: [],
  },
];
