import { lazyRouteComponent, type RouteComponent } from "@tanstack/react-router";
import type { ComponentType } from "react";

/**
 * A route's page as its own chunk, loaded when the route is first visited (or hovered: preload on
 * intent). Typed loosely on purpose: a page may use the router's typed hooks, and letting the route
 * tree's type depend on the page's module would make the tree's type depend on itself.
 */
export function lazyPage(load: () => Promise<object>, exportName: string): RouteComponent {
  return lazyRouteComponent(load as () => Promise<Record<string, ComponentType>>, exportName);
}
