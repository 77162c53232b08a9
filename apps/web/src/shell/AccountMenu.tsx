import { useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "@tanstack/react-router";
import { useSession } from "../session/SessionContext";
import { useSessionActions } from "../session/useSessionActions";

/** The signed-in user's name in the header; opens a small panel with account links and Sign out. */
export function AccountMenu() {
  const { me } = useSession();
  const { signOut } = useSessionActions();
  const path = useLocation({ select: (location) => location.pathname });
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Close on navigation, on Escape (returning focus to the button) and on a click elsewhere.
  useEffect(() => setOpen(false), [path]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const initials = me.user.name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();

  return (
    <div className="account" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="avatar" aria-hidden="true">
          {initials || "?"}
        </span>
        <span className="account-name">{me.user.name}</span>
        <span className="visually-hidden">: account menu</span>
      </button>
      <div id={panelId} className="account-panel" hidden={!open}>
        <p className="account-who">
          <strong>{me.user.name}</strong>
          <span>{me.user.email}</span>
          <span className="badge">{me.user.roleName}</span>
        </p>
        <ul>
          <li>
            <Link to="/account/password">Change password</Link>
          </li>
          <li>
            <button
              type="button"
              disabled={signingOut}
              onClick={async () => {
                setSigningOut(true);
                await signOut().catch(() => undefined);
                setSigningOut(false);
              }}
            >
              {signingOut ? "Signing out…" : "Sign out"}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
