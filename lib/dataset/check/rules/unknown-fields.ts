/** Rule: no field the schema does not know (zod would drop it silently). */
import { z } from 'zod';
import { isRecord, type ReportAt, type Segment } from '../types';

/**
 * zod objects drop keys they do not know, so a misspelt optional field ("endate", "requiresPrior")
 * would vanish without a word; this walks the schema beside the raw data and names each such key.
 * Not `z.strictObject`: it reports one `unrecognized_keys` issue at the parent without the expected
 * keys, and it fails the whole element, which would then drop out of every semantic rule.
 */
export function checkUnknownFields(schema: z.ZodType, value: unknown, segments: Segment[], reportAt: ReportAt): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    checkUnknownFields(schema.unwrap() as z.ZodType, value, segments, reportAt);
  } else if (schema instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, i) => checkUnknownFields(schema.element as z.ZodType, item, [...segments, i], reportAt));
  } else if (schema instanceof z.ZodObject && isRecord(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const [key, child] of Object.entries(value)) {
      if (key in shape) checkUnknownFields(shape[key]!, child, [...segments, key], reportAt);
      else reportAt([...segments, key], `unknown field; expected one of ${Object.keys(shape).join(', ')}`);
    }
  }
}
