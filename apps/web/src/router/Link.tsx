import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { appHref, navigate } from "./location";

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  /** Path inside the app, e.g. "/settings/users". */
  to: string;
}

/** A real link (opens in a new tab, copyable) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== "_self") return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={appHref(to)} onClick={handleClick} {...rest} />;
}
