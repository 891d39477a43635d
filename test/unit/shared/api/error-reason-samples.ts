import { type ErrorParams, type ErrorReason, errorReasons } from '../../../../shared/api/error-reasons';

/** Values in plain ASCII, so that any letter of another language in a wording comes from the wording. */
const sampleValues = { string: 'sample.txt', number: 42, boolean: true } as const;

/**
 * Parameters for `reason`: one set with a sample value for each parameter, and one more set for
 * each other choice of every parameter that takes one of a list of strings.
 */
export function sampleParams(reason: ErrorReason): ErrorParams[] {
  const declared = errorReasons[reason].params as Readonly<Record<string, 'string' | 'number' | 'boolean' | readonly string[]>>;
  const base: Record<string, string | number | boolean> = {};
  for (const [name, kind] of Object.entries(declared)) base[name] = typeof kind === 'string' ? sampleValues[kind] : kind[0]!;
  const samples: ErrorParams[] = [base];
  for (const [name, kind] of Object.entries(declared)) {
    if (typeof kind !== 'string') for (const choice of kind.slice(1)) samples.push({ ...base, [name]: choice });
  }
  return samples;
}
