import type { FlowSettings } from "@parley/protocol/dialogues";

export interface FlowSnippet {
  title: string;
  hint: string;
  code: string;
}

/**
 * The ways to start a flow, as the widget's loader reads them (apps/widget/src/loader: watchFlowLinks
 * and the `Parley.startFlow` API). The id is the only thing put into the code, and ids are
 * server-made, so nothing a marketer typed ends up in a snippet.
 */
export function flowSnippets(flowId: string, delivery: FlowSettings["delivery"]): FlowSnippet[] {
  const id = flowId.replace(/[^A-Za-z0-9_-]/g, "");
  return [
    {
      title: "A link or button",
      hint: "A click starts the flow instead of following the link.",
      code: `<a href="#" data-parley-flow="${id}">Talk to us</a>`,
    },
    {
      title: "A form",
      hint: "Submitting the form starts the flow with the form's fields.",
      code: `<form data-parley-flow="${id}">…</form>`,
    },
    {
      title: "In the page",
      hint: "The flow runs inside this element.",
      code: `<div data-parley-inline="${id}"></div>`,
    },
    {
      title: "JavaScript",
      hint: "After the widget is ready.",
      code: [
        `window.addEventListener("parley:ready", () => {`,
        `  window.Parley.startFlow("${id}", { delivery: "${delivery}" });`,
        `});`,
      ].join("\n"),
    },
  ];
}
