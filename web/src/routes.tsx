// Every page of the app by its path. The invitation and password reset paths are
// the links the platform's emails carry (leadhub.tenants.emails).
import type { RouteObject } from "react-router";
import { AcceptInvitation } from "./accounts/AcceptInvitation";
import { ForgotPassword } from "./accounts/ForgotPassword";
import { LogIn } from "./accounts/LogIn";
import { ResetPassword } from "./accounts/ResetPassword";
import { SignUp } from "./accounts/SignUp";
import { People } from "./people/People";
import { Profile } from "./profile/Profile";
import { Home } from "./shell/Home";
import { NotFound } from "./shell/NotFound";
import { SignedIn } from "./shell/SignedIn";

export const routes: RouteObject[] = [
  { path: "/log-in", element: <LogIn /> },
  { path: "/sign-up", element: <SignUp /> },
  { path: "/forgot-password", element: <ForgotPassword /> },
  { path: "/password-reset", element: <ResetPassword /> },
  { path: "/invitations/accept", element: <AcceptInvitation /> },
  {
    element: <SignedIn />,
    children: [
      { path: "/", element: <Home /> },
      { path: "/people", element: <People /> },
      { path: "/profile", element: <Profile /> },
      { path: "*", element: <NotFound /> },
    ],
  },
];
