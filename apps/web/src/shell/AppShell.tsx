import { type ReactNode, useEffect, useRef } from "react";
import { Link, useLocation } from "@tanstack/react-router";
import { ConnectionNotice } from "../realtime/ConnectionNotice";
import { AccountMenu } from "./AccountMenu";
import { BrandMark } from "./BrandMark";
import { MainNav } from "./MainNav";
import { NavDrawer } from "./NavDrawer";
import { SiteSwitcher } from "./SiteSwitcher";

/** Header (brand, site switcher, account), the main navigation and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const path = useLocation({ select: (location) => location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new page so screen readers start reading it there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [path]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavDrawer />
        <Link to="/" className="topbar-brand" aria-label="Parley home">
          <BrandMark />
        </Link>
        <div className="topbar-tools">
          <ConnectionNotice />
          <SiteSwitcher />
          <AccountMenu />
        </div>
      </header>
      <div className="shell-body">
        <MainNav />
        <main id="main" className="content" tabIndex={-1} ref={mainRef}>
          {children}
        </main>
      </div>
    </div>
  );
}
