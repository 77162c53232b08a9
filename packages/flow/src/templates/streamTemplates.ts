import type { Stream } from "../stream";
import { bookADemo } from "./bookADemo";
import { contactSupport } from "./contactSupport";
import { newsletterSignup } from "./newsletterSignup";
import { qualifyAndRoute } from "./qualifyAndRoute";

export interface StreamTemplate {
  id: string;
  name: string;
  description: string;
  stream: Stream;
}

/** The templates offered when creating a dialogue (product §3). Copy `stream` before editing it. */
export const STREAM_TEMPLATES: readonly StreamTemplate[] = [
  {
    id: "book-a-demo",
    name: "Book a demo",
    description: "Offer a demo, capture email and company, and let the visitor book a slot with sales.",
    stream: bookADemo,
  },
  {
    id: "qualify-and-route",
    name: "Qualify and route to sales",
    description: "Ask company size and email, then chat with sales, book a call or get a guide.",
    stream: qualifyAndRoute,
  },
  {
    id: "contact-support",
    name: "Contact support",
    description: "Answer from the answer library, then hand over to support or take a request by email.",
    stream: contactSupport,
  },
  {
    id: "newsletter-signup",
    name: "Newsletter signup",
    description: "Capture an email with recorded marketing consent.",
    stream: newsletterSignup,
  },
];
