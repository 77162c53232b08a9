// The WHATWG URL parser exists in every runtime this package targets (browsers, Node), but the
// package compiles without DOM or Node typings, so declare the little of it that is used.
export interface WebSearchParams {
  has(name: string): boolean;
  getAll(name: string): string[];
}

export interface WebUrl {
  protocol: string;
  host: string;
  pathname: string;
  searchParams: WebSearchParams;
}

declare const URL: new (input: string) => WebUrl;

/** The parsed absolute URL, or null when the text is not one (relative, no scheme, malformed). */
export function parseWebUrl(input: string): WebUrl | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}
