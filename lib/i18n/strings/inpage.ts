/**
 * Strings of the in-page UI (cards, reading panel, launcher) in English and Spanish. Keys ending in
 * `.one` / `.other` are plural forms chosen with `Intl.PluralRules` (see `lib/present/format.ts`).
 * Status labels describe where a dispute stands, never who is right.
 */
import type { StringTable } from '../translate';

export type InPageKey =
  | 'app.name'
  | 'close'
  | 'back'
  | 'backTo'
  | 'type.person'
  | 'type.organization'
  | 'type.place'
  | 'type.facility'
  | 'type.law'
  | 'type.court-case'
  | 'type.event'
  | 'type.policy'
  | 'type.disputed'
  | 'role.since'
  | 'role.current'
  | 'role.former'
  | 'role.period'
  | 'card.keyFacts'
  | 'card.related'
  | 'card.timeline'
  | 'card.whyHighlighted'
  | 'card.whyHighlightedText'
  | 'card.mentions.one'
  | 'card.mentions.other'
  | 'card.asOf'
  | 'card.openRelated'
  | 'card.notOnPage'
  | 'date.around'
  | 'date.range'
  | 'source.label'
  | 'source.labelMany'
  | 'source.via'
  | 'source.opensNewTab'
  | 'source.checked'
  | 'source.passage'
  | 'fact.mayHaveChanged'
  | 'claim.inArticle'
  | 'claim.theClaim'
  | 'claim.positions'
  | 'claim.position'
  | 'claim.heldBy'
  | 'claim.stated'
  | 'claim.status'
  | 'claim.established'
  | 'claim.unknown'
  | 'claim.neutralNote'
  | 'status.disputed'
  | 'status.contested-in-court'
  | 'status.ruled-on'
  | 'status.contradicted-by-events'
  | 'status.unverified'
  | 'launcher.entities.one'
  | 'launcher.entities.other'
  | 'launcher.disputed.one'
  | 'launcher.disputed.other'
  | 'launcher.open'
  | 'launcher.hide'
  | 'launcher.hideText'
  | 'launcher.shortcut'
  | 'launcher.hidden'
  | 'launcher.undo'
  | 'preview.positions.one'
  | 'preview.positions.other'
  | 'preview.more'
  | 'claim.showExcerpt'
  | 'panel.title'
  | 'panel.subtitle'
  | 'panel.summary'
  | 'panel.group.people'
  | 'panel.group.organizations'
  | 'panel.group.places'
  | 'panel.group.laws'
  | 'panel.group.events'
  | 'panel.group.disputed'
  | 'panel.groupCount'
  | 'panel.itemMentions.one'
  | 'panel.itemMentions.other'
  | 'panel.empty'
  | 'panel.noInlineHighlights'
  | 'panel.keyboardHint'
  | 'panel.shortcut'
  | 'panel.storySoFar'
  | 'panel.whyMatched'
  | 'panel.noReasons'
  | 'panel.dataset'
  | 'panel.privacy'
  | 'why.headline'
  | 'why.lead'
  | 'why.body'
  | 'why.against'
  | 'why.noAnchor'
  | 'why.notStory'
  | 'why.tooFew'
  | 'report.title'
  | 'report.intro'
  | 'report.includeUrl'
  | 'report.copy'
  | 'report.copied'
  | 'report.copyFailed'
  | 'report.text'
  | 'report.what'
  | 'claim.why'
  | 'claim.whyCarried';

/** Every in-page string, keyed as above; `{name}` placeholders are filled by `translate`. */
export const inPageStrings: StringTable<InPageKey> = {
  en: {
    'app.name': 'Backstory',
    close: 'Close',
    back: 'Back',
    backTo: 'Back to {name}',
    'type.person': 'Person',
    'type.organization': 'Organization',
    'type.place': 'Place',
    'type.facility': 'Facility',
    'type.law': 'Law',
    'type.court-case': 'Court case',
    'type.event': 'Event',
    'type.policy': 'Policy',
    'type.disputed': 'Disputed point',
    'role.since': 'since {from}',
    'role.current': '{title}',
    'role.former': 'Former {title}',
    'role.period': '{from} – {to}',
    'card.keyFacts': 'Key facts',
    'card.related': 'Related',
    'card.timeline': 'Timeline',
    'card.whyHighlighted': 'Why highlighted',
    'card.whyHighlightedText': 'This article mentions it as {aliases}.',
    'card.mentions.one': '{count} mention on this page',
    'card.mentions.other': '{count} mentions on this page',
    'card.asOf': 'Backstory dataset, as of {date}',
    'card.openRelated': 'Open card: {name}',
    'card.notOnPage': 'not on this page',
    'date.around': 'around {date}',
    'date.range': '{from} – {to}',
    'source.label': 'Source',
    'source.labelMany': 'Sources',
    'source.via': 'via {publisher}',
    'source.opensNewTab': '(opens in a new tab)',
    'source.checked': 'checked {date}',
    'source.passage': '(opens at the supporting passage)',
    'fact.mayHaveChanged': 'May have changed since it was checked on {date}',
    'claim.inArticle': 'In this article',
    'claim.theClaim': 'The claim',
    'claim.positions': 'Positions',
    'claim.position': 'Position {n} of {total}',
    'claim.heldBy': 'Held by',
    'claim.stated': 'Stated {date}',
    'claim.status': 'Status',
    'claim.established': 'What is established',
    'claim.unknown': 'What is not known',
    'claim.neutralNote': 'Positions are listed in the dataset’s order, not ranked.',
    'status.disputed': 'Disputed',
    'status.contested-in-court': 'Contested in court',
    'status.ruled-on': 'A court has ruled',
    'status.contradicted-by-events': 'Later events contradict it',
    'status.unverified': 'Not independently verified',
    'launcher.entities.one': '{count} name',
    'launcher.entities.other': '{count} names',
    'launcher.disputed.one': '{count} disputed point',
    'launcher.disputed.other': '{count} disputed points',
    'launcher.open': 'Open the Backstory panel: {summary}',
    'launcher.hide': 'Hide the Backstory button on this page',
    'launcher.hideText': 'Hide',
    'launcher.shortcut': 'Open the Backstory panel ({shortcut})',
    'launcher.hidden': 'Backstory button hidden on this page. {shortcut} or the toolbar button opens the panel.',
    'launcher.undo': 'Undo',
    'preview.positions.one': '{count} position',
    'preview.positions.other': '{count} positions',
    'preview.more': 'Click or press Enter for the full card',
    'claim.showExcerpt': 'The sentence in this article',
    'panel.title': 'Backstory',
    'panel.subtitle': 'Background on: {topic}',
    'panel.summary': 'Found on this page: {entities}, {disputed}.',
    'panel.group.people': 'People',
    'panel.group.organizations': 'Organizations',
    'panel.group.places': 'Places & facilities',
    'panel.group.laws': 'Laws & cases',
    'panel.group.events': 'Events & policies',
    'panel.group.disputed': 'Disputed points',
    'panel.groupCount': '{group} ({count})',
    'panel.itemMentions.one': '{count} mention',
    'panel.itemMentions.other': '{count} mentions',
    'panel.empty': 'Nothing from the dataset was found on this page.',
    'panel.noInlineHighlights': 'This browser cannot draw inline highlights; every item is listed here instead.',
    'panel.keyboardHint': 'Use the arrow keys to move through the list and Enter to open a card.',
    'panel.shortcut': '{shortcut} opens and closes this panel.',
    'panel.storySoFar': 'The story so far',
    'panel.whyMatched': 'Why this page matched',
    'panel.noReasons': 'No reasons were recorded.',
    'panel.dataset': '{title} · version {version} · as of {date}',
    'panel.privacy': 'Everything runs on your device; nothing about this page is sent anywhere.',
    'why.headline': 'The headline mentions {terms}.',
    'why.lead': 'The opening paragraph mentions {terms}.',
    'why.body': 'The article also mentions {terms}.',
    'why.against': 'It also mentions {terms}, which usually belong to other stories.',
    'why.noAnchor': 'Neither the headline nor the opening paragraph mentions the story.',
    'why.notStory': 'It mentions places and people of the story, but not the story itself.',
    'why.tooFew': 'It mentions too little of the story to be an article about it.',
    'report.title': 'Report a problem with this card',
    'report.intro':
      'Backstory sends nothing by itself. Copy this short report and send it to the Backstory team however you like, or keep it.',
    'report.includeUrl': 'Include this page’s address',
    'report.copy': 'Copy the report',
    'report.copied': 'Copied. Nothing was sent.',
    'report.copyFailed': 'Could not copy: select the text above and copy it yourself.',
    'report.text': 'Report text',
    'report.what': 'What is wrong: ',
    'claim.why': 'Linked by: {terms}',
    'claim.whyCarried': 'Who or what it is about comes from earlier in the paragraph.',
  },
  es: {
    'app.name': 'Backstory',
    close: 'Cerrar',
    back: 'Atrás',
    backTo: 'Volver a {name}',
    'type.person': 'Persona',
    'type.organization': 'Organización',
    'type.place': 'Lugar',
    'type.facility': 'Instalación',
    'type.law': 'Ley',
    'type.court-case': 'Caso judicial',
    'type.event': 'Acontecimiento',
    'type.policy': 'Política pública',
    'type.disputed': 'Punto en disputa',
    'role.since': 'desde {from}',
    'role.current': '{title}',
    'role.former': 'Fue {title}',
    'role.period': '{from} – {to}',
    'card.keyFacts': 'Datos clave',
    'card.related': 'Relacionado',
    'card.timeline': 'Cronología',
    'card.whyHighlighted': 'Por qué está resaltado',
    'card.whyHighlightedText': 'El artículo lo menciona como {aliases}.',
    'card.mentions.one': '{count} mención en esta página',
    'card.mentions.other': '{count} menciones en esta página',
    'card.asOf': 'Datos de Backstory, actualizados al {date}',
    'card.openRelated': 'Abrir ficha: {name}',
    'card.notOnPage': 'no aparece en esta página',
    'date.around': 'hacia {date}',
    'date.range': '{from} – {to}',
    'source.label': 'Fuente',
    'source.labelMany': 'Fuentes',
    'source.via': 'vía {publisher}',
    'source.opensNewTab': '(se abre en una pestaña nueva)',
    'source.checked': 'comprobado el {date}',
    'source.passage': '(se abre en el pasaje que lo respalda)',
    'fact.mayHaveChanged': 'Puede haber cambiado desde su comprobación el {date}',
    'claim.inArticle': 'En este artículo',
    'claim.theClaim': 'La afirmación',
    'claim.positions': 'Posiciones',
    'claim.position': 'Posición {n} de {total}',
    'claim.heldBy': 'Sostenida por',
    'claim.stated': 'Fecha: {date}',
    'claim.status': 'Estado',
    'claim.established': 'Qué está establecido',
    'claim.unknown': 'Qué no se sabe',
    'claim.neutralNote': 'Las posiciones siguen el orden del conjunto de datos, sin jerarquía.',
    'status.disputed': 'En disputa',
    'status.contested-in-court': 'Impugnado en los tribunales',
    'status.ruled-on': 'Un tribunal se ha pronunciado',
    'status.contradicted-by-events': 'Hechos posteriores lo contradicen',
    'status.unverified': 'Sin verificación independiente',
    'launcher.entities.one': '{count} nombre',
    'launcher.entities.other': '{count} nombres',
    'launcher.disputed.one': '{count} punto en disputa',
    'launcher.disputed.other': '{count} puntos en disputa',
    'launcher.open': 'Abrir el panel de Backstory: {summary}',
    'launcher.hide': 'Ocultar el botón de Backstory en esta página',
    'launcher.hideText': 'Ocultar',
    'launcher.shortcut': 'Abrir el panel de Backstory ({shortcut})',
    'launcher.hidden': 'Botón de Backstory oculto en esta página. {shortcut} o el botón de la barra abren el panel.',
    'launcher.undo': 'Deshacer',
    'preview.positions.one': '{count} posición',
    'preview.positions.other': '{count} posiciones',
    'preview.more': 'Haz clic o pulsa Intro para ver la ficha completa',
    'claim.showExcerpt': 'La frase de este artículo',
    'panel.title': 'Backstory',
    'panel.subtitle': 'Contexto sobre: {topic}',
    'panel.summary': 'En esta página: {entities}, {disputed}.',
    'panel.group.people': 'Personas',
    'panel.group.organizations': 'Organizaciones',
    'panel.group.places': 'Lugares e instalaciones',
    'panel.group.laws': 'Leyes y casos',
    'panel.group.events': 'Hechos y políticas',
    'panel.group.disputed': 'Puntos en disputa',
    'panel.groupCount': '{group} ({count})',
    'panel.itemMentions.one': '{count} mención',
    'panel.itemMentions.other': '{count} menciones',
    'panel.empty': 'No se encontró en esta página nada del conjunto de datos.',
    'panel.noInlineHighlights':
      'Este navegador no puede resaltar el texto; todos los elementos aparecen en esta lista.',
    'panel.keyboardHint': 'Usa las flechas para recorrer la lista e Intro para abrir una ficha.',
    'panel.shortcut': '{shortcut} abre y cierra este panel.',
    'panel.storySoFar': 'La historia hasta ahora',
    'panel.whyMatched': 'Por qué se analizó esta página',
    'panel.noReasons': 'No se registraron motivos.',
    'panel.dataset': '{title} · versión {version} · actualizado al {date}',
    'panel.privacy': 'Todo ocurre en tu dispositivo; no se envía nada sobre esta página.',
    'why.headline': 'El titular menciona {terms}.',
    'why.lead': 'El primer párrafo menciona {terms}.',
    'why.body': 'El artículo menciona además {terms}.',
    'why.against': 'También menciona {terms}, que suelen pertenecer a otras historias.',
    'why.noAnchor': 'Ni el titular ni el primer párrafo mencionan la historia.',
    'why.notStory': 'Menciona lugares y personas de la historia, pero no la historia en sí.',
    'why.tooFew': 'Menciona demasiado poco de la historia para ser un artículo sobre ella.',
    'report.title': 'Informar de un problema con esta ficha',
    'report.intro':
      'Backstory no envía nada por su cuenta. Copia este breve informe y envíalo al equipo de Backstory como prefieras, o guárdalo.',
    'report.includeUrl': 'Incluir la dirección de esta página',
    'report.copy': 'Copiar el informe',
    'report.copied': 'Copiado. No se envió nada.',
    'report.copyFailed': 'No se pudo copiar: selecciona el texto de arriba y cópialo tú.',
    'report.text': 'Texto del informe',
    'report.what': 'Qué está mal: ',
    'claim.why': 'Enlazado por: {terms}',
    'claim.whyCarried': 'De qué o quién se habla viene de antes en el mismo párrafo.',
  },
};
