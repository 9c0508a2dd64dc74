/**
 * About the dataset: how it was made, its version and review date, every source it cites, and
 * the corrections made since it was first published.
 */
import { translator } from '../../lib/i18n/translate';
import { OPTIONS_STRINGS } from '../../lib/i18n/strings/options';
import type { CompiledPack } from '../../lib/pack/compiled';
import type { Lang, Source } from '../../lib/dataset/schema';
import { compareIsoDates, formatIsoDate } from '../../lib/present/format';
import { SourceCitation } from '../shared/source-list';

const { t } = translator(OPTIONS_STRINGS);

/** Sources by publisher, then newest first, so a reader can scan one outlet's reporting. */
export function sortSources(sources: readonly Source[], lang: Lang): Source[] {
  return [...sources].sort((a, b) => a.publisher.localeCompare(b.publisher, lang) || compareIsoDates(b.date, a.date));
}

/** The About section of the options page. */
export function AboutDataset({ lang, pack }: { lang: Lang; pack: CompiledPack }) {
  const { meta } = pack;
  const sources = sortSources(Object.values(pack.sources), lang);
  const corrections = [...meta.corrections].sort((a, b) => compareIsoDates(b.date, a.date));
  const paragraphs = meta.methodology[lang].split(/\n\s*\n/).filter((p) => p.trim());
  return (
    <section class="card about" aria-labelledby="about-title">
      <h2 id="about-title">{t(lang, 'about.title')}</h2>
      <p class="lead">{meta.title[lang]}</p>
      <dl class="facts">
        <div>
          <dt>{t(lang, 'about.version')}</dt>
          <dd data-testid="dataset-version">{meta.version}</dd>
        </div>
        <div>
          <dt>{t(lang, 'about.asOf')}</dt>
          <dd>
            <time dateTime={meta.reviewedAt} data-testid="dataset-as-of">
              {formatIsoDate(meta.reviewedAt, lang)}
            </time>
          </dd>
        </div>
      </dl>
      <p class="muted">{t(lang, 'about.privacy')}</p>

      <h3>{t(lang, 'about.methodology')}</h3>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}

      <h3 id="corrections-title">{t(lang, 'about.corrections')}</h3>
      {corrections.length === 0 ? (
        <p class="muted">{t(lang, 'about.noCorrections')}</p>
      ) : (
        <ul class="corrections" aria-labelledby="corrections-title">
          {corrections.map((c, i) => (
            <li key={i}>
              <time dateTime={c.date}>{formatIsoDate(c.date, lang)}</time>: {c.text[lang]}
              {c.why && (
                <>
                  {' '}
                  <span class="correction-why">
                    {t(lang, 'about.correctionWhy')} {c.why[lang]}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3 id="sources-title">{t(lang, 'about.sources')}</h3>
      <p class="muted">{t(lang, 'about.sourcesCount', { count: sources.length })}</p>
      <ol class="source-list" aria-labelledby="sources-title" data-testid="source-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceCitation source={s} lang={lang} />
          </li>
        ))}
      </ol>
    </section>
  );
}
