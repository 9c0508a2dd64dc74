/**
 * Disputed points on real published reporting (tests/fixtures/real-claims, rules in LABELLING.md).
 * Prints precision and recall per part (tune/test), language and claim, and enforces floors on the
 * test part, which patterns and rules are never written against. Misses and extras are printed for
 * the tuning part only. REAL_CLAIMS_NOTES=1 prints them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCompiledPack } from '../../lib/pack/node-pack';
import { describeScore, readPart, scoreParagraphs, type PartScore } from './support/real-claims-score';
import { Tally } from './support/accuracy-score';

/**
 * Floors on the test part, just under the level last measured, far below the aim of precision 0.92
 * and recall 0.85: they catch a regression, they do not say the aim is met.
 * First measured: all P 0.772 R 0.527, en P 0.768 R 0.496, es P 0.781 R 0.606 (each paragraph
 * scored alone). Then, with an article's paragraphs scored together, the subject carried within a
 * paragraph, follow words and wider vocabulary: all P 0.787 R 0.641, en P 0.780 R 0.604,
 * es P 0.802 R 0.734. Then, with 17 more articles (tune +11: 72 articles, 626 sentences; test +8:
 * 56 articles, 519 sentences), English posts inside Spanish articles matched whole, a claim's
 * subject carried for Abrego Garcia's accusation, and vocabulary by concept (defiance: the order's
 * timing, oral vs written, mockery; removal without a hearing; release and responsibility):
 * tune all P 0.917 R 0.923, en P 0.897 R 0.914, es P 0.947 R 0.937;
 * test all P 0.805 R 0.661, en P 0.779 R 0.618, es P 0.846 R 0.738.
 * Then, with 52 more tuning articles (tune: 124 articles, 1,046 sentences; the test part untouched)
 * each scored fresh before rules were written against it, a claim that narrows another to its
 * subject (Abrego Garcia's MS-13 claim out of the deportees' gang accusation), a subject the whole
 * article can carry, vocabulary by word family in both languages (detainees' accounts, homicide
 * figures, who directs Tren de Aragua, the Act's authority, return verbs, challenging one's
 * detention) and who-does-what vetoes (Salvadorans swept up under the state of exception, custody
 * before removal, the Supreme Court's order on Abrego Garcia read as Boasberg's):
 * tune all P 0.929 R 0.934, en P 0.915 R 0.923, es P 0.948 R 0.951;
 * test all P 0.836 R 0.726, en P 0.803 R 0.663, es P 0.887 R 0.837.
 * No pattern or rule changed after that measurement.
 * Round 2, English generalisation: 27 more real English tuning articles on the weakest claims, in
 * three batches, each scored fresh before any rule was written against it (17 articles, 157
 * sentences: P 0.843 R 0.606; then 5, 50 sentences: P 0.921 R 0.660; then 5, 42 sentences:
 * P 0.882 R 0.789), and 7 real English articles added to the test part after the last rule change
 * (test en: 41 articles, 402 sentences). Rules by concept, not by sentence: an invocation called
 * (un)lawful or beyond the statute's scope in a court's words, war waged or territory occupied, a
 * statutory or historical description of the Act vetoed; custody or authority over the men, legal
 * or constructive custody, men held in local custody or before removal vetoed; tattoos only beside
 * a word of evidence; criminal records; return verbs by family and an honorific before a name; a
 * hearing given or denied to the men; ties between the gang and the regime, an assessment that
 * contradicts the claim; deaths in other words beside a prison word; the gang as the actor of the
 * invasion is not the deportees' label; the same concepts in Spanish.
 * tune all P 0.942 R 0.929, en P 0.938 R 0.919, es P 0.948 R 0.951 (151 articles, 1,295 sentences);
 * test all P 0.843 R 0.733, en P 0.820 R 0.685, es P 0.887 R 0.837 (63 articles, 583 sentences).
 * Measured once, after the last rule change; still short of the aim, in English above all.
 * Round 3, rules by concept again (no model: one trained on the tuning part lost in grouped
 * cross-validation), written from the tuning part's misses and from the concept each miss stands
 * for, checked on phrasings of our own outside the set: a court's words as the Act's context,
 * operations that went on despite the order, detainees' accounts (injuries, food, cells, postures,
 * suicide attempts), deaths by prison names and forensic words, the officials' epithets for the
 * men, who directs the gang, homicide figures that leave deaths out, and vetoes for Bukele's
 * crackdown at home, the country's jailed population and Abrego Garcia's case; then vetoes for the
 * tuning part's recurring extras (the judge's order reported alone, a man's return, human rights
 * groups' criticism of something else, thousands of gang members held at home, a law "abused").
 * Measured three times, once per change set; the last: tune all P 0.950 R 0.958, en P 0.948
 * R 0.955, es P 0.955 R 0.964; test all P 0.853 R 0.753, en P 0.831 R 0.711, es P 0.895 R 0.844.
 * Round 4: 34 fresh real articles (en 23: tune 14, test 9; es 11: tune 5, test 6), labelled before
 * anything ran on them, and two labelling rules written down (what the Act allows; the turn-around
 * order reported alone), the tuning part relabelled to them. Scored fresh, before any rule change
 * (REAL_CLAIMS_ARTICLES): new test all P 0.859 R 0.807 (en P 0.902 R 0.860, es P 0.811 R 0.750);
 * new tune all P 0.792 R 0.695. Then rules by concept, written from the tuning part and from
 * phrasings of our own: the Act's description and the order alone vetoed, custody in Spanish, a
 * court's words on the Act's use, detainees' treatment, deaths counted or found in a cell, "deemed
 * members", defiance in other words. Measured once, after the last change, on the whole test part
 * (78 articles, 671 sentences; floors reset to it, the Spanish precision floor lower than before
 * because the part now holds the new articles): tune all P 0.944 R 0.958, en P 0.944 R 0.955,
 * es P 0.946 R 0.965; test all P 0.856 R 0.766, en P 0.841 R 0.730, es P 0.883 R 0.834.
 * Round 5, English again: 29 fresh real English tuning articles in two batches, each scored before
 * any rule was written against it (REAL_CLAIMS_ARTICLES): 21 articles, 201 sentences, P 0.838
 * R 0.763; then 8 articles, 82 sentences, P 0.828 R 0.750. Rules by concept, checked on phrasings
 * of our own in both languages: custody in other words (CECOT as an extension of US detention, who
 * controls the men's fate, jurisdiction that lies with another state, hands tied, outside the
 * courts' reach; a court's jurisdiction to hear a case vetoed); a court's words on the Act
 * (authority exceeded, the Act called archaic or named by an epithet, may not use the law, hostile
 * acts) and the Act's description vetoed (what it can be used for, what it gives the government,
 * its history; a court blocking it, abuse through denied process, "illegal" immigrants and a
 * "legal" challenge are not its lawfulness); designation verbs, leaders among the men, the men
 * called criminals, planes full of gang members; defiance when the men had already arrived despite
 * a ruling; hours to file, judicial review as the men's right; a prisoner's death and the body
 * returned; light withheld and official denials of abuse. In the engine: a quotation's speaker
 * named in a later sentence of the same quotation carries the subject back, and a sentence may end
 * on "U.S."/"D.C."/"U.N."/"EE. UU." when the next opens a sentence ("EE." no longer splits from
 * "UU."). Measured once in the middle (test all P 0.857 R 0.769, en P 0.842 R 0.736) and once
 * after the last change, with 8 real English articles added to the test part after that change
 * (test en: 58 articles, 515 sentences): tune all P 0.944 R 0.953, en P 0.943 R 0.950, es P 0.946
 * R 0.965 (199 articles, 1,677 sentences); test all P 0.864 R 0.772, en P 0.854 R 0.744, es P 0.883
 * R 0.834 (86 articles, 733 sentences). Still short of the aim: the fresh batches show the rules
 * reach about 0.83 precision and 0.75 recall on reporting they were not written against, in
 * English above all on the Act (test P 0.676 R 0.568).
 * Round 6, rules by structure, precision first: one fresh batch of 14 real tuning articles heavy on
 * the Act's lawfulness and on custody (6 English, 8 Spanish; 81 sentences), labelled before
 * anything ran on it and scored fresh (REAL_CLAIMS_ARTICLES): all P 0.667 R 0.667, en P 0.476
 * R 0.500, es P 0.769 R 0.750 (the Act: en P 0.333 R 0.182). Rules by concept, from the whole
 * tuning part's misses and extras, checked on phrasings of our own: the Act's word of invasion
 * counts only outside a frame that states when the Act applies (in the event of, in times of,
 * during, "war or …", whether there is, the meaning of), and the follow words no longer carry the
 * Act's thread on war, wartime or proclamation; "declared war" and "en tiempos de guerra" only when
 * denied; the Act as an instrument ("invoked the AEA to justify", "justificado utilizando"), what
 * it authorises, when it applies and whom it reaches ("citizens of an enemy nation") are its
 * description, a court blocking or suspending it is not a ruling, and the evaluative word must sit
 * in the clause that names the Act; the invocation ruled on, rulings that challenge its use, facts
 * within its scope, the Act denied authority, the Spanish verb of invading in its other forms and
 * the Act's condition argued by jurists or a court. Who directs the gang in Spanish by a relation
 * with the regime as its object ("a instancias del régimen", "bajo la dirección … del régimen");
 * custody with an adjective ("bajo custodia efectiva de") or control exercised over the men. Two
 * tuning labels made consistent with "What the Act allows", one fresh label with the tuning part
 * (a "hybrid criminal state" is the regime's direction). Measured once, after the last change:
 * tune all P 0.939 R 0.947, en P 0.938 R 0.944, es P 0.941 R 0.956 (213 articles, 1,758
 * sentences); test all P 0.872 R 0.770, en P 0.864 R 0.741, es P 0.888 R 0.834 (86 articles, 733
 * sentences, unchanged). Precision rose and recall fell a little (all: 5 fewer false hits, 1 hit
 * lost; en recall 0.744 to 0.741, all 0.772 to 0.770): the Act in English P 0.750 R 0.545 (was
 * P 0.676 R 0.568), in Spanish P 0.750 R 0.600 (was P 0.692 R 0.600); Spanish custody
 * (P 0.667 R 0.600) and who directs the gang (P 0.333 R 0.500) did not move on the test part.
 * Round 7, generalisation by structure. In the engine: a short paragraph (one or two sentences, at
 * most 400 characters, as US news layouts set them) takes a claim's subject from the last sentences
 * of the one or two paragraphs before it when they are about the story (the hit is marked carried;
 * a long paragraph breaks the chain), as the labelling rule already reads a sentence with the
 * paragraph before it. Tune all P 0.939 R 0.947 to P 0.938 R 0.948; measured once on the test
 * part: all P 0.870 R 0.779, en P 0.863 R 0.749, es P 0.884 R 0.845 (9 more hits, 3 more false
 * ones; the Act in English did not move, P 0.750 R 0.545). Then vetoes by structure, both
 * languages, from the tuning part's extras and phrasings of our own: a report's or a film's title
 * ("titled", "is called", "se titula", "titulado" before a quotation, no verb of finding) is not a
 * claim about conditions or deaths; contempt described as law ("can lead to", "punishable",
 * "unheard of", "puede acarrear") is not defiance; the Act's description ("the law allows",
 * "la ley permite", with no court, argument or "due process") is not a denial of process. And
 * vocabulary by concept: a court saying the men should not or could not be removed under the Act
 * ("no debió ser deportado bajo la Ley"), the government arguing that the law allows or covers it,
 * the president's authority or discretion under the Act in a court's words, hostilities against a
 * country, the gang taking orders from Caracas or the regime. Tried and dropped: a claim's follow
 * words going on into the next short paragraph (tune +5 hits, +15 false ones). Measured once after
 * the last change: tune all P 0.942 R 0.950, en P 0.942 R 0.948, es P 0.941 R 0.956 (213 articles,
 * 1,758 sentences); test all P 0.870 R 0.779, en P 0.863 R 0.749, es P 0.884 R 0.845 (86
 * articles, 733 sentences): the vetoes and the new vocabulary changed no test sentence, so the
 * whole change on the test part is the carry across paragraphs (recall up 0.009, precision down
 * 0.002; the precision floors are lowered by that much, the recall floors raised). Weakest, as
 * before: the Act (en P 0.750 R 0.545, es P 0.750 R 0.600), Spanish custody (P 0.600 R 0.600, was
 * P 0.667: one more false hit from the carry) and who directs the gang in Spanish (P 0.333
 * R 0.500).
 * Round 8, fresh data on the weakest claims: 24 real articles found by search on the Act's
 * lawfulness, custody and who directs the gang (en 10: tune 6, 52 sentences; test 4, 30 sentences;
 * es 14: tune 6, 47 sentences; test 8, 58 sentences), labelled before anything ran on them and split
 * by URL. Scored fresh, before any rule change (REAL_CLAIMS_ARTICLES): new tune all P 0.712 R 0.644
 * (en P 0.667 R 0.667, es P 0.758 R 0.625; the Act in English P 0.500 R 0.250, Spanish custody
 * P 0.800 R 0.471); new test all P 0.658 R 0.769 (en P 0.810 R 0.895, es P 0.600 R 0.717). Rules by
 * concept, from the tuning part's misses and extras and checked on phrasings of our own: the Act's
 * legality disputed or ruled on (the legality of the proclamation or invocation, the authority
 * invoked called unlawful, its use called a misapplication, rulings rejecting, against or vacated
 * on its use, a memo undercutting it), "misusing the Act" no longer vetoed by the due-process veto
 * when the Act is the verb's object; the Act as the instrument of a declaration ("used the Act to
 * declare the gang a foreign enemy") and whom it reaches ("members of a hostile nation") vetoed;
 * Spanish custody (jurisdiction or legal responsibility over these people, who has control or
 * custody of them, no "power" to return them in quotation marks, the authorities "no arrestaron ni
 * trasladaron", responsibility passing to the host country, "bajo la jurisdicción" of anyone);
 * who directs the gang in Spanish ("comanda", "maneja"); the gang's members in a sentence about the
 * regime and the gang with nothing of the deportees are not the gang accusation; "facilitate
 * deportations" is not the regime facilitating the gang. Fresh tune batch after the rules P 0.863
 * R 0.863. Measured once after the last change: tune all P 0.932 R 0.935 (with the batch, before the
 * rules) to P 0.937 R 0.944, en P 0.939 R 0.945, es P 0.930 R 0.941 (225 articles, 1,857
 * sentences); test all P 0.843 R 0.778, en P 0.857 R 0.755, es P 0.819 R 0.819 (98 articles, 821
 * sentences). The test part is not the one of round 7: it now holds the 12 new test articles, whose
 * fresh precision (0.658, Spanish 0.600) pulls the part down, so the precision floors fall by what
 * the part fell (all 0.027, en 0.006, es 0.065) and the recall floors are set just under the new
 * figures. Weakest: Spanish custody (P 0.611 R 0.579), who directs the gang in Spanish (P 0.692
 * R 0.563), the Act in Spanish (P 0.731 R 0.704) and in English (P 0.744 R 0.615, was R 0.545).
 * Round 9, fresh data on the same weak claims: 27 real articles found by search on custody, who
 * directs the gang and the Act's lawfulness (es 16: tune 8, 53 sentences; test 8, 67 sentences;
 * en 11: tune 7, 63 sentences; test 4, 35 sentences), labelled before anything ran on them and
 * split by URL. Scored fresh, before any rule change (REAL_CLAIMS_ARTICLES): new tune all P 0.857
 * R 0.757 (en P 0.857 R 0.750, es P 0.857 R 0.766; English custody P 1.000 R 0.250); new test all
 * P 0.779 R 0.803 (en P 0.852 R 0.852, es P 0.732 R 0.769); the whole test part with them, before
 * any change: all P 0.836 R 0.780, en P 0.857 R 0.761, es P 0.806 R 0.812. Rules by concept, from
 * the tuning part's misses and extras and checked on phrasings of our own: custody in other words
 * (the men outside or beyond a country's jurisdiction or reach, who controls or decides what
 * happens to them, control retained in fact, a legal void between the two states with the men
 * named near it, lacking the authority to secure their release, El Salvador's part as a
 * prison-hosting service, a later sentence saying the admission undermines "that claim"); vetoed:
 * a court's jurisdiction over a case, another population's legal limbo, and the UN working group's
 * name alone (no longer a trigger: it found no labelled sentence in the tuning part, only two
 * extras); who directs the gang (officials or the regime with ties to the gang or involved in its
 * crimes, "ties to Nicolás Maduro's government"; the relation as a subject of study or debate with
 * no finding vetoed; officials' ties with the gang are not the deportees' gang label; the council's
 * or director's name no longer a follow word); the Act (facts said to amount to, constitute or
 * qualify as an invasion or incursion, rulings on the merits of or rejecting the invocation, an
 * incursion into the United States, a memo challenging the Act's use); defiance (having violated or
 * disobeyed an order, "never did so"); the proclamation's class ("Venezuelan citizens who are
 * members of", "ciudadanos venezolanos considerados miembros", with no deportation, count or
 * "deemed" in the sentence) is whom the Act reaches, not the deportees' gang label. Tune all P 0.932
 * R 0.932 (with the batch, before the rules) to P 0.941 R 0.945, en P 0.940 R 0.947, es P 0.945
 * R 0.941 (240 articles, 1,973 sentences). Measured once after the last change (one full unit run
 * in the middle also printed the Spanish test precision, 0.807; nothing was changed after it): test
 * all P 0.838 R 0.785, en P 0.857 R 0.764, es P 0.810 R 0.820 (110 articles, 923 sentences). The
 * rules moved the test part little (all: 3 more hits, 1 fewer false one): Spanish custody P 0.682
 * R 0.652 (was P 0.650 R 0.565 with the new articles), English custody P 0.889 R 0.800 (was
 * P 0.875 R 0.700); who directs the gang in Spanish (P 0.800 R 0.667) and the Act (en P 0.750
 * R 0.621, es P 0.778 R 0.737) did not move. The fresh batches again show the tuning gains are
 * mostly local. The precision floors fall by what the part fell when the new articles came in
 * (all 0.842 to 0.837, es 0.818 to 0.809); the others are set just under the new figures.
 * Round 11, precision on unseen reporting: a fresh batch of 15 real articles on any claim (en 7:
 * tune 5, 46 sentences; test 2; es 8: tune 4, 35 sentences; test 4), labelled before anything ran
 * on it and split by URL. Scored fresh (REAL_CLAIMS_ARTICLES), new tune all P 0.702 R 0.673 (en
 * P 0.769 R 0.690, es P 0.619 R 0.650). False hits on the whole tuning part and the batch, grouped
 * by cause: El Salvador's own crackdown read as the deportees' process or gang label (counts of
 * arrests, habeas petitions of the regime's victims, rights suspended for Salvadorans); a prison's
 * capacity in "terrorists"; hypothetical future deportees; other countries' terrorists; migrants'
 * ties to the gang or ties between the deportees and the gang read as the regime directing it, and
 * "control social" of the state of exception; litigation (filings contesting a removal, habeas
 * petitions filed) read as a denial of process; the men outside jurisdiction (custody) read as
 * due process; "facilitate" for other men or in its dictionary sense read as Abrego Garcia's
 * return; a report or working group named for enforced disappearances. Vetoes for each, small new
 * entries in both languages, checked on phrasings of our own (each keeping its true hits: "due
 * process" or "debido proceso" in the sentence, "no"/"sin"/"chance" beside a contest, capacity in
 * inmates, Abrego Garcia named). One fresh label made consistent with the unit stance that an
 * enforced disappearance is detainee treatment. Tune with the batch P 0.934 R 0.937 to P 0.945
 * R 0.937 (18 fewer false hits, no hit lost), en P 0.943 R 0.941, es P 0.948 R 0.929 (249
 * articles, 2,054 sentences); the fresh tune batch after the rules P 0.872 R 0.680. Measured once
 * after the last change: test all P 0.837 R 0.785, en P 0.850 R 0.762, es P 0.820 R 0.820 (116
 * articles, 965 sentences). The part now holds the 6 new test articles, measured only together with
 * it, so what they did alone is not known; English precision fell 0.857 to 0.850 and recall 0.764
 * to 0.762 with them in, Spanish precision rose 0.810 to 0.820. The floors are set just under
 * these figures (the English precision floor 0.856 to 0.849 and recall 0.763 to 0.761 for the part
 * with the new articles). The vetoes remove systematic false hits, but the test part moved little:
 * unseen reporting keeps finding new causes.
 * Round 12 (courts, custody and numbers claims): 26 fresh real articles found by search on the Act's
 * court cases, notice and hearings, custody of the men, the contempt proceedings, Abrego Garcia's
 * return, the payment and the count, 2025-2026 (en 12: tune 8, 65 sentences; test 4, 40 sentences;
 * es 14: tune 7, 54 sentences; test 7, 45 sentences), labelled before anything ran on them and
 * split by URL; two fresh tuning labels then made consistent with the tuning part (a payment
 * sentence with no figure is not the amount; ignoring the courts' orders for Abrego Garcia's return
 * is defiance). Scored fresh, before any rule change: new tune all P 0.854 R 0.745 (en P 0.833
 * R 0.729, es P 0.875 R 0.761); new test all P 0.925 R 0.817 (en P 0.929 R 0.897, es P 0.920
 * R 0.742); the whole test part with them: all P 0.844 R 0.787, en P 0.855 R 0.771, es P 0.828
 * R 0.813 (Spanish recall under its floor); tune with the batch P 0.940 R 0.927. Rules by concept,
 * only in the group's claims, both languages, checked on 56 phrasings of our own: defiance as
 * operations that went on nevertheless ("sin embargo … continuó con las deportaciones", "aun así
 * aterrizaron"), despite a judge ordering, violating a judge's ruling; vetoed: the order told to
 * return to the U.S. and an oral order's timing alone, the order quoted before its speaker,
 * "desafiar" as challenging a stance, policy or law, violating rights as a follow word, a judge
 * suspending the law; custody as the US that controls or manages the men, the men's custody, no
 * longer in US custody, unable to bring the men back; a court's power to review the president's
 * judgement is the Act (deference), not custody; the Act's use called improper or improcedente,
 * no war with the country, migration alone no invasion, a wartime law in peacetime, a permanent
 * ban on its use; notice called inadequate, hearings left out, judicial review granted, a path to
 * contest the allegations, not informed of the removal, no appeal, access to counsel; appearing
 * before a judge on charges vetoed; Abrego Garcia's return in the passive and by pronoun ("was
 * returned to Tennessee", "lo devolvió"), the man named by his wrongful deportation, release from
 * ICE detention vetoed; a payment with no figure, rate or price vetoed; a bare number sent to El
 * Salvador. Tune P 0.940 R 0.927 to P 0.949 R 0.946, en P 0.947 R 0.946, es P 0.951 R 0.946 (264
 * articles, 2,173 sentences); the fresh tune batch after the rules P 0.947 R 0.957; off-topic
 * pages unchanged (1 hit). Measured once after the last change: test all P 0.847 R 0.791, en
 * P 0.857 R 0.771, es P 0.832 R 0.822 (127 articles, 1,050 sentences): the rules moved the part by
 * 3 hits and 2 fewer false ones (English recall did not move). The floors are left where they were,
 * all figures above them, for the parallel round's merge to reset.
 * Round 12 (gang, conditions and security claims): fresh data on the deportees' gang accusation and
 * records, CECOT's conditions after the July 2025 release and HRW's November report, deaths in
 * Salvadoran custody into 2026, CECOT's population, the homicide figures and who directs Tren de
 * Aragua, in two batches labelled before anything ran on them and split by URL: 23 articles (en 13:
 * tune 8, 68 sentences; test 5, 49; es 10: tune 7, 61; test 3, 26), then 12 (en 5: tune 4, 39;
 * test 1, 6; es 7: tune 7, 52). Scored fresh (REAL_CLAIMS_ARTICLES): the first batch before any rule
 * change, tune P 0.848 R 0.764 (en P 0.857 R 0.857, es P 0.837 R 0.667), and the test part with its
 * 8 new articles, before any change: all P 0.842 R 0.782, en P 0.851 R 0.765, es P 0.830 R 0.808;
 * the second batch after the first batch's rules, P 0.833 R 0.694 (en P 0.842 R 0.593, es P 0.829
 * R 0.756): about where the first stood, so the rules again generalise only in part. Rules by
 * concept, both languages, checked on phrasings of our own (claim-triggers cases): the homicide count
 * (homicides not fully counted, graves outside custody, a count of homicides in Spanish, the country
 * "lives in peace"; the killings that set off the regime vetoed); deaths (a death watched or let
 * happen, the real count higher, one "víctima mortal", "muera"; graves outside custody vetoed);
 * detainee treatment (surviving or being in hell, injuries, rubber bullet(s), conditions staged for
 * visits, sleeping on the floor, no news of the men, isolation, praise of the jails, punishment, the
 * prison system said to respect rights; a report that only examines the conditions, "lo que" and
 * the medical examiner vetoed); the gang accusation (criminal records in other words: sentences
 * served, men counted as charged or convicted, offences only of traffic or immigration, records
 * lacked; membership denied, affiliation and ties between the men and the gang, the gang needs no
 * tattoos, clothing as a gang sign, leaders among the men, epithets; public records, the country's
 * own hardened criminals, the prison's name and the leader linked to the gang vetoed); who directs
 * the gang (shelter or partnership given, the gang seen as a threat, the regime as its facilitator,
 * a finding refuting the justification, the Venezuelan leader as subject; "régimen de excepción" is
 * not the regime, "Director" no follow word); Abrego Garcia's accusation (the informant's rank and
 * nickname). In the engine: a paragraph naming the prison system ("centros penales", "penitenciario",
 * "penitentiary") is about the story, so a short one after it takes its subject. Labels: "the largest
 * prison" with no count or capacity is not the population claim (three published sentences labelled
 * none; two unit cases follow them); two fresh labels made consistent with the tuning part (SJH's
 * share of violent deaths is a death count, not detainee treatment). Tune P 0.939 R 0.926 (with the
 * first batch, before the rules) to P 0.945 R 0.949, en P 0.946 R 0.951, es P 0.942 R 0.944 (275
 * articles, 2,274 sentences); after the rules the first batch scores P 0.945 R 0.945, the second
 * P 0.890 R 0.929. Measured once after the last change (a full unit run in the middle showed only
 * that the Spanish floor failed; nothing was changed for it): test all P 0.842 R 0.786, en P 0.850
 * R 0.765, es P 0.831 R 0.818 (125 articles, 1,046 sentences; round 11: all P 0.837 R 0.785, en
 * P 0.850 R 0.762, es P 0.820 R 0.820). The new Spanish test articles brought Spanish recall down
 * (0.820 to 0.808 before the rules) and the rules took it back to 0.818, so its floor falls from
 * 0.819 to 0.817; the other floors are set just under the new figures.
 * The two rounds 12, run in parallel on disjoint claims and merged, measured once together: tune
 * all P 0.948 R 0.957, en P 0.950 R 0.956, es P 0.945 R 0.957 (290 articles, 2,393 sentences);
 * test all P 0.851 R 0.791, en P 0.855 R 0.773, es P 0.844 R 0.820 (136 articles, 1,131
 * sentences). Floors just under these. One caveat on the courts round: its Spanish return rule
 * ("lo devolvió") is also the wording of a sentence in one of its own new test articles, which
 * its author had read while labelling, so that hit is not a clean measure.
 * Round 13 (gang, conditions and security claims), English above all: fresh data found by search on
 * the deportees' gang label and records, Abrego Garcia's MS-13 allegation (the field sheet, the one
 * informant), CECOT's conditions and capacity, the released men's accounts, deaths in Salvadoran
 * custody into 2026, the homicide figures and the intelligence memo and indictments on Maduro and the
 * gang, from local US papers, wires, UK and South African outlets and Latin American sites, in two
 * batches labelled before anything ran on them and split by URL: 25 articles (en 19: tune 8, 69
 * sentences; test 11, 92; es 6: tune 3, 23; test 3, 25), then 6 (en 5: tune 3, 21; test 2, 14; es 1:
 * test 1, 3). Scored fresh (REAL_CLAIMS_ARTICLES): the first batch before any rule change, tune
 * P 0.757 R 0.707 (en P 0.760 R 0.717, es P 0.750 R 0.682), and the test part with its 14 new
 * articles, before any change: all P 0.849 R 0.780, en P 0.858 R 0.758, es P 0.834 R 0.816 (tune
 * with the batch P 0.942 R 0.947); the second batch after the first batch's rules, P 0.429 R 0.273
 * (21 sentences: El Salvador's own first transfer read as the deportees' label, a capacity written
 * "40 000", visits not received): the rules again generalise only in part. Rules by concept, only in
 * the group's claims, both languages, checked on phrasings of our own (claim-triggers cases): the gang
 * label (a relative denying involvement in gang activity, a plain "they are not Tren de Aragua", no
 * formal charges made public, only a handful with cases, accused of belonging to a gang named with
 * modifiers, symbols listed by the government, men counted as charged or convicted; vetoed: the
 * medical and background checks on return, the dead who were not gang members, El Salvador's first
 * transfer of 2,000, tattooed inmates with nothing of the deportees, innocents caught in the
 * crackdown, and Abrego Garcia's field-sheet wording); Abrego Garcia's accusation (the Chicago Bulls
 * hat, the field sheet, "the only basis"; gang unit officers named alone vetoed); detainee treatment
 * (deprivations in modal form: cannot have or do not receive visits, never allowed outdoors, no
 * visitation, no programmes or rehabilitation; detainees near death or conditions unbearable, time
 * called abusive, bruises, heat, no news of a man, lawyers unable to visit, proof of life, men who
 * would never leave; vetoed: a share of deaths by cause without signs of torture, a death count with
 * no word of treatment, the migrant's dream turned nightmare, handcuffs on the plane in the US, a
 * relative's cancer treatment); deaths (by torture or negligence, a count based on complaints or
 * undercounted, a numbered victim of the prison system; near death and a report's methods vetoed);
 * the population (a space between thousands); the homicide figures (bodies recovered, discrepancy
 * and bodies as follow words, life freed from the gangs' control); who directs the gang (affiliated
 * with the regime, a finding refuting the central argument, a declassified report as the Spanish
 * subject; a memo released with no finding vetoed). Tune P 0.942 R 0.947 (with the first batch,
 * before the rules) to P 0.951 R 0.961, en P 0.951 R 0.959, es P 0.951 R 0.966 (304 articles, 2,506
 * sentences); off-topic pages unchanged (1 hit). Measured after the last change (a full unit run
 * between the two batches also printed the test recall, all 0.782, en 0.762; nothing was changed for
 * it): test all P 0.851 R 0.780, en P 0.861 R 0.760, es P 0.835 R 0.814 (153 articles, 1,265
 * sentences; round 12 merged: all P 0.851 R 0.791, en P 0.855 R 0.773, es P 0.844 R 0.820 on 136).
 * The first batch's 14 test articles brought recall down (all 0.791 to 0.780, en 0.773 to 0.758, es
 * 0.820 to 0.816) and Spanish precision (0.844 to 0.834); the first batch's rules moved recall on that
 * part by little (all 0.780 to 0.782, en 0.758 to 0.762), and the second batch's 3 test articles,
 * added after those rules, took it back down. So the recall floors fall (all 0.79 to 0.779, en 0.772
 * to 0.759, es 0.819 to 0.813), and so does the Spanish precision floor (0.843 to 0.834); the English
 * precision floor rises to 0.86.
 * Round 13 (courts, custody and numbers claims), English first: 25 fresh real articles found by
 * search on the contempt proceedings (the April 2025 finding, its appeal and vacatur, the December
 * 2025 testimony of the DOJ whistleblower), the oral-order hearings, Boasberg's December 2025
 * due-process and custody ruling, Abrego Garcia's return ordered and then done, and the payment,
 * from local public radio, legal news, a UK blog, wire copies and Spanish-language outlets (en 17:
 * tune 9, 66 sentences; test 8, 63; es 8: tune 4, 27; test 4, 24), labelled before anything ran on
 * them and split by URL. Scored fresh, before any rule change: new tune all P 0.944 R 0.861 (en
 * P 0.980 R 0.875, es P 0.864 R 0.826); new test all P 0.852 R 0.719 (en P 0.829 R 0.756, es
 * P 0.923 R 0.632); the whole test part with them: all P 0.851 R 0.786, en P 0.853 R 0.771, es
 * P 0.847 R 0.810 (all three recall floors and the English precision floor failed). Eleven tuning
 * labels made consistent with LABELLING: ten sentences that give how many men were sent to or held
 * at CECOT ("más de 200", "unos 200", "aproximadamente 200 hombres", "over 100 Venezuelans
 * deported … held", one fresh) now carry the count (they were the false hits a parallel round had
 * read as other groups), and Boasberg's "if they believed their actions legal" remark is defiance,
 * as its twin is. Rules by concept, only in the group's claims, both languages, checked on 37
 * phrasings of our own (claim-triggers cases): deaths in state custody ("bajo custodia estatal",
 * "died in custody") are neither custody of the men nor their count nor a denial of process to
 * them (the crackdown's prisoners "no presentados ante un juez" vetoed); the Act used to justify
 * its invocation, with nothing disputed, vetoed; the legality of the removals under the Act; the
 * right to a hearing deserved or owed; no lawyer, no evidence before a court, no legal avenue to
 * challenge; the planes that still landed, the order said not to reach planes already abroad, the
 * men who had already been removed, "if they believed it lawful they would not have"; contempt as
 * a conditional possibility ("si determina desacato … podrían") and "deliberately" with no order
 * in the sentence vetoed; the 21 by a group word ("21 of its most wanted"), nationals counted with
 * the prison; Abrego Garcia's steps taken, error corrected, "nothing it can do", "released",
 * "the power to produce"; a state managing its own citizens. Tune P 0.948 R 0.953 (with the batch,
 * before the rules) to P 0.957 R 0.962, en P 0.956 R 0.962, es P 0.958 R 0.962 (303 articles,
 * 2,486 sentences; part of the precision gain is the relabelling); the fresh tune batch after the
 * rules P 0.987 R 0.950; off-topic pages unchanged (1 hit, not in the group). Measured once after
 * the last change: test all P 0.851 R 0.786, en P 0.853 R 0.771, es P 0.847 R 0.810 (148 articles,
 * 1,218 sentences): exactly the figures before the rules, so none of them reached a test sentence;
 * the drop from round 12 is the new test articles (fresh recall 0.719). The floors are reset just
 * under these figures (all recall 0.790 to 0.785, en precision 0.854 to 0.852 and recall 0.772 to
 * 0.770, es recall 0.819 to 0.809). The rules are again local: unseen reporting on these claims
 * misses mostly by a subject carried from an earlier paragraph and by a court's words in new forms.
 * The two rounds 13, run in parallel on disjoint claims and merged, measured once together: tune
 * all P 0.960 R 0.966, en P 0.958 R 0.964, es P 0.964 R 0.971 (317 articles, 2,599 sentences);
 * test all P 0.851 R 0.776, en P 0.859 R 0.760, es P 0.838 R 0.805 (165 articles, 1,352
 * sentences). The test part grew by 29 fresh articles this round, and they score lower than the
 * older ones: on unseen reporting the rules hold precision about 0.85 and find about three
 * sentences in four. Floors just under these figures.
 * Round 14, a reply carries the claim it answers: an engine experiment, no vocabulary. A sentence
 * with no claim of its own, at most 16 words outside its quotations, that agrees, disagrees,
 * rejects, disputes, denies, confirms or contradicts the statement before it or calls it
 * (in)correct, true or false ("Hellerstein disagreed.", "rejected that argument", "that is not
 * correct," Boasberg replied", "no estuvo de acuerdo", "lo negó", "lo calificaron de falso", "no es
 * cierto"), was linked to the claims of the sentence before it in its paragraph, or of the last
 * sentence of the paragraph just before, marked carried (its reason: the reply word and the answered
 * hit's first word); checked on 20 phrasings of our own in both languages, negatives included (no
 * claim before, a reply naming its own claim, an unrelated paragraph between, "agreed to"). Tune
 * all P 0.960 R 0.966 to P 0.960 R 0.967, en R 0.964 to 0.966, es unchanged: 2 hits added, both
 * true, no false one (most reply-type misses in the tuning part are long sentences or name no
 * reply word: "was all … a lie", "contradict statements"). Measured once on the test part: all
 * P 0.850 R 0.777, en P 0.857 R 0.760, es P 0.838 R 0.808 (before: all P 0.851 R 0.776, en
 * P 0.859 R 0.760, es P 0.838 R 0.805): one more true hit in Spanish, one more false one in
 * English, so the all and English precision floors failed. Reverted; nothing was changed after
 * the measurement and the floors are where they were. Reply sentences are too rare for the rule
 * to move unseen reporting: the carried-setup misses are mostly subjects and claims stated a
 * paragraph or more back, not one-line replies.
 * Round 15 (courts, custody and numbers claims), precision on unseen reporting first. Fresh data in
 * two batches, labelled before anything ran on them and split by URL: 20 real articles found by
 * search on the Fifth Circuit and the contempt appeal, Boasberg's December 2025 ruling and its
 * February 2026 follow-up, custody, Abrego Garcia's return and the payment, from local and legal
 * news, Australian, Pakistani and Peruvian outlets, wire copies and Spanish-language sites (en 13:
 * tune 7, 65 sentences; test 6, 59; es 7: tune 4, 29; test 3, 24), then, after the first rules, 10
 * more (es 8: tune 4, 32; test 4, 30; en 2: test 2, 17). Scored fresh, before any rule change: new
 * tune all P 0.803 R 0.709 (en P 0.782 R 0.729, es P 0.857 R 0.667); the test part with the first
 * batch's 9 articles: all P 0.856 R 0.779, en P 0.866 R 0.764, es P 0.840 R 0.805; tune with the
 * batch P 0.954 R 0.956. False hits in the group on fresh output, by cause: of the 85 that older
 * engines made on tuning batches they had not seen (fresh-rules.json; 430 true hits), 43 were a
 * trigger word in another sense or the Act or policy described rather than a claim asserted (the
 * Act's text, history and conditions 22, the Act as an instrument 5, "summary" removal and vetting
 * 4, a working group's name 2, "legally", "desafíos", contempt as law …), 18 the right words about
 * another actor, case or group (the crackdown's prisoners, other cases' due process, deaths in state
 * custody, numbers of the dead, of a cell, of plaintiffs), 15 a claim named in passing or an event
 * reported without the dispute (a court blocking or lifting an order, the turn-around order alone,
 * filings that contest a removal), 6 a neighbouring claim's or a follow word carried, 3 label
 * questions; 69 of them were already gone before this round, 16 still fired, 6 are ruled out now.
 * Of the first batch's 10 fresh false hits in the group, 3 were two sentences pooled by the splitter
 * ("… the U.S. In total, 137 …"), 6 a word in another sense ("summary", "por escrito" of filings,
 * "told another judge", "already deported" as custody, "whistleblower"), 1 notice given to another
 * state. In the engine: a sentence may end on "U.S."/"EE. UU." before more function words (In, A,
 * According …; En, Un, Con …), and an inline dash item after a full stop is a sentence of its own
 * (both keep "the U.S. Army", "the U.S. – Mexico border"); tune 3 false hits fewer, then 1. Rules by
 * concept, only in the group's claims, both languages, checked on 52 phrasings of our own
 * (claim-triggers cases): vetoed: "summary" removal as the policy's name unless something is
 * contested, the government's vetting (the vetting trigger dropped), notice of the men's arrival,
 * due process as a legal topic with nothing given or denied, lawyers' filings seeking to contest,
 * the crackdown's dead ("muera"), "en una audiencia" as the venue, "por escrito" except as the
 * order's form, "already deported" in a custody sentence, someone who "told a judge", a law's title
 * ("Title 8" dropped as a count), a victims' gender split and a plaintiffs' count, "lawful permanent
 * residents" and "lawful process" as the Act's follow word, responsibility passing to the host
 * country as defiance, saving taxpayers' money as the amount; found: the men beyond the US's
 * physical custody or impossible to return, sovereign decisions, hearings granted or owed in
 * Spanish (garantizar audiencias, comparecencia ante un tribunal, derecho a ser escuchados,
 * impugnar legalmente, return or hear the men), presenting cases "in a U.S. court", refusing or
 * failing to comply or refusing "to do so" after an order, ignoring the order in the singular,
 * knowing of the hearing as the planes took off, warnings to halt the flights unanswered (a word of
 * defiance now lifts the veto on Abrego Garcia's case), nothing done and efforts to release Abrego
 * Garcia, the proclamation defended or the designation called proper. One fresh label made
 * consistent with the tuning part (the U.S. lacking authority to return Abrego Garcia alone is his
 * return, not custody, as Bondi's twin sentence). The first batch after the rules P 0.928 R 0.906;
 * the second batch, fresh after the first batch's rules, P 0.885 R 0.920 (Spanish, 32 sentences),
 * then P 0.926 R 1.000. Tune P 0.954 R 0.956 to P 0.964 R 0.967, en P 0.963 R 0.963, es P 0.965
 * R 0.974 (332 articles, 2,725 sentences); off-topic pages unchanged (1 hit, not in the group).
 * Measured once after the last change: test all P 0.858 R 0.783, en P 0.870 R 0.764, es P 0.840
 * R 0.815 (180 articles, 1,482 sentences; round 14: all P 0.851 R 0.776 on 165). The part holds the
 * second batch's 6 test articles, added after the first rules, so the move is not the rules' alone.
 * One caveat: the Spanish "regresar o escuchar a" rule, written for a tuning sentence, is also the
 * wording of a sentence in a new test article its author had read while labelling. Floors left
 * where they were, every figure above them, for the parallel round's merge to reset.
 * Round 15 (gang, conditions and security claims), precision on unseen reporting: 40 fresh real
 * articles found by search (families' and lawyers' accounts after the July 2025 release, HRW's
 * November report in Spanish, the Abrego Garcia field sheet, the 2025 homicide figures, the
 * intelligence memo in Latin American Spanish, the January 2026 Maduro indictment; Canadian,
 * Australian, Malaysian and Indian outlets, wire copies, opinion), in two batches labelled before
 * anything ran on them and split by URL: 26 (en 15: tune 5, 48 sentences; test 10, 101; es 11: tune
 * 7, 57; test 4, 33), then 14 (en 10: tune 4, 44; test 6, 49; es 4: tune 1, 2; test 3, 17). Scored
 * fresh: the first batch before any rule change, tune P 0.910 R 0.718 (en P 0.926 R 0.781, es P
 * 0.900 R 0.679), and the test part with its 14 new articles, before any change: all P 0.852 R
 * 0.783, en P 0.861 R 0.769, es P 0.837 R 0.807; the second batch after the first batch's rules,
 * tune P 0.786 R 0.733, and its 9 test articles only inside the part (en precision 0.863 to 0.856
 * with them in: about P 0.69 on those six English articles alone). The older engines' fresh output
 * (fresh-rules.json) holds 75 false hits in the group (gang label 46, conditions 11, who directs
 * the gang 7, Abrego Garcia 4, deaths 3, safety 3, population 1), grouped by cause: the right words
 * about another actor, population or case 48 (the gang itself as the Act's or the memo's actor 25,
 * Abrego Garcia's own MS-13 case read as the deportees' label 9, Salvadorans swept up, migrants
 * identified in the US, future deportees or Guantánamo 8, Abrego Garcia named beside Tren de Aragua
 * or gang violence 3, the gang's danger read as the country's safety 2, arrests as the prison's
 * count 1); a trigger word in another sense 13 (tattoos described with no word of evidence 4,
 * "brutal", "treatment", "guard" 4, "classified", "facilitate", "Director", "narrative" 4, "sin
 * pruebas" 1); a claim named in passing or framed 14 (criticism or a report named, its methods, the
 * regime-gang relation as a subject of study, the dead's legal status, a hypothetical, an epithet);
 * no label needed fixing. 25 of the 75 still fired with this round's engine before its rules, 20
 * after. Rules by cause and concept, only in the group's claims, both languages, checked on 65
 * phrasings of our own (claim-triggers cases; 3 sentence-splitting cases): vetoes for abuse in
 * another state's own prisons, abuse online, abuse named in passing with no prison word, a relative
 * identifying a man in a video, the invasion argument's mass entry of gang members, a government
 * database of other immigrants, Abrego Garcia named beside a Tren de Aragua gang word (his claim is
 * MS-13), companions counted in small numbers beside him, the dead's legal status with no count,
 * deaths of women and violence data outside custody, a gang called the most dangerous, "in one fell
 * swoop"; Spanish tattoos only beside a word of gang, evidence or detention; vocabulary: a stay
 * described as hell, threats to rot, rape, never returning to their communities, heads shaved and
 * men shoved into cells, treated as criminals, a failure to protect detainees' rights; no record of
 * criminal activity, "los peores de los peores", the officials' epithets as a predicate, no
 * evidence of any crime, a denial with the gang's name in quotation marks; figures withheld or
 * femicides unreported, violent crime falling, the measures credited; a connection between the
 * regime and the gang, orders given to it, officials collaborating with it, claims about it called
 * unsubstantiated. In the engine: a sentence may end on "EE.UU." or "U.S." before more common
 * openers ("Además", "También", "En", "In", "According"; accents folded), which had merged two
 * sentences. One fresh label (the treatment shown in an arrival video) made consistent with the
 * tuning part's two labelled video sentences. Tune P 0.958 R 0.957 (with the first batch, before
 * the rules) to P 0.963 R 0.966, en P 0.960 R 0.965, es P 0.970 R 0.967 (334 articles, 2,750
 * sentences); the batches after the rules P 0.963 R 0.929 and P 0.906 R 0.935; off-topic pages 1
 * hit to 0. The test part, measured after the first batch's rules in a full unit run (all P 0.854 R
 * 0.784, en P 0.863 R 0.770, es P 0.840 R 0.809) and once at the end: all P 0.852 R 0.783, en P
 * 0.856 R 0.766, es P 0.844 R 0.813 (188 articles, 1,552 sentences; round 14: all P 0.851 R 0.776,
 * en P 0.859 R 0.760, es P 0.838 R 0.805 on 165): the second batch's rules changed no test
 * sentence, and the first batch's moved the part by 2 hits and 3 fewer false ones. The new test
 * articles scored well in recall but the second batch's English ones poorly in precision, so the
 * English precision floor falls (0.858 to 0.855); the others rise to just under the new figures.
 * The two rounds 15 merged (both also taught the splitter to end a sentence on "U.S."/"EE. UU."
 * before an opener; the openers are the union of both lists), measured once: tune all P 0.967
 * R 0.966, en P 0.965 R 0.964, es P 0.971 R 0.971 (349 articles, 2,876 sentences); test all P 0.858
 * R 0.788, en P 0.866 R 0.770, es P 0.845 R 0.821 (203 articles, 1,682 sentences). Floors set just
 * under these.
 * Round 16 (gang, conditions and security claims), precision on unseen reporting: 23 fresh real
 * articles found by search (HRW's November 2025 report in CNN and other copies, the men back in
 * Venezuela in Reuters and Spanish-language copies, a British reporter inside CECOT, families and
 * tattoos in the WSJ and Mother Jones, the Cato count of men who entered legally, Cristosal's and
 * SJH's death counts 2023-2025, the 2024-2025 homicide figures in Salvadoran outlets, the FBI's
 * "irregular warfare" claim and the intelligence memo in Venezuelan Spanish), labelled before
 * anything ran on them and split by URL (en 13: tune 8, 77 sentences; test 5, 37; es 10: tune 6,
 * 38; test 4, 23). Scored fresh, before any rule change: new tune all P 0.822 R 0.771 (en P 0.839
 * R 0.746, es P 0.794 R 0.818); the test part with its 9 new articles: all P 0.856 R 0.787, en
 * P 0.865 R 0.768, es P 0.841 R 0.820. Fresh false hits in the group, by cause: of the new batch's
 * 14, 8 were the right words about another population (the gang label on the prison's Salvadoran
 * inmates, innocents detained at home, the prison's purpose, the crackdown's dead "sin condenas" or
 * "sin antecedentes"; the mass-trials reform as treatment; deaths hidden as disappearances), 2 a
 * word in another sense (evidence one would present; "not allow myself to die"), 4 label questions
 * (2 fresh labels made consistent with their tuning twins: Gonzalo's "the nightmare started" is
 * treatment as its two Spanish copies, a 2015 homicide count beside today's rate is the safety
 * claim as the 6,656 sentences). Of the 75 the older engines made (fresh-rules.json), 20 still
 * fired at the start of the round and 16 after it (another actor or case 4, a claim named in
 * passing or in a hypothetical 5, label questions 5, a word in another sense 1, a follow word
 * carried 1). Rules by cause and concept, only in the group's claims, both languages, checked on 44
 * phrasings of our own (claim-triggers cases): vetoes for the gang label on another population
 * (Barrio 18, innocents detained, a prison built or designed for gang members unless an accusation
 * is in the sentence, the dead with nothing of the deportees), a designation of the gang's
 * members, "the alleged gang" as the gang, the Act's scope in a court's question, evidence one
 * would present, people smuggled in Abrego Garcia's other case, the prison beside "gang violence"
 * or built for suspects as his MS-13 claim; deaths: a detainee's fear of dying, disappearances and
 * femicides outside custody; treatment: mass trials, an agreement that fails to include
 * protections; safety: homicide statistics as what someone reports or shares. Vocabulary: gang
 * ties denied, "acusaciones de pertenecer", cells 23-24 hours a day, a harsh routine or ultra-hard
 * regime, rights of incarcerated people not protected, a welcome to hell, the inmate count
 * withheld, the regime using the gang, "part of a foreign government strategy", the fall credited
 * to the measures. One tuning label made consistent with LABELLING's paragraph rule ("the unproven
 * claim" after Trump's claim that Maduro runs the gang is who directs it). Tune P 0.963 R 0.959
 * (with the batch and the two label fixes, before the rules) to P 0.972 R 0.964, en P 0.972 R 0.961,
 * es P 0.971 R 0.968 (363 articles, 2,991 sentences), 22 fewer false hits and 13 more hits, no
 * hit lost; the fresh tune batch after the rules P 0.946 R 0.898; off-topic pages 0 hits. Measured
 * once after the last change: test all P 0.858 R 0.788, en P 0.870 R 0.769, es P 0.841 R 0.820
 * (212 articles, 1,742 sentences): the rules moved the part by 1 hit and 4 fewer false hits, all in
 * English; Spanish did not move. The new Spanish test articles brought Spanish precision from 0.845
 * to 0.841 and recall from 0.821 to 0.820 (418 of 510, just under 0.82), so the Spanish floors fall
 * to just under them (precision 0.844 to 0.84, recall 0.82 to 0.819); the others hold.
 * Round 16 (courts, custody and numbers claims), precision on unseen reporting. 18 fresh real
 * articles found by search (the November-December 2025 contempt inquiry and the whistleblower, the
 * D.C. Circuit's stay of contempt in Spanish, the Supreme Court's "facilitate" order in local US,
 * Argentine, Colombian and Spanish-language copies, the $6 million deal and its $20,000 a head, the
 * deportees' December 2025 call for hearings; local TV and radio sites, a legal blog, NPR, AP, EFE
 * and PTI copies), labelled before anything ran on them and split by URL: en 12 (tune 7, 51
 * sentences; test 5, 34), es 6 (tune 4, 21; test 2, 11). Two more were dropped after labelling as
 * copies of articles already in the set (a NewsNation copy that fell in the test part, a Reuters
 * copy in the tuning part). Scored fresh, before any rule change: new tune all P 0.855 R 0.904, en
 * P 0.903 R 0.875, es P 0.792 R 0.950; the test part with its 7 new articles: all P 0.857 R 0.788,
 * en P 0.864 R 0.770, es P 0.846 R 0.820 (before them: all P 0.858 R 0.788, en P 0.866 R 0.770, es
 * P 0.845 R 0.821). False hits in the group on fresh output, by cause: of the 85 that older engines
 * made on tuning batches they had not seen (fresh-rules.json), about 47 were a word in another sense
 * or the Act, the order or the money described rather than a claim asserted (the Act's text,
 * history and conditions 24, the Act as the instrument invoked or "justified using" 8, "summary"
 * removal and removal without review 4, the turn-around order alone 5, follow words "desafíos",
 * "responsabilidad", "vuelos" 3, jurisdiction of a court 2, taxpayers' money 1), about 22 the right
 * words about another actor, case or group (the crackdown's detainees 4, deaths in state custody 2,
 * other groups' numbers 7, Abrego Garcia's or December's orders read as the turn-around order 4,
 * families' demand for the Venezuelans' return and the turn-around order read as his return 2,
 * courts not ruling on the Act 3), about 9 a claim named in passing (filings that contest a removal,
 * a UN working group's document, contempt as law, due process as a legal topic), about 7 label
 * questions; 8 still fired before this round's rules, 7 after. Of the new batch's 8 fresh false
 * hits in the group (scored after one label fix), 6 were words in another sense or about another
 * group: "inmigrantes ilegales" read as the Act's illegality, the Supreme Court's "release from
 * custody in El Salvador" as the custody dispute, the government asking for "more time to" answer
 * as notice, "a defiant administration", "252 presos políticos" as a count, "no grounds to send him
 * to El Salvador" as his return; 1 a label made consistent, 1 a label question (a habeas in El
 * Salvador left unanswered). Rules by
 * concept, only in the group's claims, both languages, checked on 34 phrasings of our own
 * (claim-triggers and claims cases): vetoes for a figure inside a larger number (81,110) and a
 * count of political prisoners, "a defiant administration" as an epithet, the return order's release
 * from custody in El Salvador, the government asking for more time, "ilegal(es)" describing
 * immigrants, justifying removals by invoking or using the Act, the Act's epithet (archaic,
 * obsolete) unless its use is disputed, a deadline for the contempt finding as the return's follow
 * word, sending him to El Salvador as his return; after a defiance sentence, the flights carry the
 * claim only when the next sentence says what they did (landed, already out, in the air, turned
 * back), not when it merely names them (2 tuning false hits gone, 0 true ones lost; dropping the
 * flights outright lost 2); found: going ahead with the removals despite "his order", El Salvador
 * holding the men pending the United States' decision, moved "with little warning". Tried and
 * reverted: "justify ... by invoking the Act" in English (a tuning sentence disputes the claim used
 * to justify invoking it), vetoing large figures of other inmates (lost CECOT counts beside
 * 15,000 inmates), "at the disposal of the United States" (puts the prison itself at the disposal).
 * Labels: the Spanish "a un precio justo" labelled the payment like the English "a fair price" (per
 * LABELLING.md and the "very low fee" rule); two fresh labels made consistent with the tuning part
 * (refusing to comply with Xinis's order is defiance; Sotomayor's "sin consecuencias legales" is due
 * process). The new tuning articles after the rules P 0.960 R 0.906. Tune P 0.965 R 0.965 (with the
 * batch, before the rules) to P 0.971 R 0.966, en P 0.968 R 0.964, es P 0.976 R 0.970 (360 articles,
 * 2,948 sentences); 300 off-topic pages 0 hits. Measured once at the end: test all P 0.858 R 0.788,
 * en P 0.863 R 0.770, es P 0.849 R 0.820 (210 articles, 1,727 sentences): the rules moved the part by
 * 1 false hit fewer in all (Spanish 2 fewer, English 1 more). The English precision floor falls to
 * just under it (0.865 to 0.862); the others are left where they were.
 * The two rounds 16 merged, measured once: tune all P 0.975 R 0.964, en P 0.974 R 0.961, es P 0.976
 * R 0.968 (374 articles, 3,063 sentences); test all P 0.858 R 0.788, en P 0.866 R 0.770, es P 0.845
 * R 0.819 (219 articles, 1,787 sentences). Floors set just under these.
 * Round 17, no rule change: the round-10 second stage retried on twice the fresh rule output (26
 * batches). Variant (c) qualified in grouped CV by a hair (MODEL-CV.md), was integrated and measured
 * once with it: test all P 0.857 R 0.788, en P 0.864 R 0.769 (under its floor), es P 0.847 R 0.821;
 * worse than the rules alone, so it was reverted. Floors unchanged.
 * Round 18 (gang, conditions and security claims), English detainee accounts first: 15 fresh real
 * articles found by search (Abrego Garcia's July 2025 filing, the Newsweek and Sky News interviews,
 * El País and Infocaos on Arturo Suárez, The Atlantic's account of the May beatings, teleSUR on the
 * returnees, Homan's "all TdA members", CNN on the families, the doubts over records, teleSUR on 415
 * deaths, CNN en Español, Gato Encerrado and the VOA on the safest-country claim), labelled on all 14
 * claims before anything ran on them and split by URL (en 11: tune 7, 75 sentences; test 4, 41; es
 * 4: tune 3, 27; test 1, 10). Scored fresh: new tune all P 0.836 R 0.708 (en P 0.806 R 0.617, es
 * P 0.880 R 0.880); new test all P 0.968 R 0.811; the whole test part with them, before any rule:
 * all P 0.861 R 0.789, en P 0.869 R 0.771, es P 0.848 R 0.820 (224 articles). A second batch of 7
 * (NPR's returnees, Solitary Watch, Amnesty International on the state of exception in 2022 and
 * 2024, CNN's 2024 visit; en 4: tune 2, test 2; es 3: tune 3), labelled after the first batch's
 * rules: fresh tune P 0.652 R 0.833, test P 0.750 R 1.000. Fresh false hits in the group, by cause:
 * first batch 7 (the right words about another population 2: the prison built to house gang
 * leaders, the Salvadoran inmates' tattoos; a claim named in passing or described 4: the threat to
 * leave in a coffin read as a death, homicide figures that leave out deaths in custody twice, a
 * sentence introducing a quotation; another period 1: a 1994 murder rate); second batch 8 (another
 * population 4: CECOT's own "worst of the worst", a prison for accused Salvadoran gang members, gang
 * control inside the cells, Salvadorans arrested for tattoos; named in passing 2: a report's title,
 * the day against torture; a word in another sense 2: "abuso estatal", public security as a
 * ministry or policy). Rules by concept, only in the group's claims, both languages, checked on
 * phrasings of our own (claim-triggers cases): the gang label as a predicate (a nationality before
 * the noun, "was a TdA member", a quotation mark inside "were members" of the gang, a descriptive
 * adjective before the gang's name, US officials vouching for it, gang ties named as someone's,
 * "nothing to do with" the gang, no arrests or convictions, tattoos relied on or among the reasons,
 * evidence against the men never made public, "his only crime", accused of being criminals, the
 * deportees' alleged crimes, minor charges, innocent asylum seekers); detainee treatment in the
 * accounts' words (guards' assaults and taunts, acts punished or forbidden, the only way out in a
 * coffin, "never going to leave this place", water, food, contact, care and sleep withheld, forced
 * postures, crowding in figures, the bathing water drunk, stripped naked, minutes a day outside or
 * leaving the cell only for hearings, no bathing and skin infections, attempts on their own lives,
 * fear of the guards, the threat of a gang cell, "treated according to the law" as the denial); the
 * inmate count never disclosed; an intelligence finding at odds with the claim (Maduro); the peace
 * called a mirage (safety); and vetoes for every cause above. Tune on the 374 earlier articles
 * P 0.975 R 0.964 to P 0.977 R 0.965 (no hit lost); all 389: P 0.976 R 0.962, en P 0.974 R 0.958, es
 * P 0.979 R 0.969; the first batch's tune P 0.925 R 0.861, its test P 1.000 R 0.865; off-topic pages
 * 0 hits. Measured once after the last change (a full unit run before it also ran this test; its
 * figures were not read): test all P 0.863 R 0.795, en P 0.871 R 0.778, es P 0.850 R 0.824 (226
 * articles, 1,850 sentences). Floors unchanged (all figures above them).
 * Round 18 (courts, custody and numbers claims): 16 fresh real articles (en 8: tune 6, test 2; es 8:
 * tune 4, test 4) on the AEA rulings (Sweeney, Hellerstein, the Fifth Circuit), the Supreme Court's
 * notice rulings, the CECOT class's due process and the contempt inquiry, labelled before anything
 * ran on them. Scored fresh (REAL_CLAIMS_ARTICLES): new tune all P 0.826 R 0.667 (en P 0.759 R 0.667,
 * es P 0.941 R 0.667), new test all P 0.921 R 0.761; the whole test part with them, measured then:
 * all P 0.860 R 0.787, en P 0.865 R 0.771, es P 0.852 R 0.815. The fresh tuning false hits, by cause:
 * a word in another sense or a name (a "legal avenue" to contest read as the Act's legality, the
 * proclamation's title "Regarding the Invasion", "courts have no jurisdiction over the proclamation"
 * as custody), a description (the Act's condition "if there is an invasion"), another population (El
 * Salvador "criticized for due process violations in locking up gang members"), one label made
 * consistent (137 pursuing their due-process cases, as "wished to pursue due-process claims"). Rules
 * by concept, only in the group's claims, both languages, 117 phrasings of our own as cases: the
 * Act's conditions unmet, the invocation set against the Act, its use condemned or said not to apply,
 * the gang no nation or government, no armed attack, the authority lacked, the statute stretched or
 * its definition unmet, a criminal matter and not war, the premise for invoking it undercut, doubts
 * about the removals' legal basis; notice (procedure, amount, language), judicial review owed to the
 * men, men not told where they were taken, removal without any process; the US unable to secure the
 * men's return, the men in the hands of a sovereign state or held on Washington's behalf, who is
 * responsible for them, who controls what happens to them, whose law they are subject to; "that did
 * not happen, and the planes landed", the planes landing after the order, a decision not to stop
 * them, a claim of compliance, the judge said to lack power to order the planes back. Vetoes by cause:
 * due process in El Salvador's own system (its abuses listed, mass trials, habeas before Salvadoran
 * judges, thousands of Salvadorans jailed, rights groups urging El Salvador), a notice of appeal,
 * gangs' control of places, police custody, a court's jurisdiction or authority to hear or order,
 * Abrego Garcia's criminal case read as his return (Spanish: any "tráfico de personas" near his
 * name), "invasion" of another war or of privacy, the proclamation's scope (lawful permanent
 * residents), a prison budget as the payment, people deported to another country as the count.
 * Tune P 0.972 R 0.957 (with the batch, before the rules) to P 0.976 R 0.965, en P 0.974 R 0.961,
 * es P 0.979 R 0.972 (384 articles, 3,157 sentences; the new tuning articles P 0.965 R 0.948); 300
 * off-topic pages 0 hits. Measured at the end (once more the whole unit suite had run mid-round,
 * figures not read): test all P 0.860 R 0.787, en P 0.866 R 0.771, es P 0.852 R 0.815 (225 articles,
 * 1,843 sentences): the rules moved the part by 1 false hit fewer (English); the concepts ruled did
 * not occur in it. The Spanish recall floor falls to just under the part with its 4 new articles
 * (0.818 to 0.814: 0.815 fresh, before any rule); the others are left where they were.
 * The two rounds 18 merged, measured once: tune all P 0.977 R 0.963, en P 0.974 R 0.958, es P 0.982
 * R 0.974 (399 articles, 3,305 sentences); test all P 0.865 R 0.794, en P 0.871 R 0.778, es P 0.856
 * R 0.819 (232 articles, 1,906 sentences). Floors set just under these.
 * Round 19 (gang, conditions and security claims): 12 fresh real articles, 107 sentences (en 8: tune
 * 3, test 5; es 4: tune 1, test 3): homicide figures and the crackdown (The New American, Foro del
 * Sur, Onda Cero), a rights groups' prison report (El Salvador Perspectives), the records of the men
 * sent (after CBS), the Oval Office meeting on Abrego Garcia (Steadfast Updates, The Signal, Republic
 * World, GNB Now), later removals and the "pandilleros" sent (NCR Noticias, Doctor J Noticias, VTV),
 * labelled on all 14 claims before anything ran on them. Scored fresh (REAL_CLAIMS_ARTICLES): new
 * tune all P 0.950 R 0.760 (en P 1.000 R 0.762, es P 0.750 R 0.750), new test all P 0.833 R 0.726
 * (en P 0.882 R 0.714, es P 0.750 R 0.750); the whole test part with them, measured then: all
 * P 0.864 R 0.791, en P 0.871 R 0.775, es P 0.852 R 0.817 (240 articles, 1,980 sentences), under the
 * round-18 floors before any rule. Fresh tuning false hits, by cause (this batch and the older fresh
 * outputs): another population (Salvadoran gang members in their own prisons, suspects arrested in
 * El Salvador or in a U.S. city), a description rather than an assertion (a man's tattoos described
 * as body art; the crowded cell behind Noem), another time (a 1990s homicide rate), a word in another
 * sense (walking home at night). Rules by concept, only in the group's claims, both languages, 81
 * phrasings of our own as cases: crime epithets given to the men in any verb of saying, a named
 * man's confirmed gang status, a rap sheet, a clean record, no record at all, "not a criminal" set
 * against a trade, no ties to crime, none of the men charged, "these are bad people"; the fall in
 * violence in other words (bloodshed or insecurity falling, crime slashed, results against crime,
 * calm bought with arrests, peace brought, gangs no longer in control, out at night again without
 * fear, another day without a murder); overcrowding as a multiple of capacity, lights never off,
 * treated like dogs, windowless or packed cells, 23 hours locked in, bare metal beds, eating with the
 * hands; the gang as the regime's weapon or tool, prisons emptied northward, Venezuelan leaders
 * directing it; a coffin or the morgue; a prison holding fewer than claimed. Vetoes by the causes
 * above; one tried and dropped (torture as a cause of death: the labels keep "signs of torture" as
 * treatment). Tune all P 0.977 R 0.961 (with the batch) to P 0.978 R 0.962 (fp 61 to 57, tp 2,539 to
 * 2,541); 300 off-topic pages 0 hits. Measured once at the end: test all P 0.864 R 0.791, en P 0.871
 * R 0.775, es P 0.852 R 0.817, the same counts as fresh (tp 1,229, fp 194, fn 325): the concepts ruled
 * did not occur in the part. The floors fall to just under the part with its 8 new articles, which
 * put it under them before any rule (all 0.864/0.793 to 0.863/0.790, en recall 0.777 to 0.775, es
 * 0.855/0.818 to 0.852/0.816).
 * Round 19 (courts, custody and numbers claims): 15 fresh real articles (en 8: tune 3, test 5; es 7:
 * tune 4, test 3) on the Supreme Court's "facilitate" order, the contempt finding, the $6 million deal
 * and Leavitt's figure, the 261/137/101 split, the flights despite the order, Abrego Garcia's return
 * for trial, Venezuela's condemnation of the Act and Bukele's swap offer, labelled before anything
 * ran on them. Fresh: new tune all P 0.894 R 0.875, new test all P 0.943 R 0.769 (en P 0.971
 * R 0.723); the whole test part with them: all P 0.868 R 0.793, en P 0.875 R 0.776, es P 0.857
 * R 0.821 (240 articles; the new English test articles took all and English recall just under their
 * floors). Rules by concept, both languages, phrasings of our own: the Spanish return trigger
 * narrowed (release only from El Salvador, not "libertad", smuggling or "volvió a" + infinitive); the
 * Act's use barred by an appeals court or for good, a setback or victory for its use, a ruling for or
 * against the invocation, the Act misapplied or stretched, the men likely to win, the finding said to
 * be unreviewable, the conduct said to fit the Act, war on the cartels, a hostile incursion, the Act
 * invoked lawfully or not in Spanish, and the accented preterite ("invadió") that an ASCII word
 * boundary had missed; removal without a judge, trial or charge, notice counted in hours or written in
 * English, the legal protections said to be given; courts' jurisdiction over the men abroad, the men
 * beyond U.S. courts' reach; flights before or after the order. Vetoes by cause: a request for comment,
 * a question a ruling left open (descriptions); contempt of another party or of Congress (another case
 * or sense); deals, counts and money of other receiving countries, habeas before El Salvador's courts,
 * people in ICE custody (another population); settlements, fines, another government's spending (other
 * money). Tune P 0.975 R 0.962 (with the batch) to P 0.976 R 0.963; 300 off-topic pages 0 hits.
 * Measured at the end: test all P 0.867 R 0.794, en P 0.873 R 0.778, es P 0.857 R 0.821 (240
 * articles, 1,973 sentences): +2 true and +2 false hits in English, Spanish unchanged. Floors unchanged.
 * The two rounds 19 merged, measured once: tune all P 0.977 R 0.962, en P 0.976 R 0.957, es P 0.979
 * R 0.971 (410 articles, 3,394 sentences); test all P 0.866 R 0.791, en P 0.873 R 0.775, es P 0.853
 * R 0.819 (248 articles, 2,047 sentences): the rounds' 13 new test articles scored under the part,
 * the rules moved it by a few sentences. Floors set just under these.
 * Round 20 (gang, conditions and security claims): 14 fresh real articles, 133 sentences (en 10: tune
 * 7, test 3; es 4: tune 2, test 2): criminal records and tattoos (a Newsbuck column), the safest-
 * country claim against the Global Peace Index (El Salvador Now), the intelligence dispute on Maduro
 * (Just the News), Abrego Garcia's gang label (USA Today, Townhall, KEX), returnees' injuries (Global
 * News), his CECOT complaint (Raw Story), Cristosal's deaths summary, the AP explainer, deaths in
 * custody (DW), homicide figures (SV Noti News, Caracas al Dia), Trump on Venezuela sending criminals;
 * labelled on all 14 claims before anything ran. Fresh (REAL_CLAIMS_ARTICLES): new tune all P 0.881
 * R 0.725, new test all P 0.935 R 0.784 (en P 0.905 R 0.704, es P 1.000 R 1.000); the whole test part
 * with them, measured then: all P 0.867 R 0.791, en P 0.874 R 0.773, es P 0.856 R 0.822 (253
 * articles, 2,094 sentences; en recall just under its floor). False hits by cause (tuning part and
 * fresh-rules.json): another population (gang crimes in US towns, the dead of the Salvadoran prisons,
 * the tens of thousands arrested there, the intelligence agencies on Caracas, orders from Caracas), a
 * description (the proclamation's scope, what the Act is invoked for), a word in another sense ("a
 * concentration camp" as an epithet, en). Concept families, 75 phrasings of our own as cases: one
 * man's gang label as a copula after an epithet; the gang named for the men (planeloads of, deporting
 * members of, "these monsters were removed", denied involvement); El Salvador set against the safe
 * countries, "that statement" after the claim, the gangs said to be dismantled, extortion gone; deaths
 * as lives lost, not surviving, a body handed back, a higher or undercounted toll; the basics refused,
 * pepper spray, men per cell; the gang tied to the regime or the Cartel de los Soles. Tune all P 0.975
 * R 0.958 (with the batch) to P 0.977 R 0.963; 300 off-topic pages 0 hits. Measured at the end: test
 * all P 0.869 R 0.792, en P 0.874 R 0.774, es P 0.862 R 0.822 (tp 1,310 to 1,311, fp 201 to 197).
 * Floors unchanged.
 * Round 20 (courts, custody and numbers claims): 12 fresh real articles (en 6: tune 2, test 4; es 6:
 * tune 4, test 2) on Haines's Pennsylvania ruling, Sweeney's three weeks' notice, the D.C. Circuit
 * pausing and declining to restore the contempt finding, CIS defending the predatory-incursion
 * reading, Rodríguez's Texas ruling and El Salvador's answer to the UN on custody, labelled before
 * anything ran on them. Fresh: new tune all P 0.886 R 0.816, new test all P 0.750 R 0.711; the whole
 * test part with them: all P 0.863 R 0.789, en P 0.870 R 0.774, es P 0.851 R 0.817 (254 articles,
 * 2,089 sentences; the new test articles took the precision floors). Rules by concept, both languages,
 * phrasings of our own: the proclamation measured against the statute either way, a court endorsing
 * or rebuffing the reading or use of the Act, the gang's crimes as an act of war or the gang acting as
 * a foreign government, what Congress had in mind, deference owed to the president, a legal theory
 * rejected; officials who did not follow the orders, contemptuous conduct, planes kept flying or not
 * recalled; greater or insufficient notice, no day in court, removal before the lawyers could act;
 * who controls the men's fate, out of its hands, power over the prisoners, El Salvador only lending
 * its prisons; retrieving Abrego Garcia, securing his release; a fee for housing prisoners. Vetoes by
 * cause: defying a narrative (another sense), not knowing why one is held (a description), third
 * countries' deportees (another population, due process and custody), an asylum proclamation at the
 * border (another law), an argument about notice or contempt (another question), El Salvador's own
 * prison costs and ICE's private prisons (other money), a subset of the men with no record (not the
 * count). Tune all P 0.976 R 0.960 (with the batch) to P 0.977 R 0.962; 300 off-topic pages 0 hits.
 * Measured at the end: test all P 0.865 R 0.791, en P 0.871 R 0.775, es P 0.855 R 0.818 (tp +3,
 * fp -3 against fresh). The all and English precision floors fall to just under these (the new
 * English test articles put the part under them before any rule).
 * Both round-20 groups merged: tune all P 0.977 R 0.963 (425 articles, 3,521 sentences); test all
 * P 0.869 R 0.792, en P 0.873 R 0.775, es P 0.863 R 0.821 (259 articles, 2,136 sentences). Floors set
 * just under these.
 */
const FLOORS = {
  all: { precision: 0.868, recall: 0.791 },
  en: { precision: 0.872, recall: 0.774 },
  es: { precision: 0.862, recall: 0.82 },
} as const;

/** The article ids named by REAL_CLAIMS_ARTICLES (a file, one id a line, or a comma list), if set. */
function subset(): Set<string> | undefined {
  const spec = process.env.REAL_CLAIMS_ARTICLES?.trim();
  if (!spec) return undefined;
  const raw = existsSync(spec) ? readFileSync(spec, 'utf8') : spec;
  return new Set(
    raw
      .split(/[\n,]/)
      .map((x) => x.trim())
      .filter(Boolean),
  );
}

function merge(a: PartScore, b: PartScore): PartScore {
  const overall = new Tally();
  for (const t of [a.overall, b.overall]) {
    overall.tp += t.tp;
    overall.fp += t.fp;
    overall.fn += t.fn;
  }
  return {
    overall,
    perClaim: new Map(),
    sentences: a.sentences + b.sentences,
    articles: a.articles + b.articles,
    notes: [],
  };
}

describe('accuracy on real reporting (real-claims set)', () => {
  const scores = {} as Partial<Record<'tune' | 'test', Record<'en' | 'es' | 'all', PartScore>>> & {
    tune: Record<'en' | 'es' | 'all', PartScore>;
  };
  beforeAll(() => {
    const pack = loadCompiledPack();
    const lines: string[] = ['Disputed points on real reporting (sentence level)'];
    // REAL_CLAIMS_TUNE_ONLY=1 while tuning: the test part is then neither scored nor printed.
    const parts = process.env.REAL_CLAIMS_TUNE_ONLY === '1' ? (['tune'] as const) : (['tune', 'test'] as const);
    // REAL_CLAIMS_ARTICLES=<file of article ids, one a line, or a comma list>: score only those
    // articles (e.g. a fresh batch, before any rule is written against it); floors are then skipped.
    const only = subset();
    if (only) lines.push(`  (only the ${only.size} articles listed in REAL_CLAIMS_ARTICLES)`);
    const read = (part: 'tune' | 'test', lang: 'en' | 'es') =>
      readPart(part, lang).filter((p) => !only || only.has(p.article));
    for (const part of parts) {
      const en = scoreParagraphs(read(part, 'en'), pack, part === 'tune');
      const es = scoreParagraphs(read(part, 'es'), pack, part === 'tune');
      const all = merge(en, es);
      scores[part] = { en, es, all };
      lines.push(`${part}:`, ...describeScore('all', all), ...describeScore('en', en), ...describeScore('es', es));
      if (part === 'tune' && process.env.REAL_CLAIMS_NOTES === '1')
        lines.push('  tune misses and extras:', ...[...en.notes, ...es.notes].map((n) => `    ${n}`));
    }
    console.log(lines.join('\n'));
  }, 120_000);

  test('the set is large enough to measure', () => {
    if (!scores.test || subset()) return;
    expect(scores.tune.all.sentences + scores.test.all.sentences).toBeGreaterThanOrEqual(500);
    expect(scores.test.en.sentences).toBeGreaterThan(50);
    expect(scores.test.es.sentences).toBeGreaterThan(50);
  });

  test.each(Object.entries(FLOORS))('test part, %s: precision and recall at their floors', (key, floor) => {
    if (!scores.test || subset()) return;
    const t = scores.test[key as 'all' | 'en' | 'es'].overall;
    expect(t.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(t.recall).toBeGreaterThanOrEqual(floor.recall);
  });
});
