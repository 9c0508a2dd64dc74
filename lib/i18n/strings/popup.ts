/**
 * Strings of the toolbar popup in English and Spanish. Keys ending in `.one` / `.other` are plural
 * forms chosen with `Intl.PluralRules`. Wording reports what was found, never a judgement.
 */
import type { StringTable } from '../translate';

export type PopupKey =
  | 'app.name'
  | 'app.tagline'
  | 'loading'
  | 'openOptions'
  | 'openPanel'
  | 'section.page'
  | 'section.entities'
  | 'section.disputed'
  | 'section.timeline'
  | 'page.onTopic'
  | 'page.offTopic'
  | 'page.notArticle'
  | 'page.whyMatched'
  | 'page.whyNotMatched'
  | 'page.noReasons'
  | 'highlights.one'
  | 'highlights.other'
  | 'group.people'
  | 'group.organizations'
  | 'group.places'
  | 'group.laws'
  | 'group.events'
  | 'group.count'
  | 'mentions.one'
  | 'mentions.other'
  | 'entities.none'
  | 'disputed.none'
  | 'disputed.passages.one'
  | 'disputed.passages.other'
  | 'disputed.missing'
  | 'dataset.line'
  | 'privacy'
  | 'none.title'
  | 'unscanned.title'
  | 'unscanned.body'
  | 'always.button'
  | 'always.done'
  | 'always.lasts'
  | 'always.denied'
  | 'none.body'
  | 'none.bodyCurated'
  | 'scan.button'
  | 'scan.again'
  | 'scan.running'
  | 'scan.noResult'
  | 'scan.error'
  | 'scan.errorDetail'
  | 'unsupported.title'
  | 'unsupported.body'
  | 'never.title'
  | 'never.body'
  | 'never.turnOn'
  | 'snooze.button'
  | 'snooze.resume'
  | 'snooze.active'
  | 'snooze.help'
  | 'private.note';

export const POPUP_STRINGS: StringTable<PopupKey> = {
  en: {
    'app.name': 'Backstory',
    'app.tagline': 'Background on: {topic}',
    loading: 'Looking at this page…',
    openOptions: 'Settings',
    openPanel: 'Open the reading panel on the page',
    'section.page': 'This page',
    'section.entities': 'Names from the dataset ({count})',
    'section.disputed': 'Disputed points ({count})',
    'section.timeline': 'Key dates in the story',
    'page.onTopic': 'This page is an article about this story.',
    'page.offTopic': 'This page does not look like an article about this story.',
    'page.notArticle': 'This page does not look like a news article.',
    'page.whyMatched': 'Why it matched',
    'page.whyNotMatched': 'What was checked',
    'page.noReasons': 'No reasons were recorded.',
    'highlights.one': 'highlight on this page',
    'highlights.other': 'highlights on this page',
    'group.people': 'People',
    'group.organizations': 'Organizations',
    'group.places': 'Places & facilities',
    'group.laws': 'Laws & cases',
    'group.events': 'Events & policies',
    'group.count': '{group} ({count})',
    'mentions.one': '{count} mention',
    'mentions.other': '{count} mentions',
    'entities.none': 'No names from the dataset were found.',
    'disputed.none': 'No disputed points were found.',
    'disputed.passages.one': '{count} passage',
    'disputed.passages.other': '{count} passages',
    'disputed.missing': 'This point is not in the installed dataset.',
    'dataset.line': 'Dataset version {version}, as of {date}',
    privacy: 'Everything runs on your device; nothing about this page is sent anywhere.',
    'none.title': 'Nothing found on this page',
    'unscanned.title': 'Not scanned yet',
    'unscanned.body':
      'On {site}, Backstory reads a page only when you ask, and a scan lasts until you leave or reload the page. Scan this page to look for the story.',
    'always.button': 'Always run on {site}',
    'always.lasts': 'This scan lasts until you leave or reload the page. To have Backstory read {site} by itself:',
    'always.done': 'Backstory will now run on {site} by itself. You can change this in the settings.',
    'always.denied': 'Without access to {site}, Backstory keeps running there only when you ask.',
    'none.body': 'Backstory found no article about this story here. On this site it reads the page only when you ask.',
    'none.bodyCurated': 'Backstory looked at this page and found no article about this story.',
    'scan.button': 'Scan this page',
    'scan.again': 'Scan again',
    'scan.running': 'Scanning this page…',
    'scan.noResult': 'The scan found nothing about this story on this page.',
    'scan.error': 'This page can’t be scanned.',
    'scan.errorDetail':
      'Browsers do not let extensions read their own pages, the extension stores or some protected sites.',
    'unsupported.title': 'This page can’t be scanned',
    'unsupported.body':
      'Backstory reads web pages (http and https) only. Browser pages and extension stores are off limits.',
    'never.title': 'Backstory is off on this site',
    'never.body': 'You chose never to run Backstory on {site}.',
    'never.turnOn': 'Allow on {site} again',
    'snooze.button': 'Pause on {site} for this session',
    'snooze.resume': 'Resume on {site}',
    'snooze.active': 'Paused on {site} until you close the browser.',
    'snooze.help': 'Highlights are removed now and stay off on this site until the browser closes.',
    'private.note':
      'Private window: what Backstory finds on this page is kept in memory only, never saved. Pausing a site is not offered here, since it would be remembered.',
  },
  es: {
    'app.name': 'Backstory',
    'app.tagline': 'Contexto sobre: {topic}',
    loading: 'Revisando esta página…',
    openOptions: 'Configuración',
    openPanel: 'Abrir el panel de lectura en la página',
    'section.page': 'Esta página',
    'section.entities': 'Nombres del conjunto de datos ({count})',
    'section.disputed': 'Puntos en disputa ({count})',
    'section.timeline': 'Fechas clave de la historia',
    'page.onTopic': 'Esta página es un artículo sobre esta historia.',
    'page.offTopic': 'Esta página no parece un artículo sobre esta historia.',
    'page.notArticle': 'Esta página no parece un artículo de noticias.',
    'page.whyMatched': 'Por qué trata de esta historia',
    'page.whyNotMatched': 'Qué se comprobó',
    'page.noReasons': 'No se registraron motivos.',
    'highlights.one': 'resaltado en esta página',
    'highlights.other': 'resaltados en esta página',
    'group.people': 'Personas',
    'group.organizations': 'Organizaciones',
    'group.places': 'Lugares e instalaciones',
    'group.laws': 'Leyes y casos',
    'group.events': 'Hechos y políticas',
    'group.count': '{group} ({count})',
    'mentions.one': '{count} mención',
    'mentions.other': '{count} menciones',
    'entities.none': 'No se encontraron nombres del conjunto de datos.',
    'disputed.none': 'No se encontraron puntos en disputa.',
    'disputed.passages.one': '{count} pasaje',
    'disputed.passages.other': '{count} pasajes',
    'disputed.missing': 'Este punto no está en el conjunto de datos instalado.',
    'dataset.line': 'Datos versión {version}, actualizados al {date}',
    privacy: 'Todo se ejecuta en tu dispositivo; nada de esta página se envía a ningún sitio.',
    'none.title': 'No se encontró nada en esta página',
    'unscanned.title': 'Aún no se ha analizado',
    'unscanned.body':
      'En {site}, Backstory solo lee una página cuando se lo pides, y el análisis dura hasta que sales de la página o la recargas. Analiza esta página para buscar la historia.',
    'always.button': 'Ejecutar siempre en {site}',
    'always.lasts':
      'Este análisis dura hasta que sales de la página o la recargas. Para que Backstory lea {site} por su cuenta:',
    'always.done': 'Backstory se ejecutará ahora en {site} por sí solo. Puedes cambiarlo en los ajustes.',
    'always.denied': 'Sin acceso a {site}, Backstory solo se ejecutará allí cuando se lo pidas.',
    'none.body':
      'Backstory no encontró aquí un artículo sobre esta historia. En este sitio solo lee la página cuando se lo pides.',
    'none.bodyCurated': 'Backstory revisó esta página y no encontró un artículo sobre esta historia.',
    'scan.button': 'Analizar esta página',
    'scan.again': 'Analizar de nuevo',
    'scan.running': 'Analizando esta página…',
    'scan.noResult': 'El análisis no encontró nada sobre esta historia en esta página.',
    'scan.error': 'Esta página no se puede analizar.',
    'scan.errorDetail':
      'Los navegadores no permiten a las extensiones leer sus propias páginas, las tiendas de extensiones ni algunos sitios protegidos.',
    'unsupported.title': 'Esta página no se puede analizar',
    'unsupported.body':
      'Backstory solo lee páginas web (http y https). Las páginas del navegador y las tiendas de extensiones están fuera de su alcance.',
    'never.title': 'Backstory está desactivado en este sitio',
    'never.body': 'Elegiste no usar nunca Backstory en {site}.',
    'never.turnOn': 'Volver a permitir en {site}',
    'snooze.button': 'Pausar en {site} durante esta sesión',
    'snooze.resume': 'Reanudar en {site}',
    'snooze.active': 'En pausa en {site} hasta que cierres el navegador.',
    'snooze.help': 'Los resaltados se quitan ahora y no vuelven en este sitio hasta que se cierre el navegador.',
    'private.note':
      'Ventana privada: lo que Backstory encuentra en esta página se guarda solo en memoria, nunca en disco. Aquí no se ofrece pausar un sitio, porque quedaría registrado.',
  },
};
