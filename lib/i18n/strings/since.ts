/**
 * Strings of the "since this article was published" section, shared by the reading panel, the
 * popup and entity cards. Kept in their own table so the section can be rendered in either UI.
 */
import type { StringTable } from '../translate';

export type SinceKey =
  | 'since.title'
  | 'since.published'
  | 'since.unknown'
  | 'since.newerThanPack'
  | 'since.nothingLater'
  | 'since.events.one'
  | 'since.events.other'
  | 'since.eventsOrder'
  | 'since.showAll'
  | 'since.showFewer'
  | 'since.claimsTitle'
  | 'since.claimStatus'
  | 'since.laterPositions'
  | 'since.positionBy'
  | 'since.roleThen'
  | 'since.roleThenEnded'
  | 'since.roleNow';

export const sinceStrings: StringTable<SinceKey> = {
  en: {
    'since.title': 'Since this article was published',
    'since.published': 'This article was published on {date}.',
    'since.unknown':
      'Publication date unknown: the page does not state one Backstory can rely on, so it cannot say what has happened since.',
    'since.newerThanPack':
      'This article is newer than Backstory’s data, last reviewed on {date}: later developments may be missing.',
    'since.nothingLater': 'Backstory’s data, reviewed on {date}, records nothing later than this article.',
    'since.events.one': '{count} later event',
    'since.events.other': '{count} later events',
    'since.eventsOrder': 'Those most related to this article come first.',
    'since.showAll': 'Show all {count}',
    'since.showFewer': 'Show fewer',
    'since.claimsTitle': 'Disputed points that have moved on',
    'since.claimStatus': 'Status ({date}): {status}.',
    'since.laterPositions': 'Said since:',
    'since.positionBy': '{holder}, {date}:',
    'since.roleThen': '{role} when this article was published',
    'since.roleThenEnded': '{role} when this article was published, until {date}',
    'since.roleNow': 'since {date}, {role}',
  },
  es: {
    'since.title': 'Desde que se publicó este artículo',
    'since.published': 'Este artículo se publicó el {date}.',
    'since.unknown':
      'Fecha de publicación desconocida: la página no indica una fecha fiable, así que Backstory no puede decir qué ha pasado desde entonces.',
    'since.newerThanPack':
      'Este artículo es posterior a los datos de Backstory, revisados por última vez el {date}: pueden faltar novedades.',
    'since.nothingLater': 'Los datos de Backstory, revisados el {date}, no registran nada posterior a este artículo.',
    'since.events.one': '{count} hecho posterior',
    'since.events.other': '{count} hechos posteriores',
    'since.eventsOrder': 'Primero, los más relacionados con este artículo.',
    'since.showAll': 'Ver los {count}',
    'since.showFewer': 'Ver menos',
    'since.claimsTitle': 'Puntos en disputa que han cambiado',
    'since.claimStatus': 'Estado ({date}): {status}.',
    'since.laterPositions': 'Dicho desde entonces:',
    'since.positionBy': '{holder}, {date}:',
    'since.roleThen': '{role} cuando se publicó este artículo',
    'since.roleThenEnded': '{role} cuando se publicó este artículo, hasta {date}',
    'since.roleNow': 'desde {date}, {role}',
  },
};
