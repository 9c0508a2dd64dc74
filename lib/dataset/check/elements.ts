/** The pack's elements that pass the schema on their own, for the semantic rules. */
import type { z } from 'zod';
import { PackSchema } from '../schema';
import type { ArraySection, Located, ValidElements } from './types';

/** Each element parsed on its own, with its merged-pack path (mapped to a file when reported). */
export function validElements(merged: Record<string, unknown>): ValidElements {
  const shape = PackSchema.shape;
  function each<S extends z.ZodType>(section: ArraySection, schema: S): Located<z.output<S>>[] {
    const raw = merged[section];
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item, i) => {
      const result = schema.safeParse(item);
      return result.success ? [{ value: result.data, segments: [section, i] }] : [];
    });
  }
  const meta = shape.meta.safeParse(merged.meta);
  const topic = shape.topic.safeParse(merged.topic);
  return {
    meta: meta.success ? meta.data : undefined,
    topic: topic.success ? topic.data : undefined,
    sources: each('sources', shape.sources.element),
    entities: each('entities', shape.entities.element),
    claims: each('claims', shape.claims.element),
    timeline: each('timeline', shape.timeline.element),
  };
}
