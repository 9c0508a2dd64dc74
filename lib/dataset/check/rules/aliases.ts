/** Rule: no two entities share an alias, as the matcher would see them. */
import { matcherKey } from '../../../text/keys';
import type { ReportAt, Segment, ValidElements } from '../types';

/**
 * The key two aliases collide on: the matcher's own bucket key, so the checker flags exactly the
 * aliases that would share a bucket at run time ("MS-13" and "MS 13", "O’Neil" and "O'Neil").
 */
export const collisionKey = matcherKey;

export function checkAliasCollisions(entities: ValidElements['entities'], reportAt: ReportAt): void {
  const owner = new Map<string, { id: string; segments: Segment[] }>();
  const reported = new Set<string>();
  for (const { value: entity, segments } of entities) {
    for (const lang of ['en', 'es'] as const) {
      entity.names[lang].aliases.forEach((alias, i) => {
        const folded = collisionKey(alias.text);
        const here = [...segments, 'names', lang, 'aliases', i, 'text'];
        const first = owner.get(folded);
        if (!first) {
          owner.set(folded, { id: entity.id, segments: here });
          return;
        }
        const key = `${folded}\u0000${first.id}\u0000${entity.id}`;
        if (first.id === entity.id || reported.has(key)) return;
        reported.add(key);
        reportAt(
          here,
          `alias "${alias.text}" of entity "${entity.id}" collides with an alias of entity "${first.id}" ` +
            `(${reportAt.where(first.segments)})`,
        );
      });
    }
  }
}
