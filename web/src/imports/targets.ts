// What a column of a file can fill in a lead (the platform's imports.mapping.Field),
// in the order a person looks for them; a custom field is "custom:" and its key.
export const TARGETS = [
  "name",
  "first_name",
  "last_name",
  "email",
  "phone",
  "title",
  "company",
  "website",
  "country",
  "region",
  "industry",
  "company_size",
  "source",
  "expected_value",
  "tags",
  "external_id",
  "comment",
  "created_at",
  "stage",
  "owner",
  "lost_reason",
  "closed_at",
  "won_amount",
] as const;

export const CUSTOM_PREFIX = "custom:";
