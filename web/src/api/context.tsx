// How the app's pages reach the API: the real request and subscription functions,
// or ones a test gives.
import { createContext, useContext } from "react";
import { request, type Request } from "./client";
import { subscribe, type Subscribe } from "./live";

export const RequestContext = createContext<Request>(request);
export const SubscribeContext = createContext<Subscribe>(subscribe);

export function useRequest(): Request {
  return useContext(RequestContext);
}

export function useSubscribe(): Subscribe {
  return useContext(SubscribeContext);
}
