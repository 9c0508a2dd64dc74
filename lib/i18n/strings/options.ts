/**
 * Strings of the options page in English and Spanish. Permission wording says what the browser
 * will allow and why, in the reader's terms.
 */
import type { StringTable } from '../translate';

export type OptionsKey =
  | 'page.title'
  | 'page.intro'
  | 'status.saved'
  | 'status.error'
  | 'highlight.title'
  | 'highlight.help'
  | 'highlight.people'
  | 'highlight.organizations'
  | 'highlight.places'
  | 'highlight.laws'
  | 'highlight.events'
  | 'highlight.disputed'
  | 'style.title'
  | 'style.subtle'
  | 'style.subtle.help'
  | 'style.strong'
  | 'style.strong.help'
  | 'style.underline'
  | 'style.underline.help'
  | 'language.title'
  | 'language.help'
  | 'language.page'
  | 'language.browser'
  | 'language.en'
  | 'language.es'
  | 'badge.title'
  | 'badge.section'
  | 'badge.help'
  | 'badge.disputed'
  | 'badge.entities'
  | 'sites.title'
  | 'sites.intro'
  | 'curated.title'
  | 'curated.help'
  | 'curated.filter'
  | 'curated.count'
  | 'curated.none'
  | 'lang.en'
  | 'lang.es'
  | 'always.title'
  | 'always.help'
  | 'always.add'
  | 'always.denied'
  | 'always.missing'
  | 'always.grant'
  | 'never.title'
  | 'never.help'
  | 'never.add'
  | 'site.input'
  | 'site.invalid'
  | 'site.remove'
  | 'site.empty'
  | 'snoozed.title'
  | 'snoozed.help'
  | 'snoozed.resume'
  | 'all.title'
  | 'all.label'
  | 'all.help'
  | 'all.denied'
  | 'about.title'
  | 'about.version'
  | 'about.asOf'
  | 'about.methodology'
  | 'about.sources'
  | 'about.sourcesCount'
  | 'about.corrections'
  | 'about.noCorrections'
  | 'about.correctionWhy'
  | 'about.privacy';

export const OPTIONS_STRINGS: StringTable<OptionsKey> = {
  en: {
    'page.title': 'Backstory settings',
    'page.intro': 'Changes are saved as you make them and apply to open tabs right away.',
    'status.saved': 'Saved',
    'status.error': 'Could not save. Try again.',
    'highlight.title': 'What to highlight',
    'highlight.help':
      'A kind you switch off is left out everywhere: no marks in the text, and it is neither listed nor counted in the reading panel, the Backstory button on the page, the toolbar badge or the popup.',
    'highlight.people': 'People',
    'highlight.organizations': 'Organizations',
    'highlight.places': 'Places and facilities',
    'highlight.laws': 'Laws and court cases',
    'highlight.events': 'Events and policies',
    'highlight.disputed': 'Disputed points',
    'style.title': 'Highlight style',
    'style.subtle': 'Subtle',
    'style.subtle.help': 'A light tint and a thin underline.',
    'style.strong': 'Strong',
    'style.strong.help': 'A deeper tint, easier to spot.',
    'style.underline': 'Underline only',
    'style.underline.help': 'No background colour at all.',
    'language.title': 'Language',
    'language.help':
      'One language for everything Backstory writes about a page: the button on the page, the reading panel, the cards and the toolbar menu for that page, labels and background text alike. Quotations from the article stay as written. These settings, and the toolbar menu before a page has been read, use the language you fix here, or else the browser’s.',
    'language.page': 'Follow the article’s language',
    'language.browser': 'Follow the browser’s language',
    'language.en': 'Always English',
    'language.es': 'Always Spanish (español)',
    'badge.section': 'Toolbar badge',
    'badge.title': 'The number on the toolbar button shows',
    'badge.help':
      'It counts what the button on the page and the reading panel count: each disputed point once, however many sentences of the article touch it, or each name once.',
    'badge.disputed': 'The number of disputed points on the page',
    'badge.entities': 'The number of names from the dataset on the page',
    'sites.title': 'Where Backstory runs',
    'sites.intro':
      'Backstory reads a page by itself only on the news sites below. Anywhere else it reads a page only when you click “Scan this page” in its toolbar menu. It stays silent on pages that are not about this story.',
    'curated.title': 'News sites where it runs by itself',
    'curated.help': 'Clear a box to stop Backstory reading that site unless you ask.',
    'curated.filter': 'Filter news sites',
    'curated.count': '{on} of {total} sites on',
    'curated.none': 'No news site matches.',
    'lang.en': 'English',
    'lang.es': 'Spanish',
    'always.title': 'Other sites where it always runs',
    'always.help':
      'Adding a site asks your browser for permission to read pages on that site. Removing it gives the permission back.',
    'always.add': 'Add and allow',
    'always.denied': 'The browser did not grant access to {site}, so it was not added.',
    'always.missing': 'Access not granted',
    'always.grant': 'Allow {site}',
    'never.title': 'Sites where it never runs',
    'never.help': 'Backstory will not read these sites, not even from the list above.',
    'never.add': 'Add',
    'site.input': 'Site address (for example, example.com)',
    'site.invalid': 'Enter a web address such as example.com.',
    'site.remove': 'Remove {site}',
    'site.empty': 'None yet.',
    'snoozed.title': 'Paused until the browser closes',
    'snoozed.help': 'Sites you paused from the toolbar menu.',
    'snoozed.resume': 'Resume {site}',
    'all.title': 'All sites',
    'all.label': 'Run on all sites',
    'all.help':
      'Asks your browser for permission to read every site you visit. Backstory still does nothing on pages that are not about this story, and nothing leaves your device.',
    'all.denied': 'The browser did not grant access to all sites.',
    'about.title': 'About the dataset',
    'about.version': 'Version',
    'about.asOf': 'Facts as of',
    'about.methodology': 'Methodology',
    'about.sources': 'Sources',
    'about.sourcesCount': '{count} sources, by publisher.',
    'about.corrections': 'Corrections',
    'about.noCorrections': 'No corrections so far.',
    'about.correctionWhy': 'Why:',
    'about.privacy': 'Everything runs on your device; Backstory sends nothing anywhere.',
  },
  es: {
    'page.title': 'Configuración de Backstory',
    'page.intro': 'Los cambios se guardan al hacerlos y se aplican de inmediato a las pestañas abiertas.',
    'status.saved': 'Guardado',
    'status.error': 'No se pudo guardar. Inténtalo de nuevo.',
    'highlight.title': 'Qué resaltar',
    'highlight.help':
      'Lo que desactivas desaparece en todas partes: no se marca en el texto, y no se muestra ni se cuenta en el panel de lectura, el botón de Backstory en la página, la insignia de la barra ni la ventana emergente.',
    'highlight.people': 'Personas',
    'highlight.organizations': 'Organizaciones',
    'highlight.places': 'Lugares e instalaciones',
    'highlight.laws': 'Leyes y casos judiciales',
    'highlight.events': 'Hechos y políticas',
    'highlight.disputed': 'Puntos en disputa',
    'style.title': 'Estilo del resaltado',
    'style.subtle': 'Sutil',
    'style.subtle.help': 'Un tono suave y un subrayado fino.',
    'style.strong': 'Intenso',
    'style.strong.help': 'Un tono más marcado, más fácil de ver.',
    'style.underline': 'Solo subrayado',
    'style.underline.help': 'Sin color de fondo.',
    'language.title': 'Idioma',
    'language.help':
      'Un solo idioma para todo lo que Backstory escribe sobre una página: el botón en la página, el panel de lectura, las fichas y el menú de la barra para esa página, tanto los rótulos como el texto de contexto. Las citas del artículo se quedan como están escritas. Esta configuración, y el menú de la barra antes de leer una página, usan el idioma que fijes aquí o, si no, el del navegador.',
    'language.page': 'Seguir el idioma del artículo',
    'language.browser': 'Seguir el idioma del navegador',
    'language.en': 'Siempre inglés (English)',
    'language.es': 'Siempre español',
    'badge.section': 'Insignia de la barra',
    'badge.title': 'El número del botón de la barra muestra',
    'badge.help':
      'Cuenta lo mismo que el botón en la página y el panel de lectura: cada punto en disputa una vez, aunque lo toquen varias frases del artículo, o cada nombre una vez.',
    'badge.disputed': 'El número de puntos en disputa de la página',
    'badge.entities': 'El número de nombres del conjunto de datos en la página',
    'sites.title': 'Dónde funciona Backstory',
    'sites.intro':
      'Backstory lee una página por su cuenta solo en los sitios de noticias de abajo. En cualquier otro lugar solo la lee cuando haces clic en «Analizar esta página» en su menú de la barra. No hace nada en páginas que no tratan esta historia.',
    'curated.title': 'Sitios de noticias donde funciona por su cuenta',
    'curated.help': 'Desmarca una casilla para que Backstory no lea ese sitio salvo que se lo pidas.',
    'curated.filter': 'Filtrar sitios de noticias',
    'curated.count': '{on} de {total} sitios activados',
    'curated.none': 'Ningún sitio coincide.',
    'lang.en': 'inglés',
    'lang.es': 'español',
    'always.title': 'Otros sitios donde funciona siempre',
    'always.help':
      'Al añadir un sitio, tu navegador te pedirá permiso para leer sus páginas. Al quitarlo, se devuelve el permiso.',
    'always.add': 'Añadir y permitir',
    'always.denied': 'El navegador no concedió acceso a {site}, así que no se añadió.',
    'always.missing': 'Acceso no concedido',
    'always.grant': 'Permitir {site}',
    'never.title': 'Sitios donde nunca funciona',
    'never.help': 'Backstory no leerá estos sitios, aunque estén en la lista de arriba.',
    'never.add': 'Añadir',
    'site.input': 'Dirección del sitio (por ejemplo, ejemplo.com)',
    'site.invalid': 'Escribe una dirección web como ejemplo.com.',
    'site.remove': 'Quitar {site}',
    'site.empty': 'Ninguno todavía.',
    'snoozed.title': 'En pausa hasta que se cierre el navegador',
    'snoozed.help': 'Sitios que pausaste desde el menú de la barra.',
    'snoozed.resume': 'Reanudar {site}',
    'all.title': 'Todos los sitios',
    'all.label': 'Funcionar en todos los sitios',
    'all.help':
      'Pide a tu navegador permiso para leer todos los sitios que visites. Backstory sigue sin hacer nada en páginas que no tratan esta historia, y nada sale de tu dispositivo.',
    'all.denied': 'El navegador no concedió acceso a todos los sitios.',
    'about.title': 'Sobre el conjunto de datos',
    'about.version': 'Versión',
    'about.asOf': 'Datos actualizados al',
    'about.methodology': 'Metodología',
    'about.sources': 'Fuentes',
    'about.sourcesCount': '{count} fuentes, por medio.',
    'about.corrections': 'Correcciones',
    'about.noCorrections': 'Ninguna corrección por ahora.',
    'about.correctionWhy': 'Por qué:',
    'about.privacy': 'Todo se ejecuta en tu dispositivo; Backstory no envía nada a ningún sitio.',
  },
};
