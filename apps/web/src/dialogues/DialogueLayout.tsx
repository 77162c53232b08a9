import { Outlet } from "@tanstack/react-router";

// OWNED BY h-lists: one dialogue or flow: header (name, status, version, publish state) and tabs.
export function DialogueLayout() {
  return <Outlet />;
}
