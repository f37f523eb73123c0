import type { z } from 'zod';

/** Field errors keyed by the schema path joined with dots (`owner.name`), first message wins. */
export type FieldErrors = Readonly<Record<string, string>>;

export type Validation<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

/**
 * Runs the very schema the core validates with, so a form never accepts what the core would
 * reject. Each message is prefixed with the field's visible label ("Parcel ID is required"),
 * because the schema's messages are written to follow a field name.
 */
export function validateForm<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  labels: Readonly<Record<string, string>>,
): Validation<z.output<S>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path in errors) continue;
    const label = labels[path];
    errors[path] = label ? `${label} ${issue.message}` : issue.message;
  }
  return { ok: false, errors };
}
