// Every page of the app by its path. The invitation and password reset paths are
// the links the platform's emails carry (leadhub.tenants.emails). Each domain
// names its own pages (its routes.tsx), loaded when first opened.
import type { RouteObject } from "react-router";
import { AcceptInvitation } from "./accounts/AcceptInvitation";
import { ForgotPassword } from "./accounts/ForgotPassword";
import { LogIn } from "./accounts/LogIn";
import { ResetPassword } from "./accounts/ResetPassword";
import { SignUp } from "./accounts/SignUp";
import { routes as dashboard } from "./dashboard/routes";
import { routes as leads } from "./leads/routes";
import { routes as board } from "./board/routes";
import { routes as imports } from "./imports/routes";
import { routes as routing } from "./routing/routes";
import { routes as settings } from "./settings/routes";
import { routes as integrations } from "./integrations/routes";
import { People } from "./people/People";
import { Profile } from "./profile/Profile";
import { NotFound } from "./shell/NotFound";
import { SignedIn } from "./shell/SignedIn";
import { Loading } from "./ui/states";

export const routes: RouteObject[] = [
  { path: "/log-in", element: <LogIn /> },
  { path: "/sign-up", element: <SignUp /> },
  { path: "/forgot-password", element: <ForgotPassword /> },
  { path: "/password-reset", element: <ResetPassword /> },
  { path: "/invitations/accept", element: <AcceptInvitation /> },
  {
    element: <SignedIn />,
    HydrateFallback: Loading, // while the first page opened is still loading
    children: [
      { path: "/people", element: <People /> },
      { path: "/profile", element: <Profile /> },
      ...dashboard,
      ...leads,
      ...board,
      ...imports,
      ...routing,
      ...settings,
      ...integrations,

      { path: "*", element: <NotFound /> },
    ],
  },
];
