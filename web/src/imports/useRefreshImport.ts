// After an import changes state, what shows it asks again: its page and the history.
import { useRefresh } from "../api/hooks";
import { IMPORT_DETAILS } from "./importDetails";
import { IMPORT_HISTORY } from "./ImportHistory";

export function useRefreshImport() {
  const refresh = useRefresh();
  return () => refresh(IMPORT_DETAILS, IMPORT_HISTORY);
}
