import type { Site } from "@parley/protocol/sites";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { useSites } from "../data/useSites";
import { useSession } from "../session/SessionContext";

interface SelectedSite {
  /** The sites this user may reach; empty while loading. */
  sites: readonly Site[];
  /** The site the user is working on (remembered per user in this browser), or null when there is none. */
  site: Site | null;
  isLoading: boolean;
  selectSite(id: string): void;
}

const SelectedSiteContext = createContext<SelectedSite | null>(null);

export function SelectedSiteProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const storageKey = `parley.site.${me.user.id}`;
  const [chosenId, setChosenId] = useState(() => readStored(storageKey));
  const sites = useSites();

  const selectSite = useCallback(
    (id: string) => {
      setChosenId(id);
      try {
        window.localStorage.setItem(storageKey, id);
      } catch {
        // Private mode or storage full: the choice just lasts for this page.
      }
    },
    [storageKey],
  );

  const value = useMemo<SelectedSite>(() => {
    const list = sites.data ?? [];
    const site = list.find((s) => s.id === chosenId) ?? list[0] ?? null;
    return { sites: list, site, isLoading: sites.isPending, selectSite };
  }, [sites.data, sites.isPending, chosenId, selectSite]);

  return <SelectedSiteContext.Provider value={value}>{children}</SelectedSiteContext.Provider>;
}

export function useSelectedSite(): SelectedSite {
  const value = useContext(SelectedSiteContext);
  if (!value) throw new Error("useSelectedSite() is used outside SelectedSiteProvider");
  return value;
}

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
