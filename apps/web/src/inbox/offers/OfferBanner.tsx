import type { ChatOffer } from "@parley/protocol/liveChat";
import { useNavigate } from "@tanstack/react-router";
import { useAnswerOffer } from "../../data/useOffers";
import { useSelectedSite } from "../../shell/SelectedSiteContext";
import { Button } from "../../ui/Button";
import { FormMessage } from "../../ui/FormMessage";
import { formatCountdown, secondsLeft } from "./secondsLeft";

/** One offered chat: who, where, from which dialogue (a transfer's note), the time left, Accept / Decline. */
export function OfferBanner({ offer, nowMs }: { offer: ChatOffer; nowMs: number }) {
  const answer = useAnswerOffer();
  const navigate = useNavigate();
  const { site, sites, selectSite } = useSelectedSite();
  const who = offer.visitorName ?? "A visitor";
  const left = secondsLeft(offer.expiresAt, nowMs);
  const otherSite = site?.id !== offer.siteId ? sites.find((s) => s.id === offer.siteId) : undefined;
  // mutateAsync, not mutate's callbacks: the banner unmounts as soon as the offer leaves the cache.
  const accept = () =>
    answer.mutateAsync({ offer, answer: "accept" }).then(
      () => {
        if (otherSite) selectSite(offer.siteId);
        void navigate({ to: "/inbox/$conversationId", params: { conversationId: offer.conversationId } });
      },
      // Refused (taken meanwhile, expired): the banner shows the mutation's error.
      () => undefined,
    );
  const title =
    offer.origin === "transfer" ? `${offer.fromAgentName ?? "A colleague"} transfers a chat` : "New chat";
  return (
    <article className="offer-banner" aria-label={`${title}: ${who}`}>
      <div className="offer-main">
        <h2 className="offer-title">
          {title}: {who}
        </h2>
        <p className="offer-meta">
          {[offer.dialogueName, offer.pageUrl, otherSite?.name].filter(Boolean).join(" · ")}
        </p>
        {offer.note && <p className="offer-note">Note: {offer.note}</p>}
      </div>
      <p className="offer-countdown">
        <span className="visually-hidden">Time left to accept: </span>
        <time aria-live="off">{left > 0 ? formatCountdown(left) : "Expired"}</time>
      </p>
      <div className="offer-actions">
        <Button variant="primary" onPress={accept} disabled={answer.isPending || left === 0}>
          Accept
        </Button>
        <Button onPress={() => answer.mutate({ offer, answer: "decline" })} disabled={answer.isPending}>
          Decline
        </Button>
      </div>
      <FormMessage error={answer.error} />
    </article>
  );
}
