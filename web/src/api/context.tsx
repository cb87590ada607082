// The request function the app's pages use: the real one, or one a test gives.
import { createContext, useContext } from "react";
import { request, type Request } from "./client";

export const RequestContext = createContext<Request>(request);

export function useRequest(): Request {
  return useContext(RequestContext);
}
