import type { Branding, Site } from "@parley/protocol/sites";
import type { PreviewMode, WidgetPreviewMessage, WidgetPreviewReady } from "@parley/protocol/widgetPreview";
import { useEffect, useRef, useState } from "react";
import { Label, RadioGroup } from "react-aria-components";
import { Radio } from "../../ui/Radio";
import { useFrameScale } from "./useFrameScale";

interface WidgetPreviewProps {
  siteId: string;
  /** Whole and valid (previewBrandingOf): the widget gets nothing it would not get from the server. */
  branding: Branding;
  language: Site["language"];
  privacyUrl: string | null;
}

/** Just wider than the widget's phone breakpoint (480 px), so the desktop look shows; a phone's width. */
const FRAME = { desktop: { width: 490, height: 640 }, phone: { width: 375, height: 640 } };
type Device = keyof typeof FRAME;
/** Closed, only the launcher and the poke show, at the bottom: a shorter frame keeps them in sight. */
const CLOSED_HEIGHT = 280;
/** Typing re-mounts the widget: wait for a pause in the typing first. */
const SETTLE_MS = 200;

/**
 * The real widget, as configured so far: the server's preview page (GET /widget/preview/:siteId)
 * runs this server's loader and app chunk in a sandboxed frame, and each change of the unsaved
 * branding is posted to it. Nothing is saved and no visitor or conversation is created.
 */
export function WidgetPreview({ siteId, branding, language, privacyUrl }: WidgetPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [mode, setMode] = useState<PreviewMode>("open");
  const [device, setDevice] = useState<Device>("desktop");
  const size = { ...FRAME[device], ...(mode === "closed" && { height: CLOSED_HEIGHT }) };
  const { box, scale } = useFrameScale(size.width);
  const message: WidgetPreviewMessage = { type: "parley:preview", branding, language, privacyUrl, mode };
  const latest = useRef(message);
  latest.current = message;
  const json = JSON.stringify(message);

  // The frame's origin is opaque (sandboxed), so a target origin cannot name it; what is posted is
  // only the branding on screen, and only to this frame's window.
  const post = () => frame.current?.contentWindow?.postMessage(latest.current, "*");

  useEffect(() => {
    const ready = (event: MessageEvent<Partial<WidgetPreviewReady> | null>) => {
      if (event.source === frame.current?.contentWindow && event.data?.type === "parley:preview-ready")
        post();
    };
    window.addEventListener("message", ready);
    return () => window.removeEventListener("message", ready);
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(post, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [json]);

  return (
    <figure className="widget-preview" aria-labelledby="widget-preview-caption">
      <figcaption id="widget-preview-caption" className="widget-preview-caption">
        Live preview
        <span className="field-hint">Your changes, before you save them. Answers typed here go nowhere.</span>
      </figcaption>
      <div className="widget-preview-controls">
        <RadioGroup
          className="radio-row"
          orientation="horizontal"
          value={mode}
          onChange={(value) => setMode(value as PreviewMode)}
        >
          <Label className="visually-hidden">Show</Label>
          <Radio value="open">Chat open</Radio>
          <Radio value="closed">Closed, with poke</Radio>
        </RadioGroup>
        <RadioGroup
          className="radio-row"
          orientation="horizontal"
          value={device}
          onChange={(value) => setDevice(value as Device)}
        >
          <Label className="visually-hidden">Screen</Label>
          <Radio value="desktop">Desktop</Radio>
          <Radio value="phone">Phone</Radio>
        </RadioGroup>
      </div>
      <div ref={box} className="widget-preview-box" style={{ height: size.height * scale }}>
        <iframe
          ref={frame}
          // A new frame per screen size: the widget reads the width when it mounts.
          key={device}
          title="Widget preview"
          src={`/widget/preview/${encodeURIComponent(siteId)}`}
          sandbox="allow-scripts"
          width={size.width}
          height={size.height}
          className="widget-preview-frame"
          style={{ transform: `scale(${scale})` }}
        />
      </div>
    </figure>
  );
}
