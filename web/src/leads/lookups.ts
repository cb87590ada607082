// What the leads pages offer to choose from: the company's shared lists, as the
// plain arrays the leads pages show.
import * as company from "../api/choices";

/** In the funnel's order. */
export function useStages() {
  return company.useStages().nodes ?? [];
}

export function useSources() {
  return company.useSources().nodes ?? [];
}

/** The members, by name: who a lead can be given to. */
export function useOwners() {
  const users = (company.useMembers().nodes ?? []).map((member) => member.user);
  return [...users].sort((a, b) => a.name.localeCompare(b.name));
}
