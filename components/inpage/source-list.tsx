/**
 * Citations for a fact, position or event: publisher, title, date, and "via …" when the copy read
 * was a syndicated or mirrored one. Only `https:` URLs become links; they open in a new tab without
 * giving the target page a handle on ours (`noopener noreferrer`).
 */
import type { Lang, Source } from '../../lib/dataset/schema';
import { formatIsoDate, isSafeLink, t } from '../../lib/ui/format';
import type { ComponentChildren } from 'preact';

/** A link when the URL is https, plain text otherwise. */
export function SafeLink({ href, lang, children }: { href: string | undefined; lang: Lang; children: ComponentChildren }) {
  if (!isSafeLink(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="bs-sr-only"> {t(lang, 'source.opensNewTab')}</span>
    </a>
  );
}

/** One source: "Publisher: Title, 16 Mar 2025 (via Mirror)". */
export function SourceCitation({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <span class="bs-source">
      <SafeLink href={source.url} lang={lang}>
        <span class="bs-source__publisher">{source.publisher}</span>
        {': '}
        <cite lang={source.language}>{source.title}</cite>
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
    </span>
  );
}

/** The sources of one statement, labelled "Source:" or "Sources:". Renders nothing when empty. */
export function SourceList({ sources, lang }: { sources: readonly Source[]; lang: Lang }) {
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
