import { Branding } from "@parley/protocol/sites";

type BrandingKey = keyof Branding;
const KEYS = Object.keys(Branding.shape) as BrandingKey[];

/**
 * The branding the preview shows while the marketer types: each setting as typed when it is already
 * valid, else as saved (a half-typed colour such as "#1f6" keeps the saved one rather than breaking
 * the preview). The widget then gets only whole, valid brandings, as it does from the server.
 */
export function previewBrandingOf(typed: Partial<Record<BrandingKey, unknown>>, saved: Branding): Branding {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    const parsed = Branding.shape[key].safeParse(typed[key]);
    out[key] = typed[key] !== undefined && parsed.success ? parsed.data : saved[key];
  }
  return out as Branding;
}
