import type { Me } from "@parley/protocol/auth";
import { isApiError } from "../api/ApiError";
import { apiRequest, setCsrfToken } from "../api/apiRequest";

/** The signed-in user, or null when signed out. Remembers the CSRF token for later writes. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await apiRequest<Me>("GET", "/api/auth/me");
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}
