import type { RouteObject } from "react-router";
import { Loading } from "../ui/states";

export const routes: RouteObject[] = [
  // The start page: its code is fetched when it is first opened, Loading meanwhile.
  {
    path: "/",
    lazy: async () => ({ Component: (await import("./Dashboard")).Dashboard }),
    HydrateFallback: Loading,
  },
];
