import { queryOptions } from "@tanstack/react-query";
import { queryKeys } from "../api/queryKeys";
import { fetchMe } from "../session/fetchMe";

/** Me: the signed-in user, or null when signed out. Route guards and the shell read the same entry. */
export const meQuery = queryOptions({ queryKey: queryKeys.me, queryFn: fetchMe });
