/**
 * Citations for a fact, position or event: publisher, title, date, and "via …" when the copy read
 * was a syndicated or mirrored one. Only `https:` URLs become links; they open in a new tab without
 * giving the target page a handle on ours (`noopener noreferrer`).
 */
import { translator } from '../../lib/i18n/translate';
import { inPageStrings } from '../../lib/i18n/strings/inpage';
import type { Lang, Source } from '../../lib/dataset/schema';
import { formatIsoDate, isSafeLink } from '../../lib/present/format';
import type { CitedSource } from '../../lib/present/view-model';
import type { ComponentChildren } from 'preact';

const { t } = translator(inPageStrings);

/** A link when the URL is https, plain text otherwise. */
export function SafeLink({
  href,
  lang,
  children,
}: {
  href: string | undefined;
  lang: Lang;
  children: ComponentChildren;
}) {
  if (!isSafeLink(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="bs-sr-only"> {t(lang, 'source.opensNewTab')}</span>
    </a>
  );
}

/**
 * The link that opens the source scrolled to its supporting passage: a URL text fragment built from
 * the raw start and end words, each side encoded on its own so the separating comma survives.
 */
export function passageUrl(url: string, passage: string | undefined): string {
  if (!passage) return url;
  const [start, end] = passage.split(',');
  const fragment = encodeURIComponent(start!.trim()) + (end ? ',' + encodeURIComponent(end.trim()) : '');
  return `${url.split('#')[0]}#:~:text=${fragment}`;
}

/** One source: "Publisher: Title, 16 Mar 2025 (via Mirror), checked 5 Dec 2026". */
export function SourceCitation({ source, lang }: { source: Source | CitedSource; lang: Lang }) {
  const cited = source as CitedSource;
  // A descriptive title was written by the editor, so it is not shown as a quoted headline.
  const title =
    source.titleKind === 'descriptive' ? (
      <span lang={source.language}>{source.title}</span>
    ) : (
      <cite lang={source.language}>{source.title}</cite>
    );
  return (
    <span class="bs-source">
      <SafeLink href={passageUrl(source.url, cited.passage)} lang={lang}>
        <span class="bs-source__publisher">{source.publisher}</span>
        {': '}
        {title}
        {cited.passage && <span class="bs-sr-only"> {t(lang, 'source.passage')}</span>}
      </SafeLink>
      {', '}
      <time dateTime={source.date}>{formatIsoDate(source.date, lang)}</time>
      {source.via && (
        <>
          {' ('}
          <SafeLink href={source.via.url} lang={lang}>
            {t(lang, 'source.via', { publisher: source.via.publisher })}
          </SafeLink>
          {')'}
        </>
      )}
      {cited.checked && (
        <span class="bs-source__checked">
          {' · '}
          <time dateTime={cited.checked}>
            {t(lang, 'source.checked', { date: formatIsoDate(cited.checked, lang) })}
          </time>
        </span>
      )}
    </span>
  );
}

/** The sources of one statement, labelled "Source:" or "Sources:". Renders nothing when empty. */
export function SourceList({ sources, lang }: { sources: readonly (Source | CitedSource)[]; lang: Lang }) {
  if (sources.length === 0) return null;
  return (
    <p class="bs-sources">
      <span class="bs-sources__label">{t(lang, sources.length === 1 ? 'source.label' : 'source.labelMany')}: </span>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <SourceCitation source={s} lang={lang} />
        </span>
      ))}
    </p>
  );
}
