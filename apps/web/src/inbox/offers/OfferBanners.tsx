import type { ChatOffer } from "@parley/protocol/liveChat";
import { useEffect, useRef, useState } from "react";
import { useOffers } from "../../data/useOffers";
import { notifyOffer } from "./offerNotification";
import { OfferBanner } from "./OfferBanner";
import { playOfferSound } from "./offerSound";

/**
 * A banner for each chat offered to the agent now (on any of their sites), newest last. A new offer
 * chimes and, while the tab is hidden, shows a system notification.
 */
export function OfferBanners() {
  const offers = useOffers();
  const items = offers.data?.items ?? [];
  useNewOfferAlerts(items);
  const now = useTick(items.length > 0) + (offers.data?.clockOffsetMs ?? 0);
  if (items.length === 0) return null;
  return (
    <section className="offer-banners" aria-label="New chats">
      {items.map((offer) => (
        <OfferBanner key={offer.offerId} offer={offer} nowMs={now} />
      ))}
    </section>
  );
}

function useNewOfferAlerts(items: readonly ChatOffer[]) {
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    const ids = new Set(items.map((o) => o.offerId));
    // The offers open when the page loads were announced before: no chime for those.
    if (known.current) {
      const fresh = items.filter((o) => !known.current?.has(o.offerId));
      if (fresh.length > 0) playOfferSound();
      for (const offer of fresh) notifyOffer(offer);
    }
    known.current = ids;
  }, [items]);
}

/** This browser's clock, read again every second while `running`. */
function useTick(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
