import type { BootDialogue } from "@parley/protocol/widgetBootstrap";
import type { Store } from "../shared/contract";
import { type Counters, readCounters, scrollPercent, triggerMet } from "./triggerCounters";

/**
 * Counts visible seconds (page and site) on every page, the deepest scroll and exit intent, and
 * calls `fire` once when the dialogue's trigger is met. Returns a function that stops it all (the
 * listeners stay, inert: removing each one costs more loader bytes than it saves).
 */
export function watchTriggers(store: Store, dialogue: BootDialogue | null, fire: () => void): () => void {
  const kind = dialogue && dialogue.trigger.kind;
  let live = true;
  const update = (change: (c: Counters) => void, exitIntent?: boolean) => {
    if (!live) return;
    const c = readCounters(store.get("k"), location.pathname);
    change(c);
    if (dialogue && (exitIntent || triggerMet(dialogue.trigger, c, dialogue.id))) {
      c.m[dialogue.id] = 1;
      dialogue = null;
      fire();
    }
    store.set("k", c);
  };
  const timer = setInterval(
    () =>
      document.visibilityState === "visible" &&
      update((c) => {
        c.s++;
        c.p++;
      }),
    1000,
  );
  const onScroll = () =>
    update((c) => {
      c.y = Math.max(c.y, scrollPercent(scrollY, document.documentElement.scrollHeight, innerHeight));
    });
  // A page too short to scroll counts as read once it has fully loaded.
  const onLoad = () => kind === "scroll" && onScroll();
  addEventListener("scroll", onScroll, { passive: true });
  addEventListener("load", onLoad);
  // Exit intent: the mouse leaves the page through its top edge (towards the tabs and the address bar).
  addEventListener(
    "mouseout",
    (e) => !e.relatedTarget && e.clientY <= 0 && update(() => 0, kind === "exit_intent"),
  );
  update(() => 0);
  if (document.readyState === "complete") onLoad();
  return () => {
    live = false;
    clearInterval(timer);
  };
}
