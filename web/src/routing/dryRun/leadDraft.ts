// The lead a dry run asks about, as its form edits it, and as the API takes it.
import type {
  CompanySize,
  CreateLeadInput,
  PurchaseTimeframe,
  Temperature,
} from "../../gql/graphql";

/** The fields typed as text, in the form's order, with the input each takes. */
export const TYPED = [
  { field: "name", type: "text" },
  { field: "email", type: "email" },
  { field: "phone", type: "tel" },
  { field: "title", type: "text" },
  { field: "company", type: "text" },
  { field: "website", type: "url" },
  { field: "country", type: "text" },
  { field: "region", type: "text" },
  { field: "industry", type: "text" },
] as const;

type Typed = (typeof TYPED)[number]["field"];

export type LeadDraft = Record<Typed, string> & {
  /** "" for none. */
  companySize: CompanySize | "";
  sourceId: string;
  stageId: string;
  purchaseTimeframe: PurchaseTimeframe;
  temperature: Temperature | "";
  score: string;
  expectedValue: string;
  /** Separated by commas. */
  tags: string;
};

export const EMPTY_LEAD: LeadDraft = {
  name: "",
  email: "",
  phone: "",
  title: "",
  company: "",
  website: "",
  country: "",
  region: "",
  industry: "",
  companySize: "",
  sourceId: "",
  stageId: "",
  purchaseTimeframe: "UNKNOWN",
  temperature: "",
  score: "0",
  expectedValue: "",
  tags: "",
};

const given = (typed: string) => typed.trim() || null;

export function leadInput(draft: LeadDraft): CreateLeadInput {
  return {
    lead: {
      name: draft.name,
      email: given(draft.email),
      phone: given(draft.phone),
      title: given(draft.title),
      company: given(draft.company),
      website: given(draft.website),
      country: given(draft.country),
      region: given(draft.region),
      industry: given(draft.industry),
      companySize: draft.companySize || null,
      sourceId: draft.sourceId || null,
      purchaseTimeframe: draft.purchaseTimeframe,
      temperature: draft.temperature || null,
      expectedValue: given(draft.expectedValue),
      tags: draft.tags
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    },
    stageId: draft.stageId || null,
  };
}
