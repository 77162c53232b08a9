import { useEffect, useRef, useState } from "react";

/**
 * How much a frame `width` CSS pixels wide must shrink to fit the box (at most 1): the frame keeps
 * its own width, so the widget inside lays itself out as on a screen that wide.
 */
export function useFrameScale(width: number) {
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(width);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setAvailable(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { box, scale: Math.min(1, available / width) };
}
