/**
 * Strings of the "since this article was published" section, shared by the reading panel, the
 * popup and entity cards. Kept in their own table so the section can be rendered in either UI.
 */
import type { StringTable } from '../translate';

export type SinceKey =
  | 'since.title'
  | 'since.published'
  | 'since.updated'
  | 'since.unknown'
  | 'since.newerThanPack'
  | 'since.nothingLater'
  | 'since.events.one'
  | 'since.events.other'
  | 'since.showAll'
  | 'since.claimsTitle'
  | 'since.claimStatus'
  | 'since.roleThen'
  | 'since.roleNow';

export const sinceStrings: StringTable<SinceKey> = {
  en: {
    'since.title': 'Since this article was published',
    'since.published': 'This article was published on {date}.',
    'since.updated': 'Updated {date}.',
    'since.unknown':
      'The page does not state a reliable publication date, so Backstory cannot say what has happened since.',
    'since.newerThanPack':
      'This article is newer than Backstory’s data, last reviewed on {date}: later developments may be missing.',
    'since.nothingLater': 'Backstory’s data, reviewed on {date}, records nothing later than this article.',
    'since.events.one': '{count} later event',
    'since.events.other': '{count} later events',
    'since.showAll': 'Show all {count}',
    'since.claimsTitle': 'Disputed points that have moved on',
    'since.claimStatus': 'Since {date}: {status}.',
    'since.roleThen': '{role} when this article was published',
    'since.roleNow': 'since {date}, {role}',
  },
  es: {
    'since.title': 'Desde que se publicó este artículo',
    'since.published': 'Este artículo se publicó el {date}.',
    'since.updated': 'Actualizado el {date}.',
    'since.unknown':
      'La página no indica una fecha de publicación fiable, así que Backstory no puede decir qué ha pasado desde entonces.',
    'since.newerThanPack':
      'Este artículo es posterior a los datos de Backstory, revisados por última vez el {date}: pueden faltar novedades.',
    'since.nothingLater': 'Los datos de Backstory, revisados el {date}, no registran nada posterior a este artículo.',
    'since.events.one': '{count} hecho posterior',
    'since.events.other': '{count} hechos posteriores',
    'since.showAll': 'Ver los {count}',
    'since.claimsTitle': 'Puntos en disputa que han cambiado',
    'since.claimStatus': 'Desde el {date}: {status}.',
    'since.roleThen': '{role} cuando se publicó este artículo',
    'since.roleNow': 'desde {date}, {role}',
  },
};
