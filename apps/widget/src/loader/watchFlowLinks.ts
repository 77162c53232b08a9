import type { BootFlow } from "@parley/protocol/widgetBootstrap";
import type { StartFlowRequest } from "../shared/contract";

/**
 * Flows without code: a click on `[data-parley-flow="ID"]` (link, button, anything) or the submit of
 * a `<form data-parley-flow="ID">` starts that flow instead of following the link or submitting the
 * form (the app reads the form's fields); `data-parley-delivery` may override the flow's delivery.
 * Ids of unknown flows are left alone. Returns a function that stops it.
 */
export function watchFlowLinks(
  flows: BootFlow[],
  start: (flow: BootFlow, request: StartFlowRequest) => void,
): () => void {
  let live = true;
  const handle = (event: Event) => {
    const target = event.target;
    const el = live && target instanceof Element && target.closest("[data-parley-flow]");
    const flow = el && flows.find((f) => f.id === el.getAttribute("data-parley-flow"));
    const form = el instanceof HTMLFormElement;
    if (!el || !flow || form !== (event.type === "submit")) return;
    event.preventDefault();
    start(flow, {
      delivery: (el.getAttribute("data-parley-delivery") || undefined) as StartFlowRequest["delivery"],
      form: form ? el : undefined,
    });
  };
  document.addEventListener("click", handle, true);
  document.addEventListener("submit", handle, true);
  return () => {
    live = false;
  };
}
