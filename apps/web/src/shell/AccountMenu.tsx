import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { Button, type Key, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import { useSession } from "../session/SessionContext";
import { useSessionActions } from "../session/useSessionActions";

/** The signed-in user's name in the header; a menu with who they are, their account and Sign out. */
export function AccountMenu() {
  const { me, can } = useSession();
  const { signOut } = useSessionActions();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  const initials = me.user.name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();

  const act = async (key: Key) => {
    if (key === "password") return navigate({ to: "/account/password" });
    if (key === "agent") return navigate({ to: "/account/agent" });
    if (key === "availability") return navigate({ to: "/account/availability" });
    setSigningOut(true);
    await signOut().catch(() => setSigningOut(false));
  };

  return (
    <MenuTrigger>
      <Button className="account-button">
        <span className="avatar" aria-hidden="true">
          {initials || "?"}
        </span>
        <span className="account-name">{me.user.name}</span>
        <span className="visually-hidden">: account menu</span>
      </Button>
      <Popover className="popover account-panel-popover" placement="bottom end">
        <p className="account-who">
          <strong>{me.user.name}</strong>
          <span>{me.user.email}</span>
          <span className="badge">{me.user.roleName}</span>
        </p>
        <Menu className="menu" aria-label="Account" onAction={act}>
          {can("livechat.answer", "availability.manage_own") && (
            <MenuItem id="agent" className="menu-item">
              My agent profile
            </MenuItem>
          )}
          {can("availability.manage_own") && (
            <MenuItem id="availability" className="menu-item">
              My availability and calendars
            </MenuItem>
          )}
          <MenuItem id="password" className="menu-item">
            Change password
          </MenuItem>
          <MenuItem id="sign-out" className="menu-item" isDisabled={signingOut}>
            {signingOut ? "Signing out…" : "Sign out"}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
