import type { OutputWords } from "@parley/flow/render/outputRows";

// The widget's own English texts for what the test chat shows of the widget (apps never import each
// other, so the designer keeps these few; the widget translates them into the visitor's language).
export const TEST_CHAT_WORDS: OutputWords & { privacyPolicy: string; open: string } = {
  nobodyAvailable: "Nobody is available to chat right now. We'll get back to you soon.",
  noAnswer: "Sorry, I don't have an answer to that yet.",
  failed: "Something went wrong. Please try again later.",
  pdf: "PDF document",
  page: "Web page",
  privacyPolicy: "Privacy policy",
  open: "Open",
  invalid: {
    required: "Please enter an answer.",
    too_long: "That answer is too long.",
    invalid_choice: "Please choose one of the answers.",
    invalid_email: "Please enter a valid email address.",
    invalid_phone: "Please enter a valid phone number.",
    invalid_number: "Please enter a number.",
    number_too_small: "That number is too small.",
    number_too_large: "That number is too large.",
    invalid_option: "Please choose one of the options.",
  },
};
