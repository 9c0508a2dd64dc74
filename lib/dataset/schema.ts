/**
 * The topic-pack format: one zod schema from which every dataset type is inferred.
 *
 * A pack is a folder under `assets/dataset/<pack-id>/` holding one or more JSON files; each file is a
 * partial pack (`PackFile`) and the loader concatenates their arrays into one `Pack`. Splitting by
 * concern (sources, entities, claims, timeline, topic) keeps reviews small.
 *
 * Only build-time code and Node tools import this module: the content script receives the compiled
 * index (see `compile.ts`) and never ships zod.
 */
import { z } from 'zod';

export const LANGS = ['en', 'es'] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

/** Every string a reader sees exists in English and Spanish. */
export const LangTextSchema = z.object({
  en: z.string().trim().min(1),
  es: z.string().trim().min(1),
});
export type LangText = z.infer<typeof LangTextSchema>;

/** ISO 8601 calendar date at day, month or year precision: `2025-03-16`, `2025-03`, `2025`. */
export const IsoDateSchema = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)',
  );

export const IdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');

export const HttpsUrlSchema = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'only https: URLs are allowed');

export const SourceSchema = z.object({
  id: IdSchema,
  /** The original publisher (AP, Reuters, CNN…), never the mirror that happened to be read. */
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: IsoDateSchema,
  url: HttpsUrlSchema,
  language: LangSchema,
  /**
   * `headline` (the default when absent): `title` is the page's own headline. `descriptive`: the editor wrote the
   * title because the page read showed none, or only a URL slug; cards and the checker treat it as a
   * description, not a quotation.
   */
  titleKind: z.enum(['headline', 'descriptive']).optional(),
  /** The syndicated copy or mirror that was actually read, when it was not the original's own site. */
  via: z
    .object({
      publisher: z.string().min(1),
      url: HttpsUrlSchema.optional(),
      /**
       * Set only when the copy's address has to stand in as `url`: why the original's own canonical
       * page could not be confirmed (not in the stored pages searched, paywalled, a wire story with no
       * page of its own). The checker then counts the source instead of warning about it.
       */
      canonicalUnavailable: z.string().trim().min(10, 'say why the canonical page could not be cited').optional(),
    })
    .optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const ENTITY_TYPES = [
  'person',
  'organization',
  'place',
  'facility',
  'law',
  'court-case',
  'event',
  'policy',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * How one alias is matched in page text.
 * - `caseSensitive`: "ICE" must not match "ice"; default false (case and diacritics folded).
 * - `wholeWord`: Unicode word boundaries on both sides; default true.
 * - `excludeBefore` / `excludeAfter`: words that, when adjacent, mean the alias is part of another
 *   name ("San" before "Salvador"). Compared case-insensitively.
 * - `requiresPriorMention`: a bare surname ("Vance") counts only when a fuller alias of the same
 *   entity appears somewhere in the article (headlines often use the surname before the body gives
 *   the full name), because a surname alone can belong to someone else.
 */
export const AliasSchema = z.object({
  text: z.string().min(1),
  caseSensitive: z.boolean().default(false),
  wholeWord: z.boolean().default(true),
  excludeBefore: z.array(z.string().min(1)).optional(),
  excludeAfter: z.array(z.string().min(1)).optional(),
  requiresPriorMention: z.boolean().default(false),
});
export type Alias = z.infer<typeof AliasSchema>;
export type AliasInput = z.input<typeof AliasSchema>;

export const NamesSchema = z.object({
  /** How cards title the entity in this language. */
  canonical: z.string().min(1),
  aliases: z.array(AliasSchema),
});

/**
 * A URL text fragment's raw (unencoded) `textStart[,textEnd]`: each side a few words that open and
 * close the supporting passage, never a whole copied sentence.
 */
export const PASSAGE_MAX_WORDS = 8;
export const PASSAGE_MAX_CHARS = 80;
export const PassageSchema = z
  .string()
  .min(1)
  .refine((p) => !/[\r\n]/.test(p), 'a passage fragment must not contain a newline')
  .refine((p) => p.split(',').length <= 2, 'a passage fragment is "start words" or "start words,end words"')
  .refine(
    (p) =>
      p.split(',').every((side) => {
        const words = side.trim().split(/\s+/).filter(Boolean);
        return words.length >= 1 && words.length <= PASSAGE_MAX_WORDS && side.length <= PASSAGE_MAX_CHARS;
      }),
    `each side of a passage fragment needs 1–${PASSAGE_MAX_WORDS} words and at most ${PASSAGE_MAX_CHARS} characters`,
  );

/**
 * A citation: the legacy bare source id, or the source id with the passage that supports the
 * statement (opened as `#:~:text=`) and the day an editor checked that passage against the page.
 */
export const SourceRefSchema = z.union([
  IdSchema,
  z
    .object({
      source: IdSchema,
      passage: PassageSchema.optional(),
      // The explicit exception: the source's text could not be read to quote a passage (paywall, a
      // filing with no text copy). The reason says why; the card opens the page without a fragment.
      passageUnavailable: z.string().trim().min(10, 'say why no passage can be quoted').optional(),
      checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the check date as YYYY-MM-DD'),
    })
    .strict()
    .refine((ref) => (ref.passage === undefined) !== (ref.passageUnavailable === undefined), {
      message: 'a citation object needs either a passage or a passageUnavailable reason (not both)',
    }),
]);
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** The source id a citation names, whichever form it has. */
export function refSourceId(ref: SourceRef): string {
  return typeof ref === 'string' ? ref : ref.source;
}

export const FactSchema = z.object({
  text: LangTextSchema,
  date: IsoDateSchema,
  /** Set when the fact covers a period. */
  endDate: IsoDateSchema.optional(),
  sources: z.array(SourceRefSchema).min(1),
  /**
   * The fact describes a state that can change (a case pending, a role held, a person in custody):
   * cards flag that it may have changed since the latest check of its sources.
   */
  mayChange: z.boolean().optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const RoleSchema = z.object({
  title: LangTextSchema,
  from: IsoDateSchema,
  /** Absent while the role is held as of the pack's review date. */
  to: IsoDateSchema.optional(),
  sources: z.array(SourceRefSchema).min(1),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntitySchema = z.object({
  id: IdSchema,
  type: EntityTypeSchema,
  names: z.object({ en: NamesSchema, es: NamesSchema }),
  summary: z.object({ en: z.string().min(1).max(400), es: z.string().min(1).max(400) }),
  facts: z.array(FactSchema).min(3).max(6),
  roles: z.array(RoleSchema).default([]),
  related: z.array(IdSchema).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;

export const CLAIM_STATUSES = [
  'disputed',
  'contested-in-court',
  'ruled-on',
  'contradicted-by-events',
  'unverified',
] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);

export const PositionSchema = z.object({
  /** Who holds the position, as a reader would name them ("The Trump administration"). */
  holder: LangTextSchema,
  /** Entity ids of the holders, when they are in the pack. */
  holderEntities: z.array(IdSchema).default([]),
  /** A neutral paraphrase of the position. Quotations are attributed. */
  summary: LangTextSchema,
  date: IsoDateSchema,
  sources: z.array(SourceRefSchema).min(1),
});
export type Position = z.infer<typeof PositionSchema>;

/**
 * Triggers are JavaScript regular-expression sources, compiled with the `iu` flags and matched within
 * one sentence. A sentence links to the claim when any `triggers[lang]` pattern matches and, if
 * `context[lang]` is given, one of those patterns matches the same sentence too.
 */
export const ClaimTriggersSchema = z.object({
  en: z.array(z.string().min(1)).min(1),
  es: z.array(z.string().min(1)).min(1),
});

export const ClaimSchema = z.object({
  id: IdSchema,
  title: LangTextSchema,
  /** The claim as it is usually phrased, attributed. */
  claim: LangTextSchema,
  triggers: ClaimTriggersSchema,
  context: z.object({ en: z.array(z.string().min(1)), es: z.array(z.string().min(1)) }).optional(),
  /** Patterns that veto the claim in a sentence: who does what ("at risk from gang members"). */
  exclude: z.object({ en: z.array(z.string().min(1)), es: z.array(z.string().min(1)) }).optional(),
  /** Weaker words that link a sentence when an earlier sentence of its paragraph links to the claim. */
  follow: z.object({ en: z.array(z.string().min(1)), es: z.array(z.string().min(1)) }).optional(),
  /**
   * The `context` is one subject a whole article can be about (Abrego Garcia): once three of the
   * article's paragraphs name it, a sentence anywhere in the article may take its subject from the
   * article (a quotation, "he", "the Maryland man" in a paragraph that does not name him).
   */
  articleContext: z.boolean().optional(),
  /**
   * This claim is a broader claim said of one subject (its `context`): Abrego Garcia's alleged MS-13
   * membership is the gang accusation aimed at one man. Where the broader claim links a sentence
   * whose subject is this claim's (named there, or carried from earlier in the paragraph when
   * `single` words say the sentence is about one person), this claim is linked instead; a sentence
   * that also names a `group` ("hundreds of other alleged gang members") keeps both.
   */
  narrows: z
    .object({
      claim: IdSchema,
      group: z.object({ en: z.array(z.string().min(1)), es: z.array(z.string().min(1)) }),
      single: z.object({ en: z.array(z.string().min(1)), es: z.array(z.string().min(1)) }),
    })
    .optional(),
  positions: z.array(PositionSchema).min(2),
  status: z.object({
    value: ClaimStatusSchema,
    date: IsoDateSchema,
    note: LangTextSchema,
  }),
  established: z.array(LangTextSchema).default([]),
  unknown: z.array(LangTextSchema).default([]),
  related: z.array(IdSchema).default([]),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const TimelineEventSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  endDate: IsoDateSchema.optional(),
  /** The exact day is not confirmed by the sources. */
  approximate: z.boolean().default(false),
  text: LangTextSchema,
  sources: z.array(SourceRefSchema).min(1),
  related: z.array(IdSchema).default([]),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/**
 * Topic detection as data. `signals` are regular-expression sources (flags `iu` unless
 * `caseSensitive`), each with a weight; where a signal appears (headline, lead, body) scales it.
 * A page is on topic when its score reaches `threshold`, at least one `anchor` signal matched in
 * the headline or lead and, if `requireAny` is set, one of those signals matched anywhere;
 * `cooccurrence` rules add weight when all listed signals appear together; `negatives` subtract
 * (their weight's magnitude, scaled by place like any signal).
 */
export const TopicSignalSchema = z.object({
  id: IdSchema,
  pattern: z.string().min(1),
  lang: z.enum(['en', 'es', 'any']).default('any'),
  weight: z.number(),
  caseSensitive: z.boolean().default(false),
  label: LangTextSchema,
});
export type TopicSignal = z.infer<typeof TopicSignalSchema>;

export const TopicSchema = z.object({
  id: IdSchema,
  threshold: z.number().positive(),
  /** Multipliers for where a signal was found. */
  placeWeights: z.object({ headline: z.number(), lead: z.number(), body: z.number() }),
  /** Characters of body text counted as the lead. */
  leadChars: z.number().int().positive(),
  signals: z.array(TopicSignalSchema).min(1),
  anchors: z.array(IdSchema).min(1),
  /**
   * Signals of the story itself, at least one of which must appear somewhere in the article: a page
   * that only names the country and its president (a state visit, a poll) is not the story.
   */
  requireAny: z.array(IdSchema).default([]),
  cooccurrence: z.array(z.object({ all: z.array(IdSchema).min(2), bonus: z.number() })).default([]),
  negatives: z.array(TopicSignalSchema).default([]),
  /** Words for the cheap pre-check on title and meta before any DOM walk (plain, lowercase). */
  gateTerms: z.array(z.string().min(1)).min(1),
});
export type Topic = z.infer<typeof TopicSchema>;

export const CorrectionSchema = z.object({
  date: IsoDateSchema,
  /** What changed. */
  text: LangTextSchema,
  /** Why it changed: the evidence or the finding that prompted it. */
  why: LangTextSchema.optional(),
});

export const MetaSchema = z.object({
  id: IdSchema,
  title: LangTextSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version'),
  /** The date the facts were last reviewed; cards say "as of" this date. */
  reviewedAt: IsoDateSchema,
  languages: z.array(LangSchema).min(1),
  methodology: LangTextSchema,
  corrections: z.array(CorrectionSchema).default([]),
});
export type Meta = z.infer<typeof MetaSchema>;

export const PackSchema = z.object({
  meta: MetaSchema,
  sources: z.array(SourceSchema).min(1),
  entities: z.array(EntitySchema).min(1),
  claims: z.array(ClaimSchema).min(1),
  timeline: z.array(TimelineEventSchema).min(1),
  topic: TopicSchema,
});
export type Pack = z.infer<typeof PackSchema>;
