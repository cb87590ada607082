import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { App, newQueryClient } from "./App";
import { startI18n } from "./i18n/i18n";
import { browserLanguage, savedLanguage } from "./i18n/language";
import { routes } from "./routes";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
const i18n = startI18n(savedLanguage(localStorage) ?? browserLanguage(navigator.languages));
createRoot(root).render(
  <StrictMode>
    <App router={createBrowserRouter(routes)} i18n={i18n} queryClient={newQueryClient()} />
  </StrictMode>,
);
