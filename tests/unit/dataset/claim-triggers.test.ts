/**
 * Claim triggers of the shipped pack, sentence by sentence: a sentence that makes or reports a
 * disputed claim must link to that claim, and a sentence that only mentions the story must link to
 * nothing. The sentences are written for this test (paraphrased news prose), not taken from articles.
 */
import { describe, expect, test } from 'vitest';
import { loadCompiledPack } from '../../../lib/pack/node-pack';
import type { Claim, Lang } from '../../../lib/dataset/schema';

const FLAGS = 'iu';

interface CompiledClaim {
  id: string;
  triggers: Record<Lang, RegExp[]>;
  context: Record<Lang, RegExp[]> | undefined;
  exclude: Record<Lang, RegExp[]> | undefined;
  narrows: { claim: string; group: Record<Lang, RegExp[]> } | undefined;
}

function compileClaim(claim: Claim): CompiledClaim {
  const all = (list: string[]) => list.map((p) => new RegExp(p, FLAGS));
  return {
    id: claim.id,
    triggers: { en: all(claim.triggers.en), es: all(claim.triggers.es) },
    context: claim.context ? { en: all(claim.context.en), es: all(claim.context.es) } : undefined,
    exclude: claim.exclude ? { en: all(claim.exclude.en), es: all(claim.exclude.es) } : undefined,
    narrows: claim.narrows
      ? {
          claim: claim.narrows.claim,
          group: { en: all(claim.narrows.group.en), es: all(claim.narrows.group.es) },
        }
      : undefined,
  };
}

/**
 * The schema's rule: any trigger, and (when context patterns exist) any context pattern too. A claim
 * that narrows a broader one to its subject takes the broader claim's sentences that name that
 * subject, and the broader claim keeps them only when they also name a group (`ClaimSchema.narrows`).
 */
function linkedClaims(sentence: string, lang: Lang, claims: CompiledClaim[]): string[] {
  const any = (list: RegExp[] | undefined) => (list ?? []).some((re) => re.test(sentence));
  const linked = new Set(
    claims
      .filter((c) => any(c.triggers[lang]))
      .filter((c) => !c.context || c.context[lang].length === 0 || any(c.context[lang]))
      .filter((c) => !c.exclude || !any(c.exclude[lang]))
      .map((c) => c.id),
  );
  for (const c of claims) {
    if (!c.narrows || !linked.has(c.narrows.claim)) continue;
    if (!any(c.context?.[lang]) || any(c.exclude?.[lang])) continue;
    linked.add(c.id);
    if (!any(c.narrows.group[lang])) linked.delete(c.narrows.claim);
  }
  return [...linked].sort();
}

type Row = [lang: Lang, sentence: string, expected: string[]];

// Scope of each claim id follows tests/fixtures/README.md ("Disputed points"): for example, merely
// invoking the Alien Enemies Act and ICE's "administrative error" admission are not in themselves
// the disputed claims, so those sentences expect no link. Where the real-claims labels
// (tests/fixtures/real-claims/LABELLING.md) decided otherwise on published text, they win: Bukele's
// "Oopsie… too late" answers the order (defiance), his "very low fee" is a statement of the payment,
// and an enforced disappearance (held incommunicado) is detainee treatment, not the hearing question.
// The gang accusation aimed at Abrego Garcia alone is his claim, not the deportees' (the real-claims
// labels give both only when the sentence also speaks of the others sent with him).
// BEGIN CASES
const CASES: Row[] = [
  // gang-membership
  [
    'en',
    'The administration said the Venezuelans it flew out were alleged members of Tren de Aragua.',
    ['gang-membership'],
  ],
  [
    'en',
    'Officials called the men "the worst of the worst" as they were marched into the prison.',
    ['gang-membership'],
  ],
  [
    'en',
    'Relatives insist their sons are not gang members and were singled out because of their tattoos.',
    ['gang-membership'],
  ],
  ['en', 'A Bloomberg review found that most of the deportees had no U.S. criminal record.', ['gang-membership']],
  ['en', 'Washington has been sending suspected gang members to El Salvador since March.', ['gang-membership']],
  ['en', 'DHS said all of the men were members of the violent Tren de Aragua gang.', ['gang-membership']],
  ['en', 'The detainees, accused of belonging to MS-13, arrived in shackles.', ['gang-membership']],
  [
    'es',
    'El gobierno estadounidense envió a El Salvador a 238 presuntos miembros del Tren de Aragua.',
    ['deportee-count', 'gang-membership'],
  ],
  [
    'es',
    'Las familias sostienen que sus hijos no tenían antecedentes penales y que fueron señalados por sus tatuajes.',
    ['gang-membership'],
  ],
  ['es', 'Los deportados, acusados de pertenecer a la MS-13, fueron rapados al llegar.', ['gang-membership']],
  ['es', 'Noem afirmó que los reclusos eran lo peor de lo peor.', ['gang-membership']],
  ['es', 'Según la Casa Blanca, todos son pandilleros peligrosos.', ['gang-membership']],

  // Round 12 (real reporting, phrasings of our own): criminal records in other words, the gang needs no
  // tattoos, ties between the men and the gang, clothing as a gang sign; public records and the prison's
  // name are not the label.
  ['en', 'Reporters obtained the files through public records requests.', []],
  ['es', 'Fueron llevados al Centro de Confinamiento para Terroristas en Tecoluca.', []],
  ['en', 'One of the deportees had served a prison sentence for robbery in Peru.', ['gang-membership']],
  ['en', 'Most were sent away without any criminal charges, their lawyers said.', ['gang-membership']],
  ['en', 'Experts note that Tren de Aragua does not require its members to get tattoos.', ['gang-membership']],
  ['en', 'His lawyers denied any ties between the deportees and the gang.', ['gang-membership']],
  ['es', 'Su hermano cumplió condena por hurto hace diez años.', ['gang-membership']],
  ['es', 'La familia asegura que no tiene antecedentes.', ['gang-membership']],
  [
    'es',
    'Los abogados rechazan que los migrantes pertenezcan a la banda criminal Tren de Aragua.',
    ['gang-membership'],
  ],
  ['es', 'La organización negó cualquier afiliación al Tren de Aragua.', ['gang-membership']],
  ['es', 'Los expertos dicen que el Tren de Aragua no exige tatuajes a sus integrantes.', ['gang-membership']],
  // Membership denied in other words, leaders among the men, epithets; the regime's word for the men's treatment.
  ['en', 'His brother is neither a criminal nor a member of any gang, the family says.', ['gang-membership']],
  ['en', 'Her lawyer says the woman was never a member of MS-13.', ['gang-membership']],
  ['es', 'Dijo que no eran integrantes de la pandilla MS-13.', ['gang-membership']],
  ['en', 'He fled the regime in Venezuela and has no criminal history, his lawyer said.', ['gang-membership']],
  ['en', 'Officials said two of the men held top positions in Tren de Aragua.', ['gang-membership']],
  ['en', 'The accused criminals were flown out before dawn.', ['gang-membership']],
  ['en', 'Noem described the deportees as the worst of humanity.', ['gang-membership']],
  ['es', 'Según Bukele, entre los enviados hay cabecillas de la MS-13.', ['gang-membership']],
  ['es', 'Los presuntos delincuentes fueron enviados a El Salvador el sábado.', ['gang-membership']],
  ['es', 'El régimen de Maduro afirma que Washington criminaliza a los migrantes venezolanos.', ['gang-membership']],
  // Round 12, second batch: men counted as charged or convicted, offences only of traffic or immigration,
  // the label kept "nonetheless"; the gang's name after "la banda del".
  ['en', 'Only four were ever convicted of a violent crime, the data show.', ['gang-membership']],
  ['en', 'Most had nothing on their records beyond immigration violations.', ['gang-membership']],
  ['en', 'DHS insists the men are nonetheless terrorists.', ['gang-membership']],
  ['es', 'Según sus familias, sus delitos no eran violentos.', ['gang-membership']],
  ['es', 'Muchos solo tenían infracciones de tráfico.', ['gang-membership']],
  ['es', 'Fueron acusados de pertenecer a la banda del Tren de Aragua.', ['gang-membership']],

  // Round 13 (gang, conditions and security claims), phrasings of our own: a relative denying involvement in
  // gang activity, a plain denial ("we are not Tren de Aragua"), no formal charges made public, only a
  // handful with cases, accused of belonging to a gang named with modifiers, men counted as convicted; the
  // checks on the men's return, the dead who were not gang members and Abrego Garcia's field sheet are not
  // the deportees' label.
  ['en', 'His mother denies any involvement in gang activity by her son.', ['gang-membership']],
  ['en', '“We are not Tren de Aragua,” the men shouted from the bus.', ['gang-membership']],
  ['en', 'No formal charges were made public against any of the deportees.', ['gang-membership']],
  ['en', 'Only a handful of the deportees had pending criminal cases, officials admitted.', ['gang-membership']],
  ['en', 'Officials accused him of belonging to the feared Venezuelan gang Tren de Aragua.', ['gang-membership']],
  ['en', 'Five of the deportees were convicted of robbery in the United States.', ['gang-membership']],
  ['es', 'Su esposa negó cualquier vinculación con el Tren de Aragua.', ['gang-membership']],
  ['es', '“No somos del Tren de Aragua”, gritaban los detenidos.', ['gang-membership']],
  ['es', 'Solo unos pocos de los deportados tenían causas o cargos pendientes.', ['gang-membership']],
  ['es', 'Las autoridades los acusaron de pertenecer a la temida banda Tren de Aragua.', ['gang-membership']],
  ['en', 'Medical and background checks were completed before the men went home.', []],
  ['es', 'Tras los controles médicos y la revisión de antecedentes, volvieron a casa.', []],
  ['en', 'Abrego Garcia’s family says his Chicago Bulls cap proves nothing.', ['abrego-garcia-gang-claim']],
  // cecot-population
  ['en', 'The prison currently holds around 15,000 inmates, officials say.', ['cecot-population']],
  ['en', 'CECOT was built with a capacity of 40,000 prisoners.', ['cecot-population']],
  // "The largest prison" with no count or capacity is not the population claim: the real-claims labels
  // (three published sentences, round 12) give it nothing, as LABELLING.md asks for a number.
  ['en', 'Bukele has called it the largest prison in the Americas.', []],
  ['en', 'Reports suggest the facility houses somewhere between 10,000 and 20,000 people.', ['cecot-population']],
  ['en', 'The government plans to expand the mega-prison to 80,000 beds.', ['cecot-population']],
  ['es', 'El penal alberga a unos 15.000 reos, según cifras oficiales.', ['cecot-population']],
  ['es', 'La megacárcel tiene capacidad para 40.000 presos.', ['cecot-population']],
  ['es', 'Bukele la presenta como la cárcel más grande de América.', []],

  // cecot-conditions
  ['en', 'Human rights groups have condemned the treatment of detainees inside CECOT.', ['cecot-conditions']],
  ['en', 'Former prisoners described beatings by guards at the mega-prison.', ['cecot-conditions']],
  ['en', 'The men sleep on metal bunks with no mattresses under lights that stay on 24 hours.', ['cecot-conditions']],
  ['en', 'Bukele insists that inmates in his prisons are not tortured.', ['cecot-conditions']],
  ['en', "Critics describe inhumane conditions in El Salvador's prisons.", ['cecot-conditions']],
  ['es', 'Organizaciones de derechos humanos denuncian condiciones inhumanas en el CECOT.', ['cecot-conditions']],
  ['es', 'Los exdetenidos relataron golpizas y torturas durante su encierro en la cárcel.', ['cecot-conditions']],
  ['es', 'El gobierno salvadoreño niega que haya abusos en sus penales.', ['cecot-conditions']],
  ['es', 'El informe describe hacinamiento y malos tratos a los reos.', ['cecot-conditions']],

  // Round 12 (real reporting, phrasings of our own): surviving hell, injuries, a rubber bullet, conditions
  // staged for visits, sleeping on the floor, no news of the men, praise of the jails, punishment; a report
  // that only examines the conditions is not a description.
  ['en', 'The documentary examines the conditions at CECOT and the deal behind it.', []],
  ['es', 'El documental analiza las condiciones del Cecot y el acuerdo con Washington.', []],
  ['en', 'Several of the men said they went through hell inside the prison.', ['cecot-conditions']],
  ['en', 'One detainee said guards hit him so hard that he lost two teeth.', ['cecot-conditions']],
  ['en', 'A returnee showed reporters a scar left by a rubber bullet.', ['cecot-conditions']],
  ['en', 'Guards handed out pillows and soap only when the Red Cross came to visit.', ['cecot-conditions']],
  ['en', 'They slept on bare concrete with no blankets.', ['cecot-conditions']],
  ['en', 'Families say they have had no news of their sons since March.', ['cecot-conditions']],
  ['en', 'Officials insist the men are held in very good prisons.', ['cecot-conditions']],
  ['es', 'Los liberados contaron que sobrevivieron a un verdadero infierno.', ['cecot-conditions']],
  ['es', 'A uno de ellos le fracturaron la mandíbula durante una requisa.', ['cecot-conditions']],
  ['es', 'Dormían en el suelo de concreto, sin sábanas.', ['cecot-conditions']],
  ['es', 'Las familias pasaron meses sin noticias de sus hijos presos en El Salvador.', ['cecot-conditions']],
  [
    'es',
    'Según Bukele, el sistema penitenciario respeta los derechos humanos de todos los reos.',
    ['cecot-conditions'],
  ],
  ['es', 'Los custodios los castigaban dejándolos de pie toda la noche.', ['cecot-conditions']],
  // Round 12, second batch: "you are in hell".
  ['es', '“Aquí ya estás en el infierno”, le dijo un guardia.', ['cecot-conditions']],
  ['en', "“You're in hell now,” a guard told them.", ['cecot-conditions']],

  // Round 13, phrasings of our own: deprivations in modal form (cannot receive visits, never allowed
  // outside), lawyers unable to visit, bruises, heat, no news of a man, detainees near death; a share of
  // deaths by cause is the death count, and the migrant's dream turned nightmare, handcuffs on the plane and
  // the medical checks on return are not treatment at CECOT.
  ['en', 'Inmates there cannot receive visits from their families.', ['cecot-conditions']],
  ['en', 'The detainees were never allowed to go outside, a former guard said.', ['cecot-conditions']],
  ['en', 'Lawyers have been unable to visit their clients at the prison.', ['cecot-conditions']],
  ['en', 'He came home with bruises on his back and legs.', ['cecot-conditions']],
  ['en', 'The cells were unbearably hot, with no fans.', ['cecot-conditions']],
  ['es', 'Los reos no pueden recibir visitas de sus familias.', ['cecot-conditions']],
  ['es', 'Regresó con moretones en los brazos.', ['cecot-conditions']],
  ['es', 'Su madre pasó meses sin saber nada de él.', ['cecot-conditions']],
  ['es', 'Muchos presos están al borde de la muerte, denunció la organización.', ['cecot-conditions']],
  ['en', 'His dream of a better life turned into a nightmare at the border.', []],
  ['en', 'He was handcuffed and put on a plane in Texas.', []],
  ['es', 'Tras los controles médicos, los hombres regresaron con sus familias.', []],
  ['es', 'El 48 por ciento de las muertes en las cárceles fueron por torturas.', ['deaths-in-custody']],
  [
    'en',
    'Of the prisoners who died in custody, 40 percent showed signs of torture, the report found.',
    ['cecot-conditions', 'deaths-in-custody'],
  ],
  // Round 13, second batch, phrasings of our own: visits not received, never leaving, no rehabilitation;
  // capacity written with a space as the thousands separator; El Salvador's own first transfer, tattooed
  // inmates and innocents caught in the crackdown are not the deportees' label; life freed from the gangs.
  ['en', 'Inmates at the facility do not receive visits from relatives.', ['cecot-conditions']],
  ['en', 'The minister said the prisoners would never leave the place.', ['cecot-conditions']],
  ['en', 'Rights groups criticised the lack of any kind of rehabilitation there.', ['cecot-conditions']],
  ['es', 'El ministro afirmó que los reos nunca saldrán de allí.', ['cecot-conditions']],
  ['en', 'The new jail can hold 40 000 prisoners.', ['cecot-population']],
  ['en', 'The first 2,000 suspected gang members arrived at the new prison in February.', []],
  ['en', 'Inmates there were filmed covered in tattoos.', []],
  ['es', 'Los primeros 2.000 pandilleros llegaron al penal en febrero.', []],
  ['en', 'Residents say they now live free from the control of gangs.', ['safest-country']],
  ['es', 'Los vecinos dicen que ya viven libres del control de las pandillas.', ['safest-country']],
  // aea-invasion
  ['en', 'Trump invoked the Alien Enemies Act, claiming Tren de Aragua had invaded the country.', ['aea-invasion']],
  [
    'en',
    'The proclamation says the gang is carrying out a predatory incursion into the United States.',
    ['aea-invasion'],
  ],
  ['en', 'The administration relied on an 18th-century wartime law to remove the men.', []],
  ['en', 'An appeals court found the law was improperly invoked.', ['aea-invasion']],
  ['es', 'Trump invocó la Ley de Enemigos Extranjeros de 1798 para expulsarlos.', []],
  [
    'es',
    'La Casa Blanca sostiene que el Tren de Aragua perpetra una invasión contra Estados Unidos.',
    ['aea-invasion'],
  ],
  ['es', 'El gobierno recurrió a una ley de tiempos de guerra para acelerar las deportaciones.', []],

  // due-process
  ['en', 'Lawyers say the deportees were never given a chance to contest their removal.', ['due-process']],
  ['en', 'The judge ruled that the men were denied due process.', ['due-process']],
  ['en', 'The Supreme Court said detainees must be able to file habeas petitions before removal.', ['due-process']],
  ['en', 'They were put on planes without a hearing before any judge.', ['due-process']],
  ['es', 'Los abogados denuncian que los deportados no tuvieron debido proceso.', ['due-process']],
  ['es', 'Fueron expulsados sin juicio ni audiencia ante un juez.', ['due-process']],
  ['es', 'HRW calificó los traslados de desaparición forzada.', ['cecot-conditions']],

  // payment-amount
  ['en', 'The U.S. agreed to pay El Salvador $6 million to jail the deportees for a year.', ['payment-amount']],
  ['en', 'Bukele offered to house the prisoners for a relatively low fee.', ['payment-amount']],
  [
    'en',
    'A court filing showed a $4.76 million State Department grant to the Salvadoran government.',
    ['payment-amount'],
  ],
  ['en', 'The arrangement works out to roughly $20,000 per prisoner each year.', ['payment-amount']],
  ['es', 'Estados Unidos pagará 6 millones de dólares a El Salvador por recluir a los deportados.', ['payment-amount']],
  ['es', 'El Salvador cobró 4,7 millones por recibir a los venezolanos en el Cecot.', ['payment-amount']],
  ['es', 'Bukele ofreció una tarifa relativamente baja para recibir a los presos.', ['payment-amount']],

  // deaths-in-custody
  ['en', 'Rights groups say more than 400 people have died in state custody since 2022.', ['deaths-in-custody']],
  ['en', 'Cristosal documented 261 deaths of inmates under the emergency regime.', ['deaths-in-custody']],
  [
    'en',
    'Several prisoners died in Salvadoran jails after being beaten, relatives said.',
    ['cecot-conditions', 'deaths-in-custody'],
  ],
  ['es', 'Socorro Jurídico Humanitario contabiliza 430 muertes bajo custodia del Estado.', ['deaths-in-custody']],
  ['es', 'Cientos de reos han muerto en las cárceles durante el régimen de excepción.', ['deaths-in-custody']],
  ['es', 'Organizaciones registran unos 480 fallecidos en prisión desde 2022.', ['deaths-in-custody']],

  // Round 12 (real reporting, phrasings of our own): a death watched or let happen, the real count higher
  // than the documented one.
  [
    'en',
    'A former inmate of Izalco said he watched his cellmate die after a beating.',
    ['cecot-conditions', 'deaths-in-custody'],
  ],
  ['es', '“Lo dejaron morir sin medicinas en el penal”, dijo su madre.', ['cecot-conditions', 'deaths-in-custody']],
  ['en', 'Rights groups believe the real number of prison deaths is far higher.', ['deaths-in-custody']],
  ['es', 'Socorro Jurídico advierte de un subregistro de muertes en los penales.', ['deaths-in-custody']],
  // Round 12, second batch: one death ("víctima mortal"), the subjunctive ("muera").
  ['es', 'Temen que otro detenido muera en el penal sin atención.', ['deaths-in-custody']],
  ['es', 'Socorro Jurídico reportó la víctima mortal número 400 en las cárceles.', ['deaths-in-custody']],

  // Round 13, phrasings of our own: deaths by torture or negligence, a count that could be higher or is
  // undercounted, a numbered victim of the prison system; detainees near death are not a death.
  ['en', 'Officials deny any deaths from torture in the country’s prisons.', ['cecot-conditions', 'deaths-in-custody']],
  ['en', 'The number of deaths in prison could be even higher, the group warned.', ['deaths-in-custody']],
  ['es', 'Existe un subregistro de los fallecidos en las cárceles.', ['deaths-in-custody']],
  ['es', 'Socorro Jurídico confirmó la víctima mortal número 500 del sistema penal.', ['deaths-in-custody']],
  ['en', 'Many detainees are near death, the group warned.', ['cecot-conditions']],
  // custody-jurisdiction
  ['en', 'Trump said the men are in the sole custody of El Salvador.', ['custody-jurisdiction']],
  [
    'en',
    'El Salvador told the UN that legal responsibility for the detainees lies with the United States.',
    ['custody-jurisdiction'],
  ],
  ['en', 'The government argues U.S. courts have no power to order the prisoners returned.', ['custody-jurisdiction']],
  [
    'es',
    'El Salvador dijo a la ONU que la jurisdicción sobre los venezolanos corresponde a las autoridades extranjeras.',
    ['custody-jurisdiction'],
  ],
  ['es', 'El gobierno salvadoreño afirmó que solo facilita la infraestructura carcelaria.', ['custody-jurisdiction']],
  [
    'es',
    'Según el escrito, las autoridades salvadoreñas no han detenido a los migrantes del CECOT.',
    ['custody-jurisdiction'],
  ],

  // defied-court-order
  ['en', "The flights took off despite a federal judge's order blocking the removals.", ['defied-court-order']],
  ['en', 'Boasberg found probable cause to hold officials in criminal contempt.', ['defied-court-order']],
  ['en', 'The judge had told the government to turn the planes around.', ['defied-court-order']],
  ['en', 'Bukele mocked the ruling with a post that read "Oopsie... too late."', ['defied-court-order']],
  ['es', 'Los vuelos despegaron pese a la orden de un juez federal.', ['defied-court-order']],
  ['es', 'El juez Boasberg abrió un proceso por desacato contra el gobierno.', ['defied-court-order']],
  ['es', 'El magistrado ordenó dar la vuelta a los aviones.', ['defied-court-order']],

  // abrego-garcia-gang-claim
  ['en', 'The White House insists Abrego Garcia is a member of MS-13.', ['abrego-garcia-gang-claim']],
  ['en', 'ICE admitted that Kilmar Abrego Garcia was deported because of an administrative error.', []],
  [
    'en',
    'Abrego Garcia, who was mistakenly deported, has never been charged with a gang crime.',
    ['abrego-garcia-gang-claim'],
  ],
  ['es', 'El gobierno acusa a Kilmar Ábrego García de pertenecer a la Mara Salvatrucha.', ['abrego-garcia-gang-claim']],
  ['es', 'Abrego García fue deportado por error a El Salvador, reconoció el ICE.', []],

  // Round 12 (real reporting, phrasings of our own): the informant's rank and nickname.
  [
    'en',
    'The informant said Abrego Garcia held the rank of chequeo in the Western clique.',
    ['abrego-garcia-gang-claim'],
  ],
  ['es', 'Un informante anónimo identificó a Abrego García con el alias de Chele.', ['abrego-garcia-gang-claim']],

  // Round 13, phrasings of our own: the field sheet and the only evidence; gang unit officers named alone.
  [
    'en',
    'The gang field interview sheet is the only document tying Abrego Garcia to MS-13.',
    ['abrego-garcia-gang-claim'],
  ],
  ['es', 'La gorra de los Chicago Bulls de Abrego García fue citada como prueba.', ['abrego-garcia-gang-claim']],
  ['en', 'Gang unit officers later questioned Abrego Garcia’s coworkers about an unrelated case.', []],
  // maduro-direction
  [
    'en',
    'The proclamation claims Tren de Aragua operates at the direction of the Maduro regime.',
    ['maduro-direction'],
  ],
  ['en', 'U.S. intelligence concluded that Maduro is not directing Tren de Aragua.', ['maduro-direction']],
  ['es', 'Trump acusa a Maduro de enviar al Tren de Aragua a Estados Unidos.', ['maduro-direction']],
  [
    'es',
    'Un informe de inteligencia concluye que el régimen de Maduro no controla al Tren de Aragua.',
    ['maduro-direction'],
  ],

  // Round 12 (real reporting, phrasings of our own): shelter given to the gang, the gang seen as a threat, a
  // finding that refutes the justification.
  ['en', 'The regime offers the gang a safe haven, the FBI memo claims.', ['maduro-direction']],
  ['en', 'Analysts say Venezuelan security forces see Tren de Aragua as a threat.', ['maduro-direction']],
  [
    'es',
    'Los militares venezolanos consideran al Tren de Aragua como una amenaza, dice el informe.',
    ['maduro-direction'],
  ],
  [
    'es',
    'La evaluación refuta la principal justificación del gobierno sobre el régimen de Maduro.',
    ['maduro-direction'],
  ],
  ['es', 'Según la inteligencia, el régimen de Maduro da refugio al Tren de Aragua.', ['maduro-direction']],
  // Round 12, second batch: the leader linked to or partnered with the gang, the regime as its facilitator;
  // the state of exception ("régimen de excepción") is not the regime.
  ['es', 'La fiscalía vincula al presidente venezolano con el Tren de Aragua.', ['maduro-direction']],
  ['en', 'The new charges link the Venezuelan leader to Tren de Aragua.', ['maduro-direction']],
  ['en', 'Prosecutors say Maduro partnered with Tren de Aragua for years.', ['maduro-direction']],
  ['es', 'El fiscal sostiene que Maduro se alió con narcoterroristas.', ['maduro-direction']],
  ['es', 'Según la acusación, el régimen actuó como facilitador de bandas criminales.', ['maduro-direction']],
  ['es', 'Bajo el régimen de excepción, el gobierno combate a las pandillas.', []],

  // Round 13, phrasings of our own: bodies counted outside the official homicide figures.
  ['en', 'Prosecutors’ files show 212 bodies recovered from clandestine graves since 2019.', ['safest-country']],
  ['es', 'Los registros fiscales muestran 212 cuerpos hallados en fosas clandestinas desde 2019.', ['safest-country']],
  // Round 13, phrasings of our own: the gang affiliated with the regime, a finding that refutes the
  // central argument; a memo released with no finding is not the claim.
  ['en', 'Trump said Tren de Aragua is closely affiliated with the Maduro regime.', ['maduro-direction']],
  [
    'en',
    'The assessment refutes the administration’s central argument that Maduro controls the gang.',
    ['maduro-direction'],
  ],
  ['es', 'Según Trump, el Tren de Aragua está vinculado con el régimen de Maduro.', ['maduro-direction']],
  ['es', 'El informe desmiente la afirmación de que Maduro dirige la banda.', ['maduro-direction']],
  ['es', 'Un informe desclasificado desmiente el argumento central del Gobierno sobre la banda.', ['maduro-direction']],
  ['en', 'The intelligence office released the Maduro memo after a records request.', []],
  // safest-country
  [
    'en',
    'Bukele says his crackdown has made El Salvador the safest country in the Western Hemisphere.',
    ['safest-country'],
  ],
  [
    'en',
    'The homicide rate fell to 1.9 per 100,000 inhabitants in 2024, according to the government.',
    ['safest-country'],
  ],
  [
    'en',
    'Prosecutors allege the early drop in killings followed a secret pact with MS-13 leaders.',
    ['safest-country'],
  ],
  ['es', 'El gobierno atribuye al régimen de excepción la reducción histórica de los homicidios.', ['safest-country']],
  ['es', 'Bukele presume que El Salvador es hoy el país más seguro de América.', ['safest-country']],
  ['es', 'Fiscales estadounidenses investigaron un pacto secreto con las pandillas.', ['safest-country']],

  // Round 12 (real reporting, phrasings of our own): homicides not fully counted, graves outside custody, a
  // count of homicides; the killings that set off the regime are not the figures.
  ['en', 'Critics say killings in El Salvador are no longer fully counted by the police.', ['safest-country']],
  ['en', 'Forensic teams keep finding clandestine graves that never enter the official tally.', ['safest-country']],
  ['es', 'Periodistas denuncian que el gobierno maquilla las cifras de homicidios.', ['safest-country']],
  ['es', 'La policía reportó 3 homicidios durante el fin de semana largo.', ['safest-country']],
  ['es', 'Hallaron una fosa clandestina con restos de víctimas de pandillas en Chalatenango.', ['safest-country']],
  ['en', 'The emergency was declared after gangs killed 87 people over a single weekend.', []],
  ['es', 'El régimen se aprobó tras una ola de violencia que dejó 62 homicidios en un solo día.', []],
  // Round 12, second batch: the country "lives in peace".
  ['en', 'Bukele says the country now lives in peace.', ['safest-country']],
  ['es', 'Bukele asegura que El Salvador vive en paz.', ['safest-country']],

  // deportee-count
  [
    'en',
    'The three flights carried 261 people, including 23 alleged MS-13 members.',
    ['deportee-count', 'gang-membership'],
  ],
  ['en', 'Of those, 137 were removed under the Alien Enemies Act and the rest under Title 8.', ['deportee-count']],
  ['en', 'Venezuela received 252 Venezuelans released from the prison in July.', ['deportee-count']],
  ['en', 'Rubio announced that 17 more gang members had been sent to El Salvador.', ['deportee-count']],
  ['es', 'Los vuelos llevaron a 261 personas a El Salvador.', ['deportee-count']],
  ['es', 'Venezuela recibió a los 252 venezolanos liberados del Cecot.', ['deportee-count']],

  // abrego-garcia-return
  [
    'en',
    'Bukele said he did not have the power to return Abrego Garcia to the United States.',
    ['abrego-garcia-return'],
  ],
  ['en', "The Supreme Court told the administration to facilitate Abrego Garcia's release.", ['abrego-garcia-return']],
  ['en', 'Abrego Garcia was brought back in June to face smuggling charges in Tennessee.', ['abrego-garcia-return']],
  ['es', 'Bukele dijo que no tiene el poder de devolver a Ábrego García.', ['abrego-garcia-return']],
  [
    'es',
    'Abrego García regresó a Estados Unidos para enfrentar cargos de tráfico de personas.',
    ['abrego-garcia-return'],
  ],

  // Round 12 (courts, custody and numbers), phrasings written for the concepts, not taken from
  // articles: operations that went on nevertheless; the order and its timing alone; "desafiar" as a
  // challenge to a stance or a policy; the US as the one that controls the men; a court's power to
  // review the president's judgement (the Act, not custody); notice called inadequate and hearings
  // left out; Abrego Garcia's return in the passive, and the man named by his wrongful deportation.
  ['en', 'The government nevertheless went ahead with the removals, officials confirmed.', ['defied-court-order']],
  ['en', 'The men were flown out despite a federal judge having barred the removals.', ['defied-court-order']],
  ['es', 'Sin embargo, el gobierno siguió con los vuelos de expulsión hacia El Salvador.', ['defied-court-order']],
  ['es', 'Los aviones, aun así, aterrizaron en San Salvador.', ['defied-court-order']],
  ['es', 'El gobierno deportó a los hombres violando la orden de un juez federal.', ['defied-court-order']],
  ['es', 'Los traslados se hicieron a pesar de una orden de restricción temporal.', ['defied-court-order']],
  ['en', 'The judge ordered the two planes to return to the U.S. immediately.', []],
  ['en', 'He issued his oral order while the aircraft were already airborne.', []],
  ['es', 'El juez emitió su orden verbal cuando los aviones ya estaban en el aire.', []],
  ['es', 'La ACLU desafió la constitucionalidad de la ley ante los tribunales.', []],
  ['es', 'Es uno de los muchos desafíos legales a la política migratoria del gobierno.', []],
  ['en', 'Rights groups say Washington still controls the men held in El Salvador.', ['custody-jurisdiction']],
  ['en', "The filing shows the administration manages the deportees' fate, not Bukele.", ['custody-jurisdiction']],
  ['en', 'Officials insisted they were powerless to bring back the Venezuelan prisoners.', ['custody-jurisdiction']],
  ['en', 'Lawyers dispute the deportees’ custody status.', ['custody-jurisdiction']],
  [
    'es',
    'El informe revela que Estados Unidos controla a los venezolanos recluidos en el Cecot.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'El gobierno alegó que no podía traer de regreso a los hombres enviados a El Salvador.',
    ['custody-jurisdiction'],
  ],
  ['es', 'Según la ONU, los deportados ya no estaban bajo custodia de Estados Unidos.', ['custody-jurisdiction']],
  [
    'en',
    "The solicitor general said courts may not second-guess the president's determination under the statute.",
    ['aea-invasion'],
  ],
  [
    'es',
    'El abogado sostuvo que los tribunales no pueden cuestionar la decisión del presidente de invocar la ley.',
    ['aea-invasion'],
  ],
  ['en', 'The ACLU argued that the use of this 1798 law against a gang is improper.', ['aea-invasion']],
  ['en', '"We are not at war with Venezuela," the lawyer told the judges.', ['aea-invasion']],
  ['es', 'Para los demandantes, el uso de esa ley de guerra resulta ilegal.', ['aea-invasion']],
  ['es', '“No estamos en guerra con Venezuela”, dijo el abogado ante el tribunal.', ['aea-invasion']],
  ['en', 'The detainees were bused to the airport with scant notice.', ['due-process']],
  ['en', 'The judge said the Venezuelans must be given judicial review before removal.', ['due-process']],
  ['en', 'Advocates say the expedited process does not include hearings for the migrants.', ['due-process']],
  [
    'es',
    'Los abogados denunciaron que los venezolanos no recibieron un aviso suficiente antes de ser expulsados.',
    ['due-process'],
  ],
  ['es', 'El procedimiento no contempla audiencias para los migrantes.', ['due-process']],
  ['es', 'Tendrán tiempo para presentar su defensa ante un juez antes de ser deportados.', ['due-process']],
  ['en', 'Abrego Garcia appeared before a magistrate judge in Nashville on the smuggling charges.', []],
  ['en', 'The Maryland man was returned to Tennessee to face charges.', ['abrego-garcia-return']],
  [
    'en',
    'The government insisted it could not bring back a man wrongly deported to El Salvador.',
    ['abrego-garcia-return'],
  ],
  [
    'es',
    'La Corte dijo que el gobierno debía traer de regreso al hombre deportado por error a El Salvador.',
    ['abrego-garcia-return'],
  ],
  ['es', 'El salvadoreño de Maryland fue devuelto a Estados Unidos en junio.', ['abrego-garcia-return']],
  ['en', 'Before his release from immigration detention, Abrego Garcia spent months in a Pennsylvania jail.', []],
  ['es', 'Ábrego García fue liberado de la custodia migratoria en diciembre.', []],
  ['en', 'Bukele said Washington would pay a relatively low price to keep them.', ['payment-amount']],
  ['en', 'About 130 were later put on buses and flown to El Salvador.', ['deportee-count']],
  ['es', 'Según el acta, 90 fueron subidos a un avión y enviados a El Salvador.', ['deportee-count']],
  ['en', 'The administration agreed to pay El Salvador to hold the men for a year.', []],
  ['es', 'Washington acordó pagar a El Salvador para recluir a los deportados.', []],
  ['en', 'The decision gives the Venezuelans a path to contest their designation as enemy aliens.', ['due-process']],
  ['en', 'Many of the men were never told that they would be sent to El Salvador.', ['due-process']],
  ['es', 'Los venezolanos fueron expulsados sin derecho a apelación.', ['due-process']],
  ['es', 'Los detenidos no fueron informados de que serían trasladados a El Salvador.', ['due-process']],
  [
    'en',
    'Mass migration by itself is not an invasion under the Alien Enemies Act, the judges wrote.',
    ['aea-invasion'],
  ],
  ['es', 'Según el fallo, la migración ilegal por sí sola no equivale a una invasión.', ['aea-invasion']],
  ['en', 'Critics say Trump is using a wartime law in peacetime.', ['aea-invasion']],
  ['es', 'El juez dictó una prohibición definitiva contra el uso de la ley de 1798.', ['aea-invasion']],
  ['es', 'La norma de 1798 se usó contra los venezolanos, aunque el juez la suspendió horas después.', []],
  ['en', 'At least 250 U.S. deportees remain in the prison, the lawsuit says.', ['deportee-count']],
  ['en', 'The deportees were given no chance to speak with a lawyer before the flights.', ['due-process']],
  ['en', 'The Venezuelans were not allowed to contest the gang label before removal.', ['due-process']],
  ['es', 'Los deportados fueron subidos a los aviones sin poder hablar con un abogado.', ['due-process']],
  ['es', 'A los venezolanos no se les permitió impugnar su expulsión.', ['due-process']],
  // Paraphrases added after the first run.
  ['en', 'Many of the men had no criminal history in the U.S., according to court filings.', ['gang-membership']],
  ['en', 'The government has provided no evidence that the men belong to Tren de Aragua.', ['gang-membership']],
  ['en', "The U.S. paid Bukele's government about $5 million, CNN reported.", ['payment-amount']],
  ['en', 'The State Department set aside up to $15 million for the arrangement.', ['payment-amount']],
  ['en', 'Socorro Jurídico says hundreds of detainees have died behind bars.', ['deaths-in-custody']],
  ['en', 'Cristosal says at least 261 people died in custody.', ['deaths-in-custody']],
  ['en', 'The men were transferred to CECOT without any court hearing.', ['due-process']],
  ['en', 'A federal appeals court said the president could not use the 1798 law against the gang.', ['aea-invasion']],
  ['en', "Abrego Garcia's attorneys say he has no ties to any gang.", ['abrego-garcia-gang-claim']],
  ['en', 'Judge Boasberg ruled that the administration violated his order.', ['defied-court-order']],
  ['es', 'Ningún tribunal ha determinado que los deportados pertenecieran al Tren de Aragua.', ['gang-membership']],
  ['es', 'Bukele calificó a Abrego García de terrorista.', ['abrego-garcia-gang-claim']],
  [
    'es',
    'El gobierno de Trump argumenta que los tribunales no pueden ordenar el regreso de los presos.',
    ['custody-jurisdiction'],
  ],
  ['es', 'Washington pagó a El Salvador unos 4,76 millones de dólares.', ['payment-amount']],
  ['es', 'La tasa de homicidios bajó a 1,9 por cada 100.000 habitantes.', ['safest-country']],
  ['es', 'Según Cristosal, al menos 261 personas murieron bajo custodia.', ['deaths-in-custody']],
  ['es', 'El gobierno ignoró la orden del juez Boasberg.', ['defied-court-order']],

  // Second batch, written before the triggers were extended to cover them.
  ['en', 'Most of the Venezuelans had no apparent criminal record, a CBS analysis found.', ['gang-membership']],
  ['en', 'Only a handful had been convicted of violent crimes in the United States.', ['gang-membership']],
  ['en', 'The prison is notorious for overcrowded cells.', ['cecot-conditions']],
  [
    'en',
    'The administration argues the 1798 statute gives the president broad power over "alien enemies."',
    ['aea-invasion'],
  ],
  ['en', "Lawyers for the men said they were deported with less than a day's notice.", ['due-process']],
  ['en', 'Officials have not said how much the U.S. is paying El Salvador.', ['payment-amount']],
  ['en', 'At least 350 people have died in Salvadoran prisons since March 2022.', ['deaths-in-custody']],
  [
    'en',
    "A State Department lawyer told the court the men were under El Salvador's authority.",
    ['custody-jurisdiction'],
  ],
  ['en', 'Vance called Abrego Garcia a convicted MS-13 gang member.', ['abrego-garcia-gang-claim']],
  ['en', 'Homicides had been falling for years before Bukele took office.', ['safest-country']],
  ['en', 'The official homicide count leaves out people killed in clashes with police.', ['safest-country']],
  [
    'es',
    'La mayoría de los venezolanos enviados al Cecot no tenía condenas en Estados Unidos, según ProPublica.',
    ['gang-membership'],
  ],
  [
    'es',
    'Según el DHS, los deportados son integrantes de la organización criminal Tren de Aragua.',
    ['gang-membership'],
  ],
  [
    'es',
    'El CECOT, con capacidad para 40.000 internos, es la joya del plan de seguridad de Bukele.',
    ['cecot-population'],
  ],
  ['es', 'Exreclusos venezolanos denunciaron que fueron golpeados a diario por los custodios.', ['cecot-conditions']],
  ['es', 'Human Rights Watch documentó violencia sexual contra al menos tres detenidos.', ['cecot-conditions']],
  ['es', 'La administración Trump alegó que el Tren de Aragua estaba invadiendo el país.', ['aea-invasion']],
  [
    'es',
    'Los migrantes recibieron un aviso de apenas 24 horas antes de su expulsión, según sus abogados.',
    ['due-process'],
  ],
  ['es', 'El acuerdo contemplaba un pago de unos 20.000 dólares por cada preso al año.', ['payment-amount']],
  ['es', 'Desde 2022, al menos 480 personas han muerto en las cárceles salvadoreñas.', ['deaths-in-custody']],
  [
    'es',
    'El gobierno de Bukele asegura que los venezolanos están bajo jurisdicción de Estados Unidos.',
    ['custody-jurisdiction'],
  ],
  ['es', 'La Casa Blanca ignoró la orden judicial y los aviones aterrizaron en San Salvador.', ['defied-court-order']],
  ['es', 'Vance insistió en que Ábrego García es un pandillero de la MS-13.', ['abrego-garcia-gang-claim']],
  [
    'es',
    'La inteligencia estadounidense concluyó que el Tren de Aragua no actúa bajo órdenes de Maduro.',
    ['maduro-direction'],
  ],
  ['es', 'El Salvador registra mínimos históricos de homicidios, según el gobierno.', ['safest-country']],
  ['es', 'En total, 238 venezolanos fueron enviados al CECOT en marzo.', ['deportee-count']],
  ['es', 'Ábrego García fue devuelto a Estados Unidos en junio.', ['abrego-garcia-return']],
  ['en', 'Bukele posted a video of the prisoners being shaved and shackled.', []],
  ['en', "El Salvador's Working Group filing was made public in July.", []],
  ['es', 'Bukele publicó un video de los reos rapados y encadenados.', []],
  ['es', 'La cárcel tiene ocho pabellones y está rodeada por muros de 11 metros.', []],
  ['es', 'El ministro Villatoro acompañó a Noem durante el recorrido.', []],
  ['es', 'Los familiares marcharon en Caracas para exigir el regreso de los migrantes.', []],
  ['es', 'El Tren de Aragua es liderado por Héctor Guerrero, alias Niño Guerrero.', []],

  // Three held-out batches, written before the triggers were tuned on them (first-run recall 0.56,
  // 0.69 and 0.55; precision 0.90, 1.00 and 1.00); kept as regression cases.
  ['en', 'Trump has said the Venezuelans were "monsters" belonging to Tren de Aragua.', ['gang-membership']],
  ['en', 'Court records reviewed by reporters show dozens of the men had only entered the country illegally.', []],
  ['en', 'The White House maintains that every man on the planes was a terrorist.', ['gang-membership']],
  ['en', 'Many families say their relatives were targeted because of soccer tattoos.', ['gang-membership']],
  ['en', 'Bukele opened the 40,000-capacity prison in 2023.', ['cecot-population']],
  ['en', 'The lockup is estimated to hold roughly 15,000 men.', ['cecot-population']],
  ['en', 'Detainees told investigators they were kicked and punched by guards.', ['cecot-conditions']],
  ['en', 'The Salvadoran government says prisoners are treated humanely.', ['cecot-conditions']],
  [
    'en',
    'The 1798 act can only be used when the country is at war or facing an invasion, critics argue.',
    ['aea-invasion'],
  ],
  [
    'en',
    'The justices ruled that the migrants must be given time to challenge their deportations in court.',
    ['due-process'],
  ],
  ['en', 'None of the men saw a judge before they were put on the plane.', ['due-process']],
  ['en', 'El Salvador received roughly $4.7 million from Washington under the arrangement.', ['payment-amount']],
  [
    'en',
    'Hundreds of inmates have died in Salvadoran custody since the crackdown began, according to Cristosal.',
    ['deaths-in-custody'],
  ],
  [
    'en',
    'The administration says it has no control over what happens to the men in El Salvador.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Critics accused the administration of ignoring a federal judge by keeping the flights in the air.',
    ['defied-court-order'],
  ],
  ['en', 'Officials have repeatedly labeled Abrego Garcia a gang member.', ['abrego-garcia-gang-claim']],
  ['en', 'The proclamation treats the gang as an arm of the Venezuelan state.', ['maduro-direction']],
  ['en', 'El Salvador now reports fewer murders than almost any country in Latin America.', ['safest-country']],
  ['en', 'About 250 Venezuelans were held at the prison until July.', ['deportee-count']],
  ['en', 'Abrego Garcia was flown back from El Salvador in June.', ['abrego-garcia-return']],
  ['en', "The prison has become a symbol of Bukele's security policy.", []],
  ['en', 'Noem thanked El Salvador for its cooperation on deportation flights.', []],
  ['en', 'The Venezuelan gang has been designated a foreign terrorist organization.', []],
  ['es', 'La Casa Blanca asegura que todos los deportados son criminales peligrosos.', ['gang-membership']],
  [
    'es',
    'Un análisis de ProPublica concluyó que la mayoría no había cometido delitos en Estados Unidos.',
    ['gang-membership'],
  ],
  ['es', 'El Cecot tiene espacio para 40 mil reos, según el gobierno.', ['cecot-population']],
  ['es', 'Los venezolanos relataron palizas y castigos dentro del penal.', ['cecot-conditions']],
  ['es', 'El gobierno de Trump sostiene que el Tren de Aragua ha invadido Estados Unidos.', ['aea-invasion']],
  ['es', 'Los jueces concluyeron que los migrantes no tuvieron la oportunidad de defenderse.', ['due-process']],
  ['es', 'Washington desembolsó casi 5 millones de dólares al gobierno salvadoreño.', ['payment-amount']],
  ['es', 'Más de 400 detenidos han fallecido en las cárceles desde 2022.', ['deaths-in-custody']],
  [
    'es',
    'El Salvador sostiene que los venezolanos estaban bajo responsabilidad de Estados Unidos.',
    ['custody-jurisdiction'],
  ],
  ['es', 'El juez acusó al gobierno de desobedecer deliberadamente su orden.', ['defied-court-order']],
  [
    'es',
    'Funcionarios estadounidenses insisten en que Ábrego García pertenece a la MS-13.',
    ['abrego-garcia-gang-claim'],
  ],
  ['es', 'La inteligencia estadounidense descartó que Maduro dirija a la banda.', ['maduro-direction']],
  ['es', 'Los homicidios en El Salvador se desplomaron tras la guerra contra las pandillas.', ['safest-country']],
  ['es', 'En marzo fueron trasladados al Cecot 238 venezolanos.', ['deportee-count']],
  ['es', 'Ábrego García volvió a Estados Unidos para ser juzgado en Tennessee.', ['abrego-garcia-return']],
  ['es', 'El penal se ubica en Tecoluca, a unos 74 kilómetros de la capital.', []],
  ['es', 'Bukele ganó las elecciones de 2024 con amplia ventaja.', []],
  ['es', 'Noem agradeció a El Salvador su cooperación en materia migratoria.', []],
  ['en', 'Washington has offered little public evidence tying the deportees to any gang.', ['gang-membership']],
  ['en', 'Rubio described those on board as "violent criminals."', ['gang-membership']],
  ['en', 'A review of DHS records found that only a small fraction had committed violent crimes.', ['gang-membership']],
  ['en', 'The prison, which Bukele says can house 40,000 people, is the largest in the region.', ['cecot-population']],
  ['en', 'No one outside the government knows exactly how many inmates are inside.', []],
  ['en', 'Former detainees say they were tortured during their four months inside.', ['cecot-conditions']],
  ['en', 'Bukele has dismissed reports of mistreatment as propaganda.', ['cecot-conditions']],
  ['en', "The administration argues that the gang's presence amounts to an invasion under the law.", ['aea-invasion']],
  ['en', 'Legal scholars say the statute was written for wartime and does not cover criminal gangs.', ['aea-invasion']],
  ['en', 'The men were never told why they were being deported, their lawyers said.', ['due-process']],
  ['en', 'The high court said detainees are entitled to notice before they are removed.', ['due-process']],
  ['en', 'According to CNN, less than $5 million had actually been transferred by April.', ['payment-amount']],
  ['en', 'The two governments have not disclosed the full cost of the arrangement.', []],
  ['en', 'The group has counted more than 400 deaths in Salvadoran prisons since 2022.', ['deaths-in-custody']],
  [
    'en',
    "Bukele's government has said the deportees are the responsibility of the United States.",
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'The judge said the government appeared to have willfully disregarded his instructions.',
    ['defied-court-order'],
  ],
  ['en', 'Abrego Garcia denies any connection to MS-13.', ['abrego-garcia-gang-claim']],
  ['en', 'Bukele said it would be absurd to send a terrorist back to the United States.', []],
  ['en', 'The intelligence community found no evidence that Caracas controls the gang.', ['maduro-direction']],
  ['en', 'Supporters credit the crackdown with making the streets safe again.', []],
  ['en', 'Officials said 238 Venezuelans and 23 Salvadorans were on the flights.', ['deportee-count']],
  ['en', "A judge ordered the government to facilitate Abrego Garcia's return.", ['abrego-garcia-return']],
  ['en', 'The Supreme Court will hear arguments in the case next term.', []],
  ['en', 'Noem wore a baseball cap during the tour.', []],
  ['es', 'Sus familias aseguran que no tienen vínculos con ninguna pandilla.', ['gang-membership']],
  ['es', 'El penal, con capacidad para 40.000 personas, es el más grande de la región.', ['cecot-population']],
  ['es', 'Los exdetenidos denunciaron torturas y malos tratos durante su reclusión.', ['cecot-conditions']],
  ['es', 'Juristas sostienen que la ley de 1798 solo puede aplicarse en tiempos de guerra.', ['aea-invasion']],
  ['es', 'Los deportados nunca comparecieron ante un juez.', ['due-process']],
  ['es', 'El acuerdo costó a Washington unos 6 millones de dólares, según AP.', ['payment-amount']],
  ['es', 'Cristosal ha documentado más de 260 muertes de reos bajo el régimen de excepción.', ['deaths-in-custody']],
  ['es', 'Trump afirmó que los hombres están bajo custodia exclusiva de El Salvador.', ['custody-jurisdiction']],
  ['es', 'El gobierno negó haber incumplido la orden judicial.', ['defied-court-order']],
  ['es', 'El vicepresidente acusó a Ábrego García de ser integrante de la MS-13.', ['abrego-garcia-gang-claim']],
  ['es', 'Según Trump, el Tren de Aragua opera bajo las órdenes del gobierno de Maduro.', ['maduro-direction']],
  ['es', 'El gobierno asegura que El Salvador es hoy el país más seguro del hemisferio.', ['safest-country']],
  ['es', 'Unos 252 venezolanos fueron repatriados en julio.', ['deportee-count']],
  ['es', 'La Corte Suprema ordenó facilitar el regreso de Ábrego García.', ['abrego-garcia-return']],
  ['es', 'La visita de Noem duró unas dos horas.', []],
  ['es', 'El Tren de Aragua se expandió por Chile, Perú y Colombia.', []],

  [
    'en',
    'Immigration officials insisted the Venezuelans were dangerous members of a transnational criminal organization.',
    ['gang-membership'],
  ],
  [
    'en',
    'Several of the deportees had pending asylum claims and no criminal convictions.',
    ['gang-membership', 'due-process'],
  ],
  ['en', 'The mega-prison, designed for up to 40,000 inmates, is far from full, officials say.', ['cecot-population']],
  ['en', 'Returnees described being forced to kneel for hours and beaten with batons.', ['cecot-conditions']],
  ['en', 'Salvadoran officials reject claims that prisoners are abused.', ['cecot-conditions']],
  [
    'en',
    "Trump's proclamation declared that Tren de Aragua was waging irregular warfare against the country.",
    ['aea-invasion'],
  ],
  [
    'en',
    'The men were given no opportunity to present evidence that they were not gang members.',
    ['due-process', 'gang-membership'],
  ],
  ['en', 'The payment, roughly $6 million, was first reported by The Associated Press.', ['payment-amount']],
  ['en', 'Socorro Jurídico Humanitario said 430 prisoners had died since the emergency began.', ['deaths-in-custody']],
  [
    'en',
    'The State Department argued that it could not compel a foreign government to release anyone.',
    ['custody-jurisdiction'],
  ],
  ['en', 'An appeals court later threw out the contempt finding.', ['defied-court-order']],
  ['en', 'His lawyers say the gang accusation was based on a single unverified tip.', []],
  [
    'en',
    "A declassified memo said the Venezuelan government was not coordinating the gang's activities in the US.",
    ['maduro-direction'],
  ],
  ['en', 'Murders have plunged since the emergency decree, the government says.', ['safest-country']],
  [
    'en',
    'The United States sent 17 more alleged gang members to El Salvador at the end of March.',
    ['deportee-count', 'gang-membership'],
  ],
  [
    'en',
    'After weeks of refusals, the administration brought Abrego Garcia back to face charges.',
    ['abrego-garcia-return'],
  ],
  ['en', 'The flights left from an airport in South Texas.', []],
  ['en', 'CECOT was opened in early 2023 in the town of Tecoluca.', []],
  [
    'es',
    'Las autoridades migratorias aseguraron que los venezolanos eran integrantes de una organización criminal transnacional.',
    ['gang-membership'],
  ],
  ['es', 'Según la prensa, el penal alberga a unos 15.000 presos.', ['cecot-population']],
  [
    'es',
    'Los repatriados contaron que los obligaban a arrodillarse durante horas y que los golpeaban con porras.',
    ['cecot-conditions'],
  ],
  [
    'es',
    'La proclamación de Trump sostiene que el Tren de Aragua libra una guerra irregular contra el país.',
    ['aea-invasion'],
  ],
  ['es', 'No se les dio oportunidad de demostrar que no eran pandilleros.', ['due-process', 'gang-membership']],
  ['es', 'La agencia AP informó de un pago de unos 6 millones de dólares.', ['payment-amount']],
  [
    'es',
    'Socorro Jurídico Humanitario contabiliza 430 reos fallecidos desde que empezó el régimen.',
    ['deaths-in-custody'],
  ],
  ['es', 'Un tribunal de apelaciones anuló después la decisión sobre el desacato.', ['defied-court-order']],
  ['es', 'Los homicidios se han reducido drásticamente desde 2022, según el gobierno.', ['safest-country']],
  [
    'es',
    'Estados Unidos envió otros 17 presuntos pandilleros a El Salvador a finales de marzo.',
    ['deportee-count', 'gang-membership'],
  ],
  [
    'es',
    'Tras semanas de negativas, el gobierno trajo de vuelta a Ábrego García para juzgarlo.',
    ['abrego-garcia-return'],
  ],
  ['es', 'Los vuelos salieron de un aeropuerto del sur de Texas.', []],
  // Sentences that mention the story without making or reporting a disputed claim.
  ['en', 'Kristi Noem toured the prison on Wednesday and met President Nayib Bukele afterwards.', []],
  ['en', 'The prison sits in a rural area about 45 miles from San Salvador.', []],
  ['en', 'Her trip continued to Colombia and Mexico later in the week.', []],
  ['en', 'The Department of Homeland Security did not respond to a request for comment.', []],
  ['en', 'MS-13 was founded in Los Angeles in the 1980s by Salvadoran immigrants.', []],
  ['en', 'Abrego Garcia lives in Maryland with his wife and children.', []],
  ['en', 'The Alien Enemies Act was passed in 1798 under President John Adams.', []],
  ['en', 'Bukele took office in 2019 and was re-elected in 2024.', []],
  ['en', 'Noem spoke to reporters outside the facility.', []],
  ['en', 'The secretary posted a video from inside the prison on social media.', []],
  ['en', 'Maduro was captured by U.S. forces in January.', []],
  ['en', 'El Salvador reached a loan agreement with the IMF worth $1.4 billion.', []],
  ['en', 'Boasberg is the chief judge of the federal court in Washington.', []],
  ['en', 'Venezuela resumed accepting deportation flights in February.', []],
  ['en', 'The state of exception was extended again on Tuesday.', []],
  ['en', 'Rubio met Bukele at his lakeside residence in February.', []],
  ['en', 'The gang was born inside Tocorón prison in Aragua state.', []],
  ['en', 'The visit lasted about two hours, a spokesperson said.', []],
  ['es', 'Kristi Noem recorrió el penal el miércoles y luego se reunió con Nayib Bukele.', []],
  ['es', 'La cárcel está en Tecoluca, en el departamento de San Vicente.', []],
  ['es', 'La secretaria viajó después a Colombia y México.', []],
  ['es', 'La MS-13 nació en Los Ángeles en los años ochenta.', []],
  ['es', 'Abrego García vive en Maryland con su esposa y sus hijos.', []],
  ['es', 'La Ley de Enemigos Extranjeros se aprobó en 1798.', []],
  ['es', 'Bukele asumió la presidencia en 2019.', []],
  ['es', 'El Departamento de Seguridad Nacional no respondió a las preguntas.', []],
  ['es', 'La Asamblea aprobó una nueva prórroga del régimen de excepción.', []],
  ['es', 'Maduro fue capturado por fuerzas estadounidenses en enero.', []],
  ['es', 'El Tren de Aragua nació en la cárcel de Tocorón.', []],
  ['es', 'Noem habló con periodistas a la salida del penal.', []],
  ['es', 'La roya y los bajos precios golpearon al sector cafetalero.', []],
  ['en', 'The United States offered a $15 million reward for information leading to his arrest.', []],
  ['en', 'The prison was built in 2022 and opened the following year.', []],
  ['en', 'The flights departed from Harlingen, Texas, on Saturday evening.', []],
  ['en', 'Judge Xinis scheduled a hearing for next week.', []],
  ['en', 'More than 85,000 people have been arrested under the state of exception.', []],
  ['en', "Bukele's approval ratings remain above 80 percent.", []],
  ['en', 'The CECOT deal was negotiated by Rubio during a February visit.', []],
  ['en', "Noem's department spent $220 million on an advertising campaign.", []],
  ['en', 'Venezuela has seen 7.7 million people leave since 2014.', []],
  ['en', 'The 2,000 inmates were moved from Izalco prison in February 2023.', []],
  ['en', 'Human rights groups sued the administration on Saturday.', []],
  ['en', "Abrego Garcia's lawyers filed a new motion on Monday.", []],
  ['en', 'The 60 Minutes segment was pulled hours before it was due to air.', []],
  ['en', 'Tren de Aragua has spread across Latin America with Venezuelan migration.', []],
  ['en', 'The Justice Department appealed the ruling to the D.C. Circuit.', []],
  ['en', 'Officials said 23 people were injured in the crash.', []],
  ['es', 'Más de 85.000 personas han sido detenidas bajo el régimen de excepción.', []],
  ['es', 'La cárcel fue inaugurada en enero de 2023.', []],
  ['es', 'El Departamento de Justicia apeló el fallo ante el Circuito de D.C.', []],
  ['es', 'Las organizaciones de derechos humanos presentaron una demanda el sábado.', []],
  ['es', 'El Salvador firmó un acuerdo con el FMI por 1.400 millones de dólares.', []],
  ['es', 'El fiscal Tarek William Saab ofreció una rueda de prensa.', []],
  // Concepts of the third round (word forms, epithets, detainees' accounts, who does what), and
  // Bukele's crackdown at home, which is neither the deportees' gang accusation nor their due process.
  ['en', 'Trump called the deportees "monsters" who had invaded the country.', ['gang-membership']],
  [
    'en',
    'Officials said the men were "heinous" criminals and members of a terrorist organization.',
    ['gang-membership'],
  ],
  ['en', 'Only 32 of the men had criminal convictions in the United States.', ['gang-membership']],
  [
    'en',
    'The government used an "Alien Enemy Validation Guide" that scored tattoos, hand gestures and clothing.',
    ['gang-membership'],
  ],
  ['en', 'ICE labeled him a member of Tren de Aragua.', ['gang-membership']],
  ['es', 'Sus familias niegan que pertenezcan al Tren de Aragua.', ['gang-membership']],
  ['es', 'Su abogado dijo que es futbolista, no pandillero.', ['gang-membership']],
  ['es', 'Nunca ha pertenecido a ninguna pandilla, dijo su madre.', ['gang-membership']],
  ['en', 'Inmates are allowed out of their cells for only 30 minutes a day.', ['cecot-conditions']],
  ['en', 'They were given rotten food and dirty water.', ['cecot-conditions']],
  ['en', 'He lost 40 pounds during his four months at the prison.', ['cecot-conditions']],
  ['en', 'Prisoners never see sunlight and are not allowed visits from relatives.', ['cecot-conditions']],
  ['en', 'He said he was punched and kicked on arrival.', ['cecot-conditions']],
  ['en', 'Many were denied medication for chronic illnesses.', ['cecot-conditions']],
  ['en', 'Dozens of men share a cell designed for far fewer, sleeping in shifts.', ['cecot-conditions']],
  ['en', 'They were forced to sit on the floor for hours in stress positions.', ['cecot-conditions']],
  ['en', 'The guards threatened to kill them if they spoke.', ['cecot-conditions']],
  ['en', 'The inmates were given just one meal a day.', ['cecot-conditions']],
  ['en', 'Several men attempted suicide, their families said.', ['cecot-conditions']],
  ['es', 'Los custodios lo golpearon tan fuerte que no pudo caminar por días.', ['cecot-conditions']],
  ['es', 'Les daban comida podrida y agua sucia.', ['cecot-conditions']],
  ['es', 'Nunca ven la luz del sol y no se les permiten visitas.', ['cecot-conditions']],
  ['es', 'Perdió 20 kilos durante los meses que estuvo en la cárcel.', ['cecot-conditions']],
  ['es', 'Varios hombres intentaron suicidarse, según sus familias.', ['cecot-conditions']],
  ['es', 'El gobierno salvadoreño asegura que los reos reciben un trato humano.', ['cecot-conditions']],
  ['es', 'Dormían en el suelo, sin sábanas, en celdas abarrotadas.', ['cecot-conditions']],
  ['es', 'Denunció que fue abusado sexualmente por un custodio.', ['cecot-conditions']],
  [
    'en',
    "Gabbard fired the officials after they produced an assessment that undercut Trump's claim.",
    ['maduro-direction'],
  ],
  ['en', 'Trump has accused Maduro of using the gang to destabilize the United States.', ['maduro-direction']],
  [
    'en',
    'Analysts say there is little evidence that Tren de Aragua acts on behalf of the Maduro government.',
    ['maduro-direction'],
  ],
  ['en', 'The memo found that Venezuelan police and military treat the gang as a threat.', ['maduro-direction']],
  ['en', 'The administration alleged that the regime was sending criminals north.', ['maduro-direction']],
  [
    'es',
    'Según la proclamación, el Tren de Aragua actúa por instrucciones del régimen de Maduro.',
    ['maduro-direction'],
  ],
  ['en', 'Bukele said the prisoners are his responsibility now.', ['custody-jurisdiction']],
  ['en', 'Salvadoran officials said they were merely holding the men on behalf of the U.S.', ['custody-jurisdiction']],
  [
    'en',
    'The judge said the government could not outsource the detention to avoid the courts.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Washington is effectively renting prison space, which critics say keeps the men under U.S. authority.',
    ['custody-jurisdiction'],
  ],
  ['en', 'Only a small fraction of the men had been convicted of violent crimes.', ['gang-membership']],
  ['en', 'Most of the deportees had never been charged with a crime.', ['gang-membership']],
  ['en', 'Human Rights Watch documented systematic abuse at the prison.', ['cecot-conditions']],
  ['en', 'He said he was sexually assaulted by guards.', ['cecot-conditions']],
  ['en', 'The memo says Venezuelan officials view the gang as a threat rather than an ally.', ['maduro-direction']],
  ['en', 'Analysts say the gang operates independently of Caracas.', ['maduro-direction']],
  ['en', 'Two hundred thirty-eight Venezuelans were transferred to the mega-prison.', ['deportee-count']],
  ['es', 'Bukele dijo que los presos ahora son su responsabilidad.', ['custody-jurisdiction']],
  ['es', 'El gobierno no ha presentado pruebas de que pertenezcan al Tren de Aragua.', ['gang-membership']],
  ['es', 'Dormían en planchas de metal sin colchón y la luz nunca se apagaba.', ['cecot-conditions']],
  ['en', "A federal judge in Texas ruled the administration's use of the law was unlawful.", ['aea-invasion']],
  [
    'en',
    "The judge wrote that the gang's activities, however harmful, are not the kind of military attack the law was written for.",
    ['aea-invasion'],
  ],
  [
    'en',
    "The government has claimed TdA is acting as a hostile force at Maduro's behest.",
    ['aea-invasion', 'maduro-direction'],
  ],
  ['en', "The judge found that the proclamation failed to meet the statute's requirements.", ['aea-invasion']],
  ['es', 'Trump justificó la medida alegando que la banda está invadiendo Estados Unidos.', ['aea-invasion']],
  [
    'es',
    'La corte de apelaciones concluyó que las actividades de la banda no constituyen una invasión.',
    ['aea-invasion'],
  ],
  ['en', 'None of the men had a hearing before they were put on the planes.', ['due-process']],
  ['en', 'They were removed without ever seeing an immigration judge.', ['due-process']],
  ['en', 'The administration says the men received all the process they were due.', ['due-process']],
  [
    'en',
    'A whistleblower said a Justice Department official suggested they might have to tell the courts "f— you."',
    ['defied-court-order'],
  ],
  ['es', 'Fueron deportados sin ver a un juez de inmigración.', ['due-process']],
  ['es', 'Según el tribunal, la banda no es un gobierno ni una nación extranjera.', ['aea-invasion']],
  ['es', 'Sus familiares aseguran que nunca pertenecieron a ninguna organización criminal.', ['gang-membership']],
  [
    'es',
    'Bukele afirmó que no puede devolver a los venezolanos porque ahora están bajo su custodia.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'Los abogados argumentan que Estados Unidos mantiene la custodia constructiva de los hombres.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Independent analysts have questioned the official figures, noting that bodies found in mass graves are not counted.',
    ['safest-country'],
  ],
  ['en', 'Gang violence has all but disappeared from the streets, residents say.', ['safest-country']],
  ['en', 'The government does not count deaths in police confrontations as homicides.', ['safest-country']],
  ['en', 'The U.S. is effectively using El Salvador as a jailer, critics say.', ['custody-jurisdiction']],
  ['en', 'The number of people who have died behind bars has risen to more than 400.', ['deaths-in-custody']],
  ['en', 'Forensic experts found signs of violence on many of the bodies.', ['deaths-in-custody']],
  ['es', 'Los forenses encontraron señales de violencia en muchos de los cuerpos.', ['deaths-in-custody']],
  ['en', 'Under the crackdown, police have rounded up thousands of suspected gang members.', []],
  ['en', 'Rights groups say the mass arrests have swept up many innocent people with no ties to gangs.', []],
  [
    'es',
    'La ofensiva contra las pandillas ha llevado a la cárcel a más de 85.000 personas, muchas sin debido proceso.',
    [],
  ],
  ['es', 'Bajo el régimen de excepción, la policía ha capturado a miles de presuntos pandilleros.', []],
  // Round 13 (courts, custody and numbers), phrasings written for the concepts, not taken from
  // articles: deaths in state custody are neither custody of the deportees nor their count, nor a
  // denial of process to them; the Act as an instrument to justify its invocation; the legality of
  // the removals under the Act; the right to a hearing deserved or owed; the planes that still
  // landed and the order said not to reach planes already abroad; contempt as a conditional
  // possibility and "deliberately" with no order; the steps taken, the error corrected and
  // "nothing it can do" in Abrego Garcia's case.
  [
    'es',
    'Al menos 300 personas murieron mientras estaban bajo custodia estatal, según Cristosal.',
    ['deaths-in-custody'],
  ],
  ['en', 'Activists say 250 people have died while in state custody since 2022.', ['deaths-in-custody']],
  ['es', 'Unos 200 reos han muerto en las cárceles salvadoreñas.', ['deaths-in-custody']],
  ['es', 'Muchos reos fallecieron sin ser presentados ante un juez tras su captura.', ['deaths-in-custody']],
  ['en', 'The designation was used to justify invoking the Alien Enemies Act.', []],
  ['en', 'The migrants challenged the legality of their deportations under the wartime law.', ['aea-invasion']],
  [
    'es',
    'Los venezolanos cuestionaron la legalidad de su expulsión bajo la Ley de Enemigos Extranjeros.',
    ['aea-invasion'],
  ],
  ['en', 'The court found the deportees deserved the right to challenge their removal.', ['due-process']],
  ['es', 'La jueza dijo que los hombres merecían el derecho a una audiencia.', ['due-process']],
  ['en', 'A judge blocked the removals, but the flights still landed in San Salvador.', ['defied-court-order']],
  [
    'en',
    'Government lawyers argued the order did not apply to planes already outside U.S. airspace.',
    ['defied-court-order'],
  ],
  [
    'es',
    'El gobierno sostuvo que la orden no se aplicaba a los aviones que ya estaban fuera del país.',
    ['defied-court-order'],
  ],
  ['es', 'Si el juez declara el desacato, los funcionarios podrían enfrentar sanciones.', []],
  ['en', 'If the judge holds them in contempt, officials could face fines.', []],
  ['es', 'El régimen habría impulsado deliberadamente la migración de la banda.', []],
  [
    'en',
    'The justices said the government must share the steps it has taken to free Abrego Garcia.',
    ['abrego-garcia-return'],
  ],
  [
    'es',
    'El gobierno admitió el error con Ábrego García, pero dijo que ya no podía hacer nada.',
    ['abrego-garcia-return'],
  ],
  ['en', "Xinis told officials to correct their mistake in Abrego Garcia's case.", ['abrego-garcia-return']],
  [
    'es',
    'La jueza pidió informes sobre las gestiones que ha realizado el gobierno en el caso de Ábrego García.',
    ['abrego-garcia-return'],
  ],
  // Then: the men had already been removed when the order came; "if they believed it lawful, they
  // would not have"; no lawyer and no evidence before a court; the 21 named by a group word;
  // nationals counted with the prison; Abrego Garcia "released" or "produced"; a state managing
  // its own citizens.
  ['en', 'By the time the judge ruled, the men had already been deported to El Salvador.', ['defied-court-order']],
  [
    'en',
    'If the government truly believed its conduct was lawful, it would not have hidden the flights.',
    ['defied-court-order'],
  ],
  ['es', 'Cuando llegó la orden, los hombres ya habían sido enviados a El Salvador.', ['defied-court-order']],
  [
    'es',
    'Si el gobierno creyera que todo era legal, no habría ocultado los vuelos, dijo el juez.',
    ['defied-court-order'],
  ],
  ['en', 'The deportees said they never once saw a lawyer before being put on the plane.', ['due-process']],
  ['es', 'Los deportados fueron expulsados sin acceso a un abogado.', ['due-process']],
  ['en', 'They were removed without any evidence before a judge.', ['due-process']],
  ['en', 'Bukele said he received 21 of their most wanted from Washington.', ['deportee-count']],
  ['es', 'Llegaron también 21 de sus cabecillas, según el gobierno salvadoreño.', ['deportee-count']],
  ['en', 'More than 200 Venezuelan nationals were held at CECOT until July.', ['deportee-count']],
  [
    'en',
    'Lawyers asked how the government would get Abrego Garcia released from the prison.',
    ['abrego-garcia-return'],
  ],
  [
    'en',
    'Officials said they lack the power to produce Abrego Garcia from El Salvador.',
    ['abrego-garcia-return', 'custody-jurisdiction'],
  ],
  [
    'en',
    'Bukele said El Salvador alone will decide how to treat its own citizens held at CECOT.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'Bukele afirmó que su país sabrá cómo tratar a sus propios ciudadanos presos en el CECOT.',
    ['custody-jurisdiction'],
  ],
  // And no legal avenue to challenge the removal.
  ['en', 'Their lawyers said there was no legal avenue to contest the transfers to El Salvador.', ['due-process']],
  ['en', 'The deportees were left with no legal recourse, their families said.', ['due-process']],
  ['es', 'Los deportados quedaron sin ningún recurso legal para impugnar su traslado.', ['due-process']],
  ['es', 'Las familias denuncian que no existe ninguna vía para apelar la expulsión.', ['due-process']],
  // Round 15 (courts, custody and numbers), precision on unseen reporting, phrasings written for
  // the concepts, not taken from articles. "Summary" removal as the policy's name is not a denial
  // of process unless something is contested; the government's vetting is the gang label's
  // evidence; notice given to another state of the men's arrival; Spanish hearings granted,
  // appearing before a court, the right to be heard; the men said to be beyond the US's physical
  // custody or impossible to return; "por escrito" only as the order's form; a law's title and a
  // victims' gender split are not the count; a plaintiffs' count is not the count sent.
  ['en', 'The proclamation set out to summarily remove Venezuelans accused of gang ties.', ['gang-membership']],
  ['en', 'Trump used the wartime law for summary deportations of Venezuelan migrants.', []],
  ['en', 'Judges rejected the attempt to summarily deport the Venezuelan men.', ['due-process']],
  ['en', 'DHS said each deportee went through a careful vetting process before the flights.', []],
  ['en', 'The embassy letter gave El Salvador 24-hour notice of their arrival at CECOT.', []],
  ['en', 'The judge said the Venezuelans must be allowed to present their cases in a U.S. court.', ['due-process']],
  ['es', 'El juez ordenó garantizar audiencias a los venezolanos enviados al CECOT.', ['due-process']],
  ['es', 'Los deportados tienen derecho a ser escuchados por un tribunal, dijo la jueza.', ['due-process']],
  ['es', 'El plan debe asegurar la comparecencia de los migrantes ante un tribunal federal.', ['due-process']],
  ['es', 'Los venezolanos podrán impugnar legalmente su deportación, según el fallo.', ['due-process']],
  ['es', 'Los abogados presentaron sus escritos por escrito ante el juez en nombre de los deportados.', []],
  ['es', 'El director dijo que el aviso de su llegada al CECOT fue de un día.', []],
  [
    'es',
    '"No es normal que la gente muera en prisión sin derecho a ser oída", dijo la abogada.',
    ['deaths-in-custody'],
  ],
  [
    'en',
    'The filing says the migrants are no longer within the United States’ physical custody.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Officials argued that those already deported to El Salvador cannot be returned by a US court.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Landau wrote that El Salvador makes its own sovereign decisions about its prisons.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'El gobierno dijo que los venezolanos deportados no pueden ser devueltos a Estados Unidos.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'Boasberg dejó claro que su orden, dada oralmente, no necesitaba estar por escrito para ser válida.',
    ['defied-court-order'],
  ],
  ['en', 'He was fired weeks after he told a judge that the deportation was an error.', []],
  ['es', 'De ellos, según la ONG, cuatro eran mujeres y 135 hombres.', []],
  ['en', 'Of them, three were women and 120 men, the report said.', []],
  ['en', 'Lawyers for 110 Venezuelan migrants filed new petitions in Washington.', []],
  ['es', 'El vuelo del Título 8 salió de Texas con rumbo a El Salvador.', []],
  [
    'en',
    'The Justice Department defended the proclamation invoking the Alien Enemies Act in a new filing.',
    ['aea-invasion'],
  ],
  ['en', 'Lawful permanent residents are exempt, the White House said of the Alien Enemies Act proclamation.', []],
  // Then: refusing or failing to comply with an order; knowing of the hearing while the planes took
  // off; warnings to halt the flights left unanswered; "return or hear" the men; nothing done and
  // efforts to release Abrego Garcia; the president's lawful authority against the courts.
  ['en', 'The administration has flatly refused to comply, the judge wrote.', ['defied-court-order']],
  ['en', 'Officials chose to stall rather than comply with the court.', ['defied-court-order']],
  ['en', 'The government failed to abide by the judge’s written order.', ['defied-court-order']],
  ['en', 'She urged officials to comply with the law on visas.', []],
  ['es', 'El gobierno se negó a acatar la orden del juez Boasberg.', ['defied-court-order']],
  ['es', 'En lugar de cumplir el fallo, la Casa Blanca atacó al juez.', ['defied-court-order']],
  [
    'en',
    'The judge said officials knew of his hearing while the planes were taking off for El Salvador.',
    ['defied-court-order'],
  ],
  ['en', 'His warnings to halt the deportation flights went unheeded, the lawyer said.', ['defied-court-order']],
  ['en', 'Her emails about the visa backlog went unanswered for months.', []],
  [
    'es',
    'Según el juez, el gobierno estaba al tanto de la audiencia cuando los aviones despegaban.',
    ['defied-court-order'],
  ],
  ['es', 'El juez pidió planes para regresar o escuchar a los venezolanos deportados.', ['due-process']],
  ['en', 'The court told officials to return or otherwise hear the Venezuelan deportees.', ['due-process']],
  ['en', '"Nothing has been done," Judge Xinis said of Abrego Garcia’s case.', ['abrego-garcia-return']],
  ['en', 'Lawyers asked about any efforts to release Abrego Garcia from CECOT.', ['abrego-garcia-return']],
  ['es', 'La jueza preguntó por los esfuerzos para liberar a Abrego García.', ['abrego-garcia-return']],
  [
    'en',
    'The dissent said judges were interfering with the president’s lawful authority under the Alien Enemies Act.',
    ['aea-invasion'],
  ],
  // Then: due process as a legal topic with nothing given or denied; lawyers' filings seeking to
  // contest the removals; saving taxpayers' money as the deal's benefit.
  ['en', 'The professor explained how courts have defined due process requirements over the years.', []],
  ['en', 'The judge found the men were denied due process, contrary to due process requirements.', ['due-process']],
  ['es', 'Los abogados presentaron escritos en los que buscaban impugnar las deportaciones a El Salvador.', []],
  ['en', 'Rubio said the arrangement with Bukele would save taxpayer dollars.', []],
  ['en', 'Rubio said the $6 million deal would save taxpayer dollars.', ['payment-amount']],
  // Then, from the second fresh batch: "en una audiencia" is where something happened, not a
  // hearing granted; an order ignored in the singular; refusing "to do so" after an order; a word of
  // defiance lifts the Spanish veto on Abrego Garcia's case.
  ['es', 'El abogado no pudo proporcionar en una audiencia ningún dato sobre los deportados al CECOT.', []],
  ['es', 'El juez ordenó otorgarles audiencias a los venezolanos deportados.', ['due-process']],
  ['es', 'Los migrantes fueron deportados ignorando la orden judicial que lo impedía.', ['defied-court-order']],
  [
    'es',
    'Pese al fallo que ordena facilitar el regreso de Ábrego García, el gobierno se ha negado a hacerlo.',
    ['abrego-garcia-return', 'defied-court-order'],
  ],
  [
    'en',
    'The court ordered officials to facilitate Abrego Garcia’s return, but they refused to do so.',
    ['abrego-garcia-return', 'defied-court-order'],
  ],
  ['es', 'La jueza Xinis ordenó facilitar el regreso de Ábrego García a Maryland.', ['abrego-garcia-return']],
  // Round 15 (gang, conditions and security claims), phrasings of our own: a stay described as hell,
  // threats to rot there, rape, never returning to their communities (a quotation mark between the words);
  // abuse in another state's own prisons vetoed; no record of criminal activity or criminal past, "los peores
  // de los peores"; Spanish tattoos only beside a word of gang, evidence or detention; the invasion argument's
  // mass entry of gang members and a government database of other immigrants vetoed; figures of violence
  // withheld or unreported, violent crime falling, the measures credited with dismantling the gangs; deaths
  // of women outside custody are not deaths in custody; who directs the gang (a connection between the regime
  // and the gang, orders given to it, officials collaborating with it); companions counted in small numbers
  // beside Abrego Garcia are not the deportees' group.
  ['en', 'One released man described his months in the prison as a living hell.', ['cecot-conditions']],
  ['es', 'Uno de los liberados calificó su estancia en la cárcel como un verdadero infierno.', ['cecot-conditions']],
  ['en', '“You will rot in here,” the guards told the Venezuelans.', ['cecot-conditions']],
  ['es', 'Los custodios les decían que se iban a pudrir en la cárcel.', ['cecot-conditions']],
  ['en', 'Two of the men said guards raped them in the punishment cells.', ['cecot-conditions']],
  ['es', 'Un detenido contó que a su compañero lo violaron los custodios.', ['cecot-conditions']],
  ['es', 'La empresa dijo que sus derechos de autor fueron violados.', []],
  ['en', 'Venezuela, itself accused of abuses in its own prisons, welcomed the men home.', []],
  ['es', 'Venezuela, acusada a su vez de abusos en sus propias cárceles, recibió a los hombres.', []],
  ['en', 'The minister said the detainees would “never return to their communities.”', ['cecot-conditions']],
  ['en', 'Her brother had no record of criminal activity in Venezuela or the United States.', ['gang-membership']],
  ['en', 'The deportees had no criminal past, their lawyers said.', ['gang-membership']],
  ['es', 'El gobierno llamó a los deportados "los peores de los peores".', ['gang-membership']],
  ['es', 'Su madre lo reconoció por los tatuajes de sus brazos.', []],
  ['es', 'Las autoridades usaron sus tatuajes como prueba de que pertenecía al Tren de Aragua.', ['gang-membership']],
  ['es', 'Lo detuvieron por sus tatuajes, dice su familia.', ['gang-membership']],
  ['en', 'Officials argued that the influx of gang members amounted to an invasion.', ['aea-invasion']],
  [
    'es',
    'El gobierno alegó que la llegada masiva de presuntos miembros de pandillas constituía una invasión.',
    ['aea-invasion'],
  ],
  ['en', 'The new DHS database lists thousands of immigrants it calls the worst of the worst.', []],
  ['es', 'La base de datos del DHS incluye a miles de inmigrantes con condenas por delitos menores.', []],
  ['es', 'Las autoridades no publican cifras de feminicidios ni de muertes violentas de mujeres.', ['safest-country']],
  ['en', 'The government did not report figures on femicides, rights groups said.', ['safest-country']],
  [
    'es',
    'El ministro dijo que el régimen de excepción permitió desarticular las estructuras de las pandillas.',
    ['safest-country'],
  ],
  ['es', 'Las autoridades reportaron una reducción del 40 % en los delitos violentos.', ['safest-country']],
  ['en', 'Officials reported a 50% decline in violent crime last year.', ['safest-country']],
  ['es', 'Los analistas no hallaron una conexión directa entre Maduro y la banda.', ['maduro-direction']],
  ['es', 'Según el informe, el régimen nunca dio órdenes a la banda.', ['maduro-direction']],
  ['es', 'Algunos funcionarios chavistas habrían colaborado con el Tren de Aragua.', ['maduro-direction']],
  ['en', 'There is no sign that Maduro gives orders to the gang.', ['maduro-direction']],
  ['en', 'Police said Abrego Garcia and two other men were alleged members of MS-13.', ['abrego-garcia-gang-claim']],
  [
    'es',
    'La policía identificó a Abrego García y a otros dos como presuntos miembros de la MS-13.',
    ['abrego-garcia-gang-claim'],
  ],
  [
    'en',
    'Abrego Garcia was sent to CECOT along with hundreds of alleged gang members.',
    ['abrego-garcia-gang-claim', 'gang-membership'],
  ],
  [
    'es',
    'Las autoridades no catalogan los asesinatos de mujeres como feminicidios y no dan datos de esas muertes en El Salvador.',
    ['safest-country'],
  ],
  ['en', 'The government has kept homicide data secret since 2023, journalists say.', ['safest-country']],
  ['es', 'En El Salvador no se brindan estadísticas sobre los feminicidios.', ['safest-country']],
  // Round 15, from the fresh false hits: a sentence naming Abrego Garcia whose gang is Tren de Aragua is not his
  // MS-13 claim; the dead's legal status with no count is not the deaths claim; a gang called the most dangerous
  // is not the country's safety.
  [
    'en',
    'Abrego Garcia was deported in the same weeks as hundreds of alleged Tren de Aragua members.',
    ['gang-membership'],
  ],
  [
    'es',
    'Abrego García fue deportado junto con cientos de presuntos miembros del Tren de Aragua.',
    ['gang-membership'],
  ],
  ['en', 'None of the people who died in custody had been convicted, the group said.', []],
  ['es', 'Ninguno de los fallecidos en las cárceles había sido condenado, según la organización.', []],
  ['en', 'Tren de Aragua is one of the most dangerous gangs in the region, officials said.', []],
  ['es', 'El Tren de Aragua es una de las bandas más peligrosas del continente.', []],
  ['en', 'The state of exception made El Salvador one of the safest countries in the region.', ['safest-country']],
  [
    'en',
    'Officials accused Abrego Garcia of MS-13 ties while deporting alleged Tren de Aragua members.',
    ['abrego-garcia-gang-claim', 'gang-membership'],
  ],
  // Round 15, second batch, phrasings of our own: a denial with the gang's name in quotation marks, the
  // officials' epithets as a predicate, no evidence of any crime, "in one fell swoop" is no fall in murders, a
  // failure to protect detainees' rights; abuse named in passing (no prison word) vetoed; claims
  // about the gang called unsubstantiated beside the regime, in either word order in Spanish.
  ['en', 'Her son is not a member of "Tren de Aragua," his mother insisted.', ['gang-membership']],
  ['en', '"They are all criminals," the spokesman said of the men flown to CECOT.', ['gang-membership']],
  ['en', 'There was no evidence that the deportees committed any crime.', ['gang-membership']],
  ['es', 'Fueron enviados sin pruebas de que fueran pandilleros.', ['gang-membership']],
  ['en', 'Police arrested the murder suspects in one fell swoop.', []],
  [
    'en',
    'Rights groups say the state failed to protect the rights of detainees held in its prisons.',
    ['cecot-conditions'],
  ],
  ['es', 'La ONG acusó al Estado de no proteger los derechos de los reos.', ['cecot-conditions']],
  ['en', 'Footage released by the government shows shackled men being led into the prison.', []],
  ['es', 'Las imágenes muestran a los reclusos encadenados y rapados al llegar.', []],
  ['en', 'Despite allegations of human rights abuses, the president remains popular.', []],
  ['es', 'A pesar de las denuncias de abusos, el presidente sigue siendo popular.', []],
  ['en', 'The indictment repeats unsubstantiated claims about Tren de Aragua and Maduro.', ['maduro-direction']],
  [
    'es',
    'La acusación retoma afirmaciones infundadas sobre el Tren de Aragua y el gobierno de Maduro.',
    ['maduro-direction'],
  ],
  // Round 15: treatment shown on arrival (heads shaved, shoved into cells, hair cut off, treated as criminals) is
  // detainee treatment; a relative identifying a man in the video is not.
  ['en', 'Their heads were shaved and they were marched into the cells in their underwear.', ['cecot-conditions']],
  ['en', 'The men were shoved into crowded cells on arrival.', ['cecot-conditions']],
  ['es', 'A los venezolanos les raparon la cabeza al llegar al penal.', ['cecot-conditions']],
  ['es', 'Los custodios los trataron como criminales desde el primer día.', ['cecot-conditions']],
  ['en', 'His sister spotted him in a video posted by the Salvadoran government, his head shaved.', []],
  ['es', 'Su madre lo reconoció en un video difundido por Bukele, con la cabeza rapada.', []],
  // Round 15: abuse online (on social media, a social network) is not detainee treatment (an off-topic page's hit).
  ['en', 'The company says it has removed thousands of accounts for abuse on social media this year.', []],
  ['es', 'La empresa trabaja en la eliminación de los abusos en la red social.', []],
  ['en', "Former detainees described abuse by guards in the prison's isolation cells.", ['cecot-conditions']],
  // Round 16 (gang, conditions and security claims), from the fresh false hits by cause, phrasings of our own:
  // the gang label on another population (the prison's Salvadoran inmates, Barrio 18, innocents swept up at home,
  // the prison's purpose, the crackdown's dead), a designation of the gang's members, "the alleged gang" as the gang
  // itself, the Act's scope in a court's question, evidence one would present (due process); deaths vetoed for a
  // detainee's fear of dying and for disappearances or femicides outside custody; mass trials are not treatment.
  ['en', 'The prison mostly houses suspected Barrio 18 gang members from San Miguel.', []],
  ['es', 'La mayoría de los internos son presuntos pandilleros del Barrio 18.', []],
  ['en', 'Critics say many innocent people were arrested under the emergency powers.', []],
  ['es', 'Según las ONG, muchos inocentes fueron detenidos en los operativos.', []],
  ['en', 'Reporters toured a prison originally built to hold terrorists.', []],
  ['es', 'Los periodistas visitaron una cárcel diseñada para encerrar a pandilleros.', []],
  [
    'es',
    'Los enviaron a una cárcel construida para encerrar a pandilleros, acusados de pertenecer a una banda.',
    ['gang-membership'],
  ],
  ['en', 'Most of the dead had no criminal record, the group said.', []],
  ['es', 'Las víctimas eran en su mayoría jubilados sin antecedentes.', []],
  ['en', 'The proclamation properly designated members of the gang as enemies, the filing said.', ['aea-invasion']],
  ['en', 'The alleged gang is active in several South American countries.', []],
  ['en', 'Suarez said he refused to let himself die during his detention.', []],
  ['es', 'Pensé que iba a morir allí, contó sobre su detención.', []],
  ['en', 'Police recorded a dozen disappearances and two femicides last month.', []],
  ['es', 'El ministro sostiene que muchas muertes se registraban antes como desapariciones.', []],
  ['en', 'Lawyers criticised the mass trials as a sham.', []],
  ['es', 'Las organizaciones critican los juicios masivos aprobados por la Asamblea.', []],
  // Round 16, vocabulary by concept (misses of the tuning part, phrasings of our own): a denial of gang ties, an
  // accusation of belonging, confinement to cells all day, a harsh routine or regime, rights not protected, a
  // welcome to hell, the number of inmates withheld, the regime using the gang, the fall credited to the measures.
  ['en', 'His family denied that he had any gang ties.', ['gang-membership']],
  ['es', 'Sus familias niegan que tengan vínculos con el Tren de Aragua.', ['gang-membership']],
  ['es', 'Llegaron al Cecot bajo acusaciones de pertenecer a una pandilla.', ['gang-membership']],
  ['en', 'Inmates are locked in their cells 24 hours a day.', ['cecot-conditions']],
  ['es', 'Los reos permanecen encerrados en sus celdas 24 horas al día.', ['cecot-conditions']],
  ['en', 'The warden boasted of a harsh daily routine for the inmates.', ['cecot-conditions']],
  ['es', 'El director presumió de un régimen ultraduro para los reos.', ['cecot-conditions']],
  ['en', 'The state has a policy of not protecting the rights of imprisoned people.', ['cecot-conditions']],
  ['en', '"Welcome to hell," a guard told the new arrivals.', ['cecot-conditions']],
  ['es', '"Bienvenidos al infierno", les dijo un custodio.', ['cecot-conditions']],
  ['en', "The prison's director declined to say how many inmates are held there.", ['cecot-population']],
  ['es', 'El director del penal no quiso decir cuántos reos hay en la cárcel.', ['cecot-population']],
  [
    'en',
    'Officials say the Venezuelan regime is using the gang to destabilize the United States.',
    ['maduro-direction'],
  ],
  ['es', 'Según el FBI, el régimen de Maduro utiliza al Tren de Aragua contra sus opositores.', ['maduro-direction']],
  ['en', 'The government attributes the decline in killings to the state of exception.', ['safest-country']],
  ['es', 'Las autoridades atribuyen la reducción de homicidios al régimen de excepción.', ['safest-country']],
  ['es', 'La baja se debe a la guerra contra las pandillas, dijo el ministro.', ['safest-country']],
  // Round 16: homicide statistics named as what someone reports or shares (no figure, no assertion) are not the
  // safety claim; an agreement that fails to include protections is not detainee treatment.
  ['en', 'The newspaper publishes the official homicide statistics every week.', []],
  ['es', 'El periodista comparte a diario las estadísticas de homicidios de la Policía.', []],
  ['en', 'The agreement did not include any clause to protect the prisoners from torture.', []],
  ['es', 'Criticó que el convenio no incluyera garantías contra la tortura de los reclusos.', []],
  ['en', 'The guards tortured prisoners who complained, former inmates said.', ['cecot-conditions']],
  // Round 16: Abrego Garcia's other case (people smuggled, members among them) and the prison named beside gang
  // violence are not the gang accusations; his lack of a record beside the gang violence he fled still is.
  ['en', 'Among the people smuggled in the scheme were several MS-13 members, prosecutors said.', []],
  ['en', 'The prison where Abrego Garcia is held was built to fight gang violence.', []],
  ['es', 'El penal donde está Abrego García fue creado para frenar la violencia de las pandillas.', []],
  ['en', 'Abrego Garcia fled gang violence and has no criminal record, his lawyers say.', ['abrego-garcia-gang-claim']],
  // Round 16 (courts, custody and numbers): a figure inside a larger number (81,205) is not a deportee count, nor
  // is a count of political prisoners (the swap's other side).
  ['en', 'Officials counted 81,205 detainees across the country.', []],
  ['es', 'La ofensiva ha dejado 80.230 detenidos en todo el país.', []],
  ['en', 'Caracas refused to free 252 political prisoners in exchange.', []],
  ['es', 'Caracas rechazó excarcelar a 252 presos políticos a cambio.', []],
  ['en', 'Venezuela received 252 Venezuelans released from the prison, in exchange for prisoners.', ['deportee-count']],
  // Round 16: "a defiant administration" is an epithet, not the defiance of the order.
  ['en', 'The judge scolded a defiant administration over its slow answers.', []],
  ['es', 'La jueza reprendió a un gobierno desafiante por sus respuestas vagas.', []],
  ['en', "The administration defied the judge's order and kept the flights going.", ['defied-court-order']],
  // Round 16: the return order's "release from custody in El Salvador" is not the custody dispute.
  ['en', "The justices said the government must facilitate the man's release from custody in El Salvador.", []],
  ['es', 'El fallo pide facilitar la liberación del hombre de la custodia de El Salvador.', []],
  ['en', 'The lawyers said the men remain in the constructive custody of the United States.', ['custody-jurisdiction']],
  // Round 16: the government asking for more time to answer the court is not notice to the men.
  ['en', 'Government lawyers asked for more time to respond to the court.', []],
  ['es', 'Los abogados del gobierno pidieron más tiempo para responder al tribunal.', []],
  // Round 16: "illegal immigrants", "justified by invoking the Act" and "the archaic Act" alone describe the Act's
  // use; disputing it (rejected, unlawful) is the claim.
  ['es', 'Trump invocó la Ley de Enemigos Extranjeros para expulsar a migrantes ilegales.', []],
  ['es', 'El gobierno justificó los traslados usando la Ley de Enemigos Extranjeros.', []],
  ['en', 'Critics call the archaic Alien Enemies Act a relic of 1798.', []],
  ['en', 'Venezuela rejected the use of the archaic law to expel its citizens.', ['aea-invasion']],
  ['es', 'Un juez dictaminó que la Ley de Enemigos Extranjeros se aplicó de forma ilegal.', ['aea-invasion']],
  // Round 16: going ahead with the removals despite "his order" (no "judge" word between) is the defiance.
  ['en', 'Officials chose to proceed with the removals despite his order to halt them.', ['defied-court-order']],
  ['en', 'The government kept the flights going in spite of the written order.', ['defied-court-order']],
  ['es', 'El gobierno siguió con las deportaciones pese a su orden de detenerlas.', ['defied-court-order']],
  // Round 16: sending him to El Salvador (the removal) is not his return.
  ['en', 'She said they had no basis to send him to El Salvador.', []],
  ['en', 'The judge said officials must send Abrego Garcia back to the United States.', ['abrego-garcia-return']],
  // Round 16: El Salvador holding the men pending the United States' decision is the custody dispute (who decides).
  ['en', 'El Salvador will hold the men for a year pending a decision by the United States.', ['custody-jurisdiction']],
  ['es', 'El Salvador retendrá a los detenidos hasta que Estados Unidos decida su destino.', ['custody-jurisdiction']],
  ['en', 'The deal put the prison at the disposal of the United States.', []],
  // Round 16: moved "with little warning" / "without notice" is the notice question.
  ['en', 'The Venezuelan men were flown out with little or no warning.', ['due-process']],
  ['en', 'Lawyers said the detainees were moved without any advance notice.', ['due-process']],
  ['en', 'The storm hit the coast with little warning.', []],
  // Round 18 (gang, conditions and security claims), phrasings of our own. The accusation as a predicate: a
  // nationality before the noun, "was a TdA member", a quotation mark inside "were members" of the gang, an
  // adjective before the gang's name, US officials vouching for it (not the Venezuelan regime's officials).
  ['en', 'Officials insisted that the men they flew to El Salvador are Salvadoran gangsters.', ['gang-membership']],
  ['en', 'A spokesperson said every man on the plane was a TdA member.', ['gang-membership']],
  ['en', 'The agency said it had "checked that they were indeed members" of the gang.', ['gang-membership']],
  ['es', 'Las autoridades insisten en que eran “miembros” del Tren de Aragua.', ['gang-membership']],
  ['en', 'He was branded one of the alleged members of the feared Tren de Aragua gang.', ['gang-membership']],
  ['en', 'Relatives questioned whether the men belonged to a notorious gang at all.', ['gang-membership']],
  ['en', 'US government officials insisted the men are members of the gang.', ['gang-membership']],
  // Round 18: detainee treatment in the accounts' own words: guards' assaults, acts punished or forbidden
  // (singing, talking), "the only way out is in a body bag", water, food, contact, care and sleep withheld,
  // forced postures, rationed showers.
  ['en', 'Former inmates said guards assaulted them in the showers.', ['cecot-conditions']],
  ['es', 'Los custodios los agredían en las duchas, contaron los exreos.', ['cecot-conditions']],
  ['en', 'Talking was forbidden in the cell block, former prisoners recalled.', ['cecot-conditions']],
  ['es', 'Estaba prohibido hablar en las celdas, recordó un exdetenido.', ['cecot-conditions']],
  ['en', 'Guards beat him for speaking during the count, he said.', ['cecot-conditions']],
  ['es', 'Lo golpearon por cantar durante el conteo, relató.', ['cecot-conditions']],
  ['en', 'Detainees said they were told the only way out was in a body bag.', ['cecot-conditions']],
  ['es', 'Les dijeron que solo saldrían de allí en un ataúd.', ['cecot-conditions']],
  ['en', 'They said the guards did not give them water for two days.', ['cecot-conditions']],
  ['es', 'No nos daban agua durante días, contó uno de los liberados.', ['cecot-conditions']],
  ['en', 'The food they were given was rotten, former detainees said.', ['cecot-conditions']],
  ['es', 'La comida que les daban estaba podrida, contaron los exdetenidos.', ['cecot-conditions']],
  ['en', 'They were not allowed to call their families from the prison.', ['cecot-conditions']],
  ['es', 'No les permitían llamar a sus familias desde la prisión.', ['cecot-conditions']],
  ['en', 'He said he received no medical care for an infected wound while detained.', ['cecot-conditions']],
  ['es', 'No recibió atención médica por una herida infectada mientras estaba detenido.', ['cecot-conditions']],
  ['en', 'He described weeks of sleep deprivation in the cell.', ['cecot-conditions']],
  ['es', 'No nos dejaban dormir, contó uno de los liberados.', ['cecot-conditions']],
  ['es', 'Los obligaban a estar de pie durante horas en el patio del penal.', ['cecot-conditions']],
  ['es', 'Perdió casi diez kilos durante los meses que pasó en la cárcel.', ['cecot-conditions']],
  ['en', 'They were allowed to shower only once a week in the prison.', ['cecot-conditions']],
  // Round 18, from the fresh false hits by cause: the right words about another population (the prison built to
  // house gang leaders, the country's own gangs' tattoos, the "most dangerous gang members in the world", a
  // warning to all criminal illegal aliens, the agreement's capacity in members); the threat of leaving dead is
  // treatment, not a death; homicide figures that leave out deaths in custody and deaths named in passing in a
  // list of abuses are not the deaths claim; an intelligence finding at odds with the claim is the Maduro dispute.
  ['en', 'The mega-prison was built by the government to house dangerous gang leaders.', []],
  ['es', 'La megacárcel fue construida por el Gobierno para albergar a los cabecillas de las pandillas.', []],
  ['en', "Visitors saw inmates with the tattoos of the country's gangs on their faces.", []],
  ['es', 'Los visitantes vieron reos con los tatuajes de las pandillas del país en la cara.', []],
  ['en', 'The minister toured the cells of the most dangerous gang members in the world.', []],
  ['en', 'The minister toured the cells of the most violent criminals in the hemisphere.', []],
  ['es', 'El ministro recorrió las celdas de los pandilleros más peligrosos del mundo.', []],
  ['en', 'The secretary had a message for all criminal illegal aliens in the country.', []],
  ['en', 'The deal allows El Salvador to hold up to 300 members for a year.', []],
  ['es', 'El acuerdo permite albergar hasta 300 miembros durante un año.', []],
  ['en', 'The official said the inmates would only leave the prison in a coffin.', ['cecot-conditions']],
  ['en', 'Homicide statistics do not include deaths in custody, the analysts said.', ['safest-country']],
  ['es', 'Las cifras oficiales de homicidios no incluyen las muertes bajo custodia del Estado.', ['safest-country']],
  ['en', 'Activists denounced torture, deaths and arbitrary arrests inside the prisons.', ['cecot-conditions']],
  ['es', 'Denunciaron torturas, muertes y detenciones arbitrarias dentro de las cárceles.', ['cecot-conditions']],
  ['en', "A new intelligence assessment is at odds with the president's claim about the gang.", ['maduro-direction']],
  [
    'es',
    'Un informe de la inteligencia estadounidense muestra una discrepancia con lo que afirma Trump sobre la banda.',
    ['maduro-direction'],
  ],
  // Round 18, more vocabulary by concept (phrasings of our own): gang ties named as someone's, "nothing to do with"
  // the gang, no arrests or convictions, tattoos among the reasons, minor charges, innocent asylum seekers; crowding
  // in figures, drinking the bathing water, stripped naked, half an hour a day outside, fear of the guards, the
  // threat of a cell with gang members (treatment, not the accusation), "treated according to the law" (a denial).
  ['en', "Officials have not explained how they determined the men's gang ties.", ['gang-membership']],
  ['en', 'His mother insists he has never had anything to do with Tren de Aragua.', ['gang-membership']],
  ['es', 'Su madre asegura que no tiene nada que ver con el Tren de Aragua.', ['gang-membership']],
  ['en', 'Most of the men had no arrests or convictions, court records show.', ['gang-membership']],
  ['en', 'Their lawyers say the men were targeted for their nationality and their tattoos.', ['gang-membership']],
  ['en', 'Several men had pending charges for theft and assault.', ['gang-membership']],
  ['en', 'Critics say the government swept up innocent asylum seekers.', ['gang-membership']],
  ['en', 'Prisoners were kept in cells with 80 men and two toilets.', ['cecot-conditions']],
  ['es', 'En la celda éramos 19 y dormíamos en latas.', ['cecot-conditions']],
  ['en', 'He said they drank water from the same barrel they used to bathe.', ['cecot-conditions']],
  ['es', 'El agua con la que nos bañábamos era la misma que tomábamos.', ['cecot-conditions']],
  ['en', 'The men said they were stripped naked on arrival.', ['cecot-conditions']],
  ['en', 'They were not allowed outside their cells except for 30 minutes a day.', ['cecot-conditions']],
  ['en', 'The men lived in constant fear of the guards, he said.', ['cecot-conditions']],
  ['en', 'He said officials threatened to move him to a cell with gang members.', ['cecot-conditions']],
  ['es', 'Nos amenazaban con llevarnos a las celdas de los pandilleros.', ['cecot-conditions']],
  ['en', 'Bukele says the prisoners are treated according to the law.', ['cecot-conditions']],
  [
    'es',
    'La cárcel fue construida por el gobierno del presidente Nayib Bukele para albergar sospechosos de pertenecer a las pandillas.',
    [],
  ],
  // Round 18, from the second fresh batch's false hits by cause (phrasings of our own): the prison's own inmates
  // called "the worst of the worst", a prison built to house accused Salvadoran gang members, gang members in
  // control inside the cells, Salvadorans arrested for their tattoos (other populations); a report's topic named in
  // passing, the day against torture, state abuse of power (no treatment); public security as a ministry or a
  // policy (not the safety claim). Vocabulary: heads that "have been" shaved, "never going to leave this place",
  // the peace called a mirage.
  ['en', 'Inside the prison, the inmates are known as the worst of the worst.', []],
  ['es', 'En la cárcel, a los reos los conocen como los peores de los peores.', []],
  ['en', 'He was taken to a prison built to house accused Salvadoran gang members.', []],
  ['en', 'Witnesses described the control that gang members in the prisons still have.', []],
  ['es', 'Describieron el control que tienen los miembros de las pandillas dentro de las celdas.', []],
  ['en', 'Many young men were arrested in their neighborhoods just for having tattoos.', []],
  ['es', 'Muchos jóvenes son detenidos en sus barrios solo por tener tatuajes.', []],
  ['es', 'La organización presentó un informe sobre las violaciones a los derechos humanos en el país.', []],
  ['es', 'El informe se publicó con motivo del Día Internacional en Apoyo a las Víctimas de la Tortura.', []],
  ['es', 'Según la ONG, la política ha generado un patrón de abuso estatal.', []],
  ['es', 'Criticaron la militarización de la seguridad pública en el país.', []],
  ['en', 'Their heads have been shaved, and they wear white uniforms.', ['cecot-conditions']],
  ['en', '"You are never going to leave this place," the warden told them.', ['cecot-conditions']],
  ['es', '"Nunca van a salir de aquí", les dijo el director del penal.', ['cecot-conditions']],
  ['en', 'The peace Bukele boasts of is a mirage, the activist said.', ['safest-country']],
  ['es', 'La paz de la que presume el Gobierno es un espejismo, dijo la activista.', ['safest-country']],
  // Round 18, vocabulary by concept (phrasings of our own): evidence against the men never made public, the record
  // reduced to "his only crime", tattoos relied on, labelled a gang member in the singular (not "a foreign terrorist
  // organization"); the number of inmates never disclosed.
  ['en', 'The government never made public any evidence against the men.', ['gang-membership']],
  ['es', 'El gobierno nunca hizo públicas las pruebas contra los hombres.', ['gang-membership']],
  ['en', 'His only crime was entering the country illegally, his wife said.', ['gang-membership']],
  ['es', 'Su único delito fue entrar al país de forma irregular, dijo su esposa.', ['gang-membership']],
  ['en', "Court filings show that the government relied largely on the men's tattoos.", ['gang-membership']],
  [
    'es',
    'Los documentos muestran que el gobierno se basó sobre todo en los tatuajes de los hombres.',
    ['gang-membership'],
  ],
  ['en', 'He was wrongly labeled a gang member, his lawyer argued.', ['gang-membership']],
  ['es', 'Fue etiquetado erróneamente como pandillero, alegó su abogado.', ['gang-membership']],
  ['en', 'The group, a Venezuelan gang labeled a foreign terrorist organization, is active in Chile.', []],
  ['en', 'Officials have never disclosed how many people are held at CECOT.', ['cecot-population']],
  ['es', 'Las autoridades nunca han revelado cuántos presos hay en el Cecot.', ['cecot-population']],
  // Round 18: leaving the cell only for hearings or searches (a mention of medical checks then no veto), no
  // bathing and skin infections, guards' taunts ("dogs"), attempts on their own lives; "animals" said by officials
  // stays the gang label.
  ['en', 'Prisoners are only allowed to leave their cells for court hearings held by video.', ['cecot-conditions']],
  ['en', 'Inmates leave only for searches, medical checks and hearings held by video.', ['cecot-conditions']],
  ['es', 'Solo salen de sus celdas para las audiencias virtuales.', ['cecot-conditions']],
  ['en', 'The men suffered skin infections because they could not bathe.', ['cecot-conditions']],
  ['es', 'No podían bañarse y sufrieron infecciones en la piel.', ['cecot-conditions']],
  ['en', 'Guards mocked them and called them Venezuelan dogs.', ['cecot-conditions']],
  ['es', 'Los custodios se burlaban de ellos y los llamaban perros.', ['cecot-conditions']],
  ['en', 'Several of the men tried to take their own lives.', ['cecot-conditions']],
  ['es', 'Varios intentaron quitarse la vida en la cárcel.', ['cecot-conditions']],
  ['en', 'Trump called them animals and monsters.', ['gang-membership']],
  // Round 18: accused of being criminals (and without a trial, due process too); the deportees' alleged crimes,
  // not anyone's.
  ['en', 'The deportees were accused of being criminals without any trial.', ['due-process', 'gang-membership']],
  ['es', 'Los deportados fueron acusados de ser criminales sin juicio.', ['due-process', 'gang-membership']],
  ['en', "DHS released a list of the men's alleged crimes.", ['gang-membership']],
  ['es', 'El DHS publicó una lista de los presuntos delitos de los deportados.', ['gang-membership']],
  ['es', 'Fueron detenidos por sus presuntos delitos en San Miguel.', []],
  // Round 18 (courts, custody and numbers), phrasings of our own: the Act's conditions found unmet, the invocation
  // set against the Act, its use condemned, wartime powers that should not be used, the Act said not to apply.
  [
    'en',
    'The statutory conditions for using the Alien Enemies Act were not satisfied, the panel held.',
    ['aea-invasion'],
  ],
  ['en', 'The judge wrote that the proclamation violates the Alien Enemies Act itself.', ['aea-invasion']],
  ['en', 'A second judge condemned the use of the Alien Enemies Act against the Venezuelans.', ['aea-invasion']],
  ['en', 'Wartime powers should not be used against a street gang, the ruling said.', ['aea-invasion']],
  [
    'en',
    'A president cannot simply declare an emergency and then invoke wartime powers, the ACLU said.',
    ['aea-invasion'],
  ],
  [
    'es',
    'La jueza concluyó que no se cumplen los requisitos para invocar la Ley de Enemigos Extranjeros.',
    ['aea-invasion'],
  ],
  ['es', 'Según el fallo, la proclamación contradice la Ley de Enemigos Extranjeros.', ['aea-invasion']],
  ['es', 'Un tercer juez condenó el uso de la Ley de Enemigos Extranjeros contra los venezolanos.', ['aea-invasion']],
  ['es', 'El tribunal sostuvo que la ley no se aplica en el caso de estos migrantes venezolanos.', ['aea-invasion']],
  ['es', 'Los poderes de guerra no deberían usarse contra una pandilla, dijo la jueza.', ['aea-invasion']],
  // Round 18: the proclamation's title names the invasion without asserting it; "if there is an invasion" is the
  // Act's condition; a "legal avenue" to contest is not the Act's legality.
  [
    'en',
    'The March proclamation, "Invocation of the Alien Enemies Act Regarding the Invasion of the United States by Tren de Aragua," was signed on a Friday.',
    [],
  ],
  ['en', 'The Alien Enemies Act can be invoked during a declared war or if there is an invasion.', []],
  ['en', 'The Alien Enemies Act detainees must be offered a legal avenue to appeal, the judge said.', []],
  ['es', 'La Ley de Enemigos Extranjeros solo se invoca en guerra o si hay una invasión.', []],
  // Round 18: notice (its procedure, its amount, its language), judicial review owed to the men, men not told where
  // they were taken.
  ['en', 'Lawyers said the notice procedure gave the Venezuelans no real chance to respond.', ['due-process']],
  ['en', 'The appeals court must now decide how much notice the detainees are owed.', ['due-process']],
  ['en', 'The deportation notices were printed only in English, advocates for the Venezuelans said.', ['due-process']],
  ['en', 'The justices said the removals of the Venezuelans are subject to judicial review.', ['due-process']],
  ['en', 'The Venezuelan detainees were not told where they were being flown.', ['due-process']],
  ['es', 'Los migrantes venezolanos recibieron notificaciones de deportación solo en inglés.', ['due-process']],
  ['es', 'Los venezolanos deportados no fueron notificados de las acusaciones en su contra.', ['due-process']],
  [
    'es',
    'Según la Corte, los migrantes tienen derecho a una revisión judicial antes de ser deportados.',
    ['due-process'],
  ],
  ['es', 'A los detenidos venezolanos no les dijeron adónde los llevaban.', ['due-process']],
  // Round 18: another population's due process (El Salvador criticised for it in jailing gang suspects) is not the
  // men's hearing question.
  ['en', 'El Salvador has been criticized for due process violations in locking up thousands of gang suspects.', []],
  ['es', 'El Salvador ha sido criticado por violaciones al debido proceso al encarcelar a pandilleros.', []],
  // Round 18: the United States saying it has no power to secure the men's return is the custody dispute; a court's
  // jurisdiction over the proclamation is not.
  [
    'en',
    'Officials said the US has no ability to secure the release of the men held at CECOT.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'Washington alega que no tiene poder para lograr la liberación de los venezolanos presos en el CECOT.',
    ['custody-jurisdiction'],
  ],
  ['en', 'The government argued that judges have no jurisdiction over the president’s proclamation on the gang.', []],
  ['es', 'El gobierno alegó que los jueces no tienen jurisdicción sobre la proclamación del presidente.', []],
  // Round 18: after the order, "that did not happen, and the planes landed" is the defiance.
  ['en', 'That never happened, and the two planes landed in El Salvador before dawn.', ['defied-court-order']],
  ['es', 'Eso no ocurrió y los aviones aterrizaron en El Salvador esa misma noche.', ['defied-court-order']],
  // Round 18, false hits by cause (phrasings of our own): due process in El Salvador's own prison system and courts
  // (a list of the system's abuses, mass trials, habeas before Salvadoran judges) is another population's; the
  // list of abuses stays the treatment claim.
  [
    'en',
    'Rights groups point to overcrowding, a lack of due process and abuse in Salvadoran prisons.',
    ['cecot-conditions'],
  ],
  ['en', 'Relatives filed habeas petitions before the Salvadoran Supreme Court for the detainees.', []],
  [
    'es',
    'Las ONG denuncian hacinamiento, torturas y falta de debido proceso en las cárceles salvadoreñas.',
    ['cecot-conditions'],
  ],
  ['es', 'La Sala de lo Constitucional acumula más de 3.000 hábeas corpus de familiares de reos.', []],
  ['es', 'Los juicios masivos vulneran el derecho a un juicio justo, según los abogados de los reos.', []],
  [
    'es',
    'Los venezolanos fueron deportados sin debido proceso y luego sufrieron torturas en el CECOT.',
    ['cecot-conditions', 'due-process'],
  ],
  // Round 18: gangs' control of places, police custody and a court's jurisdiction to hear or decide are words in
  // another sense; the men under U.S. jurisdiction are the custody dispute.
  ['es', 'Miembros de la banda tomaron el control de un edificio de apartamentos en Colorado.', []],
  ['es', 'Las pandillas tenían el control de barrios enteros en El Salvador.', []],
  ['es', 'Los reos permanecen bajo custodia de la policía salvadoreña.', []],
  ['es', 'El juez afirmó que su tribunal tiene jurisdicción para ordenar el regreso de los detenidos.', []],
  ['en', 'Gang members had taken control of entire neighborhoods in El Salvador before 2022.', []],
  ['en', 'The Justice Department said the judge lacked jurisdiction to block the deportations.', []],
  ['en', 'The judge ruled the Venezuelan men remained under U.S. jurisdiction at CECOT.', ['custody-jurisdiction']],
  // Round 18, vocabulary by concept (phrasings of our own): the gang is not a nation or government, its conduct no
  // armed attack, the Act that cannot be used, the authority lacked under it, the statute stretched, the Act that
  // does not authorise these removals; the Act's scope (citizens, permanent residents) stays a description.
  ['en', 'The gang is a criminal enterprise, not a foreign government, the judge wrote.', ['aea-invasion']],
  ['en', "The gang's crimes do not amount to an armed attack on the country, the panel held.", ['aea-invasion']],
  ['en', 'The court held that the Alien Enemies Act cannot be used to remove these Venezuelans.', ['aea-invasion']],
  ['en', 'She ruled that Trump lacked the authority to remove the men under the Alien Enemies Act.', ['aea-invasion']],
  ['en', 'Critics say the administration stretched the 1798 law to reach a street gang.', ['aea-invasion']],
  ['en', 'The Alien Enemies Act cannot be applied to lawful permanent residents.', []],
  ['es', 'La banda es una organización criminal, no un gobierno extranjero, escribió el juez.', ['aea-invasion']],
  ['es', 'Sus delitos no equivalen a un ataque armado contra el país, según el fallo.', ['aea-invasion']],
  [
    'es',
    'El tribunal resolvió que la Ley de Enemigos Extranjeros no puede usarse para expulsar a estos venezolanos.',
    ['aea-invasion'],
  ],
  ['es', 'Según la jueza, la ley de 1798 no autoriza estas deportaciones de venezolanos.', ['aea-invasion']],
  ['es', 'La Ley de Enemigos Extranjeros no puede aplicarse a ciudadanos estadounidenses.', []],
  // Round 18 (phrasings of our own): the men in the hands of a sovereign state, or held on Washington's behalf, are
  // the custody dispute; removal without any process is the hearing question, thousands of Salvadorans jailed
  // without one are another population.
  ['es', 'La Casa Blanca dice que los deportados están en manos del gobierno salvadoreño.', ['custody-jurisdiction']],
  [
    'es',
    'Washington alega que no puede hacer nada porque los venezolanos están en un país soberano.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'Según los abogados, El Salvador retiene a los venezolanos por encargo de Washington.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Lawyers say El Salvador is holding the Venezuelans on behalf of the United States.',
    ['custody-jurisdiction'],
  ],
  ['es', 'Los venezolanos fueron expulsados en cuestión de horas, sin ningún procedimiento.', ['due-process']],
  ['en', 'The Venezuelans were removed without any process at all, their lawyers said.', ['due-process']],
  ['es', 'Miles de salvadoreños siguen presos sin proceso judicial.', []],
  ['en', 'Thousands of Salvadorans remain jailed without trial.', []],
  // Round 18 (phrasings of our own): the administration saying it complied with the orders is the defiance dispute;
  // a prison budget is not the payment; people deported to another country are not the CECOT count.
  ['en', 'The administration insists it has complied with every court order.', ['defied-court-order']],
  ['es', 'El gobierno asegura que cumplió con todas las órdenes judiciales.', ['defied-court-order']],
  ['es', 'Bukele cobra una tarifa relativamente baja por encarcelar a los migrantes.', ['payment-amount']],
  ['en', "El Salvador's budget for its prisons rose to $15 million this year.", []],
  ['es', 'El presupuesto de las cárceles salvadoreñas llegó a 15 millones de dólares este año.', []],
  ['en', 'The government has deported 238 people to Guatemala this month.', []],
  ['es', 'El gobierno deportó a 238 personas a Honduras este mes.', []],
  ['en', 'In all, 238 Venezuelans were flown to CECOT that weekend.', ['deportee-count']],
  // Round 18 (phrasings of our own): a finding that undercuts the premise for invoking the Act, doubts about the
  // removals' legal basis, migration alone as no invasion.
  [
    'en',
    'The memo undercuts the central premise the White House gave for invoking the Alien Enemies Act.',
    ['aea-invasion'],
  ],
  ['en', 'Critics raised new doubts about the legal basis for the Venezuelans’ removals.', ['aea-invasion']],
  ['en', 'Illegal migration alone does not make an invasion, the Venezuelan men’s lawyers argued.', ['aea-invasion']],
  [
    'es',
    'El informe socava el argumento principal de la Casa Blanca para invocar la Ley de Enemigos Extranjeros.',
    ['aea-invasion'],
  ],
  ['es', 'El fallo aumenta las dudas sobre la base legal de las expulsiones de venezolanos.', ['aea-invasion']],
  ['en', 'The early departure raised questions about the legal grounds for the contempt finding.', []],
  // Round 18, false hits by cause (another case, phrasings of our own): Abrego Garcia's criminal case (charges, a
  // grand jury, bail pending trial) is not his return unless the sentence speaks of bringing him back.
  ['es', 'Un gran jurado acusó a Abrego García de tráfico de personas.', []],
  ['es', 'Abrego García compareció ante un juez en Nashville por cargos de contrabando.', []],
  ['es', 'Los abogados defensores pidieron la libertad bajo fianza de Abrego García.', []],
  ['en', "Abrego Garcia's lawyers asked for his release on bail pending trial.", []],
  [
    'es',
    'Abrego García fue devuelto a Estados Unidos para enfrentar cargos de tráfico de personas.',
    ['abrego-garcia-return'],
  ],
  // Round 18: a judge's authority to order the planes back is the court's power, not custody of the men (the order
  // called not binding stays the defiance dispute).
  ['en', 'The Justice Department argued the judge had no authority to order the planes back.', ['defied-court-order']],
  [
    'es',
    'El Departamento de Justicia sostiene que el juez no tenía autoridad para ordenar que los aviones dieran la vuelta.',
    ['defied-court-order'],
  ],
  // Round 18: "invasion" in another sense (a war elsewhere, privacy) and the proclamation's scope (lawful permanent
  // residents) are not the invasion claim.
  ['en', "Critics likened the raids on Venezuelan families to Russia's invasion of Ukraine.", []],
  ['en', 'Lawyers for the Venezuelans called the phone searches an invasion of privacy.', []],
  ['en', 'The proclamation covers Venezuelans 14 and older who are not lawful permanent residents.', []],
  ['es', 'La invasión rusa de Ucrania desplazó a miles de venezolanos de los titulares.', []],
  ['es', 'La proclamación abarca a venezolanos mayores de 14 años que no sean residentes permanentes legales.', []],
  // Round 18: a notice of appeal is a filing, not notice to the men.
  ['en', 'The government has until Friday to give notice of its appeal in the Venezuelans’ case.', []],
  ['en', 'The Venezuelan men were given no notice of their removal.', ['due-process']],
  // Round 18 (phrasings of our own): the law used improperly, the statute's definition not met, a criminal matter and
  // not war, military actions and not crime.
  ['en', 'The judge concluded that Trump used the law improperly against the Venezuelans.', ['aea-invasion']],
  ['en', "The gang's conduct does not meet the statute's definition of an incursion.", ['aea-invasion']],
  ['en', 'Drug trafficking by a gang is a criminal matter, not an act of war, the court said.', ['aea-invasion']],
  ['en', 'The Act speaks of military attacks, not gang crimes, the Venezuelans’ lawyers argued.', ['aea-invasion']],
  ['es', 'La jueza concluyó que Trump usó la ley de forma indebida contra los venezolanos.', ['aea-invasion']],
  ['es', 'El narcotráfico de la banda es un asunto criminal, no un acto de guerra, dijo el juez.', ['aea-invasion']],
  ['es', 'La conducta del Tren de Aragua no encaja en la definición de incursión de la ley de 1798.', ['aea-invasion']],
  // Round 18, custody in other words (phrasings of our own): who is responsible for the men, a jailer for hire, who
  // controls what happens to them, whom their release falls to, whose law they are subject to, CECOT as an extension
  // of U.S. prisons; the same words about Salvadoran inmates or another matter are not the custody dispute.
  [
    'es',
    'Estados Unidos es responsable de los venezolanos encarcelados en El Salvador, dijo la ACLU.',
    ['custody-jurisdiction'],
  ],
  ['es', 'El Salvador actúa como un simple carcelero contratado por Washington.', ['custody-jurisdiction']],
  ['es', 'La Casa Blanca dice que no controla lo que ocurre dentro del CECOT.', ['custody-jurisdiction']],
  ['es', 'La decisión sobre su liberación corresponde a El Salvador, afirmó la Casa Blanca.', ['custody-jurisdiction']],
  [
    'es',
    'Los venezolanos presos en el CECOT están sujetos a la ley salvadoreña, sostuvo el gobierno.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'Para la ACLU, el CECOT funciona como una extensión de las cárceles de Estados Unidos.',
    ['custody-jurisdiction'],
  ],
  ['en', 'The U.S. government said it does not control what happens inside CECOT.', ['custody-jurisdiction']],
  [
    'en',
    'The Venezuelans held at CECOT are subject to Salvadoran law, the government argued.',
    ['custody-jurisdiction'],
  ],
  ['en', 'For the ACLU, CECOT works as an extension of American prisons.', ['custody-jurisdiction']],
  ['es', 'Bukele es responsable de los reos en las cárceles salvadoreñas.', []],
  ['es', 'Los reos salvadoreños están sujetos a la ley salvadoreña.', []],
  ['en', 'Gang members arrested in El Salvador are subject to Salvadoran law.', []],
  // Round 18: the planes landing after the order, a decision not to stop them, are the defiance.
  ['en', "The planes landed in El Salvador hours after the judge's order.", ['defied-court-order']],
  ['en', 'The judge wants to know who decided not to stop the planes.', ['defied-court-order']],
  ['es', 'El juez quiere saber quién tomó la decisión de no detener los aviones.', ['defied-court-order']],
  // Round 18: due process asked of El Salvador's own system is another population's; the men denied it stay linked.
  ['en', 'Rights groups urged El Salvador to respect due process in its courts.', []],
  ['es', 'Organizaciones de derechos humanos han pedido respetar el debido proceso en El Salvador.', []],
  ['en', 'The Venezuelan men sent to El Salvador never got due process, their lawyers say.', ['due-process']],
  // Round 19, the gang accusation in other words (en, es; phrasings of our own): crime epithets given to the men in
  // any verb of saying, a named man's 'confirmed' gang status, a rap sheet or a clean record, 'were not criminals'.
  [
    'en',
    'The White House called the deported men "cold-blooded killers" who preyed on American towns.',
    ['gang-membership'],
  ],
  ['en', 'Trump has called the men he sent to El Salvador rapists and murderers.', ['gang-membership']],
  ['en', 'The Venezuelans were portrayed by the government as violent criminals.', ['gang-membership']],
  ['en', 'Officials painted the detainees as ruthless offenders who had to be removed at once.', ['gang-membership']],
  [
    'en',
    'Carlos Perez, a Venezuelan national and confirmed Tren de Aragua member, was among those removed.',
    ['gang-membership'],
  ],
  ['en', 'Only a handful of the deportees had a rap sheet, the records show.', ['gang-membership']],
  ['en', 'His family says he had a clean record and had never been arrested.', ['gang-membership']],
  ['en', 'The vast majority were not criminals, according to an analysis of the government data.', ['gang-membership']],
  [
    'es',
    'La Casa Blanca calificó a los deportados de "asesinos despiadados" y criminales violentos.',
    ['gang-membership'],
  ],
  ['es', 'Washington presentó a los venezolanos como terroristas peligrosos.', ['gang-membership']],
  ['es', 'Según el comunicado, uno de ellos era miembro confirmado del Tren de Aragua.', ['gang-membership']],
  // Another population: Salvadoran gang members held in their own country's prisons are not the men sent.
  ['es', 'Miles de pandilleros salvadoreños duermen en literas de metal en el penal.', ['cecot-conditions']],
  ['es', 'Los pandilleros salvadoreños capturados en 2022 siguen presos en Izalco.', []],
  [
    'es',
    'Entre los enviados desde Estados Unidos había 23 pandilleros salvadoreños.',
    ['deportee-count', 'gang-membership'],
  ],
  ['en', 'Salvadoran gang members captured in 2022 are still awaiting trial.', []],
  // Round 19, the fall in violence in other words (en, es): bloodshed or insecurity falling, crime slashed or
  // curbed, the results or success of the crackdown, peace bought with arrests, walking out without fear.
  ['en', 'The government credits its war on gangs for the sharp drop in bloodshed.', ['safest-country']],
  ['en', 'Violence has dropped sharply since the emergency measures began.', ['safest-country']],
  ['en', 'The number of killings has collapsed to a fraction of what it was.', ['safest-country']],
  ['en', 'El Salvador has managed to slash crime despite trampling on civil liberties.', ['safest-country']],
  ['en', 'The results in terms of crime have been remarkable.', ['safest-country']],
  ['en', 'Critics say the calm was bought with mass arrests and the loss of basic rights.', ['safest-country']],
  ['en', 'Shopkeepers say they can open at night without fear of extortion.', ['safest-country']],
  ['en', 'Trump promised to cut crime in American cities.', []],
  ['es', 'Los resultados en materia de seguridad han sido impresionantes.', ['safest-country']],
  ['es', 'La violencia ha caído de forma drástica desde 2022, según la policía.', ['safest-country']],
  ['es', 'Los comerciantes abren sin miedo a la extorsión.', ['safest-country']],
  ['es', 'La tranquilidad se consiguió a costa de detenciones masivas y derechos suspendidos.', ['safest-country']],
  // Round 19, overcrowding as a multiple of capacity (en, es); a capacity alone stays the population claim.
  ['en', 'The prisons hold more than three times the number of people they were built for.', ['cecot-conditions']],
  ['en', 'Tens of thousands of people are crammed into a jail system built for far fewer.', ['cecot-conditions']],
  ['es', 'Las cárceles albergan el triple de personas de las que fueron diseñadas para recibir.', ['cecot-conditions']],
  ['es', 'Los penales funcionan a tres veces su capacidad.', ['cecot-conditions']],
  // Round 19, false hits by cause (en, es; phrasings of our own): a man's tattoos described as body art; a crowded
  // cell as the backdrop of an official's video; a homicide figure of the 1990s alone (another time).
  ['en', 'His tattoos show a rose, an owl and the names of his two daughters.', []],
  ['en', 'Agents said his tattoo of a crown marked him as a gang member.', ['gang-membership']],
  ['es', 'Sus tatuajes muestran una rosa, un búho y los nombres de sus hijas.', []],
  ['en', 'Noem recorded the message in front of a packed cell of shirtless men.', []],
  ['en', 'Inmates sleep in packed cells with the lights on all night.', ['cecot-conditions']],
  ['es', 'Noem grabó el mensaje frente a una celda abarrotada de reos.', []],
  ['en', 'There were 139 murders per 100,000 people in El Salvador in 1995, the UN said.', []],
  ['en', 'The homicide rate fell from 139 per 100,000 in 1995 to 1.9 in 2024.', ['safest-country']],
  ['es', 'En 1995 hubo 139 homicidios por cada 100.000 habitantes en El Salvador, según la ONU.', []],
  // Round 19, second families (en, es; phrasings of our own): a denial set against a trade, no ties to crime; the gang
  // as the regime's weapon or tool, prisons emptied northward, leaders directing the group; a coffin or the morgue
  // for a death in custody; a prison holding fewer than claimed.
  ['en', '"He\'s a soccer player, not a criminal," his sister said.', ['gang-membership']],
  ['en', 'His mother insists he was a hard-working man with no ties to crime.', ['gang-membership']],
  ['es', '"Es futbolista, no un criminal", dijo su hermana.', ['gang-membership']],
  ['es', 'Su madre insiste en que era un hombre trabajador sin vínculos con el crimen.', ['gang-membership']],
  ['en', 'Officials keep calling the deported men terrorists.', ['gang-membership']],
  [
    'en',
    'The administration says Venezuela is using the gang as a weapon against the United States.',
    ['maduro-direction'],
  ],
  [
    'en',
    'Trump has accused Maduro of deliberately emptying his prisons and sending inmates north.',
    ['maduro-direction'],
  ],
  ['en', 'Experts say there is no sign the Venezuelan leadership directs the group abroad.', ['maduro-direction']],
  ['es', 'Según Washington, Caracas usa a la pandilla como arma contra Estados Unidos.', ['maduro-direction']],
  ['es', 'Trump acusó a Maduro de vaciar sus cárceles y enviar a los presos al norte.', ['maduro-direction']],
  ['en', 'His family learned of his death in prison only when the morgue called.', ['deaths-in-custody']],
  ['es', 'Al menos 400 personas han muerto tras las rejas desde que inició el régimen.', ['deaths-in-custody']],
  ['es', 'Su familia lo recibió en un ataúd tras tres meses en el penal de Mariona.', ['deaths-in-custody']],
  ['en', 'Researchers estimate the prison holds far fewer people than the government claims.', ['cecot-population']],
  [
    'es',
    'Según cálculos independientes, el penal alberga muchos menos presos de los que dice el gobierno.',
    ['cecot-population'],
  ],
  // Round 19, third families (en, es; phrasings of our own): lights never off, treated like dogs, windowless or
  // packed cells; no record at all, 'these are bad people', none of the men charged, nothing ties them to the gang;
  // the crackdown bringing peace, gangs no longer in control.
  ['en', 'The lights in the cells are never turned off.', ['cecot-conditions']],
  ['en', '"We were treated worse than dogs," one returnee said.', ['cecot-conditions']],
  ['en', 'The men spent four months in windowless cells with 80 others.', ['cecot-conditions']],
  ['es', 'Las luces de las celdas nunca se apagan.', ['cecot-conditions']],
  ['es', '"Nos trataron peor que a perros", dijo uno de los repatriados.', ['cecot-conditions']],
  ['en', 'Most of them, it turned out, had no record at all.', ['gang-membership']],
  ['en', '"These are bad people," Trump said of the deportees.', ['gang-membership']],
  ['en', 'None of the men had been charged with a crime.', ['gang-membership']],
  ['es', '"Son malas personas", dijo Trump sobre los deportados.', ['gang-membership']],
  ['es', 'Ninguno de los hombres había sido acusado de un delito.', ['gang-membership']],
  ['es', 'Sus abogados afirman que nada vincula a sus clientes con la banda.', ['gang-membership']],
  ['en', 'The crackdown has brought a peace few Salvadorans thought possible.', ['safest-country']],
  ['en', 'Gangs no longer control the neighborhoods they once terrorized.', ['safest-country']],
  ['es', 'Las pandillas ya no controlan los barrios que antes aterrorizaban.', ['safest-country']],
  ['es', 'La ofensiva trajo una paz que pocos salvadoreños creían posible.', ['safest-country']],
  // Round 19, another population: crime epithets and a 'confirmed' gang status stay with the men sent; suspects
  // arrested in a U.S. city are not them (phrasings of our own).
  ['en', 'Police in Texas described the suspects arrested in the robbery as violent offenders.', []],
  ['en', 'Aurora police arrested a confirmed Tren de Aragua member on Tuesday.', []],
  // A word in another sense: walking at night in a man's arrest story is not the claim of safe streets.
  ['en', 'He was arrested by ICE while walking home at night from work in Dallas.', []],
  ['en', 'Families can once again stroll through the park safely.', ['safest-country']],
  // Round 19, fourth families (en, es; phrasings of our own): the day locked in the cell, bare metal beds, eating
  // with the hands; an epithet in 'tachar de'; a single day without a murder.
  ['en', 'The men spend 23 and a half hours a day in their cells.', ['cecot-conditions']],
  ['en', 'They sleep on bare metal and eat with their hands.', ['cecot-conditions']],
  ['es', 'Los presos pasan 23 horas y media encerrados en sus celdas.', ['cecot-conditions']],
  ['es', 'Los internos duermen sobre planchas de metal y comen con las manos.', ['cecot-conditions']],
  ['es', 'El gobierno de Trump tachó a los venezolanos de criminales peligrosos.', ['gang-membership']],
  ['en', 'Officials celebrated another day without a single murder.', ['safest-country']],
  ['es', 'Las autoridades celebran otro día sin homicidios.', ['safest-country']],
  // Round 19 (phrasings of our own): the Spanish return trigger narrowed by concept. His release or his criminal case in the
  // US ('libertad', 'contrabando', 'tráfico de personas', 'volvió a' + infinitive: 'again') is not his return; his release
  // from El Salvador, or an obligation to secure it, is.
  ['es', 'Abrego García quedó en libertad condicional mientras espera su juicio.', []],
  ['es', 'Un juez ordenó poner en libertad a Kilmar Abrego García.', []],
  ['es', 'La fiscalía acusa a Ábrego García de contrabando de migrantes.', []],
  ['es', 'Kilmar Abrego García volvió a ser detenido por agentes federales en Baltimore.', []],
  ['es', 'Ábrego García vuelve a presentarse hoy ante la oficina federal.', []],
  [
    'es',
    'El Gobierno debe garantizar la liberación de Kilmar Abrego García de la cárcel salvadoreña.',
    ['abrego-garcia-return'],
  ],
  [
    'es',
    'La jueza pidió al Gobierno lograr la liberación de Ábrego García, preso en El Salvador.',
    ['abrego-garcia-return'],
  ],
  [
    'es',
    'Kilmar Abrego García volvió a Estados Unidos tras meses en una prisión salvadoreña.',
    ['abrego-garcia-return'],
  ],
  ['es', 'Abrego García fue liberado del Cecot y trasladado a Estados Unidos.', ['abrego-garcia-return']],
  // Round 19: an appeals court, or a permanent ruling, barring the Act is a ruling on its use; a temporary order
  // (or one lifted) is not (en, es; phrasings of our own).
  [
    'en',
    'The appeals court barred the administration from invoking the wartime law against Venezuelan men in three states.',
    ['aea-invasion'],
  ],
  [
    'en',
    'A federal appellate panel on Tuesday stopped the government from relying on the 1798 statute to expel Venezuelans.',
    ['aea-invasion'],
  ],
  [
    'en',
    "The circuit's full bench blocked Trump's administration from using the Alien Enemies Act in Texas.",
    ['aea-invasion'],
  ],
  [
    'en',
    'A judge in Colorado permanently enjoined officials from applying the Alien Enemies Act to people held there.',
    ['aea-invasion'],
  ],
  ['en', 'The appeals court lifted an order that had barred officials from invoking the 1798 law.', []],
  [
    'es',
    'El tribunal de apelaciones impidió al Gobierno usar la Ley de Enemigos Extranjeros en Luisiana y Misisipi.',
    ['aea-invasion'],
  ],
  [
    'es',
    'Una corte de apelaciones bloqueó el uso de la Ley de Enemigos Extranjeros para expulsar a venezolanos.',
    ['aea-invasion'],
  ],
  [
    'es',
    'Un juez federal prohibió de forma permanente el uso de la Ley de Enemigos Extranjeros en su distrito.',
    ['aea-invasion'],
  ],
  [
    'es',
    'El tribunal de apelaciones mantuvo la suspensión temporal que impedía usar la Ley de Enemigos Extranjeros.',
    [],
  ],
  ['en', 'Government lawyers defended Mr. Trump’s proclamation in court on Friday.', ['aea-invasion']],
  // Round 19: which courts have jurisdiction over the men once abroad, or the men out of their reach, is the custody
  // dispute (en, es; phrasings of our own); jurisdiction over a case stays unlinked.
  [
    'en',
    'Once the men landed in San Salvador, lawyers asked what jurisdiction American judges still had over them.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'The government argues that federal courts lack jurisdiction over the Venezuelans held abroad.',
    ['custody-jurisdiction'],
  ],
  [
    'en',
    'Sending them to CECOT placed the deportees beyond the reach of U.S. courts, advocates said.',
    ['custody-jurisdiction'],
  ],
  ['en', 'The men now sit outside the reach of the federal judiciary.', ['custody-jurisdiction']],
  ['en', 'The court has jurisdiction over the case brought by the families.', []],
  [
    'es',
    'Los abogados preguntan qué jurisdicción tienen los tribunales estadounidenses sobre los venezolanos presos en El Salvador.',
    ['custody-jurisdiction'],
  ],
  [
    'es',
    'El Gobierno sostiene que los jueces no tienen jurisdicción sobre los hombres enviados al extranjero.',
    ['custody-jurisdiction'],
  ],
  ['es', 'Enviarlos al Cecot los dejó fuera del alcance de los tribunales estadounidenses.', ['custody-jurisdiction']],
  // Round 19: whether the planes left or landed before or after the order is the defiance dispute (en, es; phrasings
  // of our own); an unanswered request for comment is not an assertion of defiance, custody or return.
  ['en', 'Nobody could say whether the planes took off before or after Boasberg ruled.', ['defied-court-order']],
  [
    'en',
    'Lawyers pressed the government on whether the flights left after or before the judge issued his order.',
    ['defied-court-order'],
  ],
  ['en', 'Records should show if the aircraft landed before or after the order was entered.', ['defied-court-order']],
  ['es', 'No está claro si los aviones despegaron antes o después de la orden del juez.', ['defied-court-order']],
  ['es', 'El juez quiere saber si los vuelos salieron antes o después de su fallo.', ['defied-court-order']],
  [
    'en',
    "The Justice Department did not respond to a request for comment on whether it had complied with the judge's order.",
    [],
  ],
  ['en', 'Officials did not reply to requests for comment about who holds custody of the men in El Salvador.', []],
  ['es', 'La Casa Blanca no respondió a una solicitud de comentarios sobre si acató la orden del juez.', []],
  // Round 19, the invasion claim as a court outcome (en, es; phrasings of our own): a setback, defeat or victory for the
  // administration's use of the Act, a ruling upholding or against its invocation, the Act misapplied or stretched, the men
  // likely to win against the proclamation, the finding said to be unreviewable, the conduct said to fit the Act; a
  // setback for another policy, a rebuke, or a likelihood of winning a due-process claim stays unlinked.
  ['en', "The ruling is the latest setback for the administration's use of the wartime law.", ['aea-invasion']],
  ['en', "Tuesday's decision marked another defeat for Trump's bid to use the Alien Enemies Act.", ['aea-invasion']],
  [
    'en',
    "In May, a Pennsylvania judge became the first to uphold Trump's use of the Alien Enemies Act.",
    ['aea-invasion'],
  ],
  ['en', "Most judges who have weighed the question have ruled against the president's invocation.", ['aea-invasion']],
  ['en', 'Three federal judges have now concluded that Trump misapplied the 1798 law.', ['aea-invasion']],
  ['en', 'Judge Sweeney again found the men were likely to win their challenge to the proclamation.', ['aea-invasion']],
  [
    'en',
    "The Justice Department maintains that the president's determination is not reviewable by courts.",
    ['aea-invasion'],
  ],
  ['en', "The court sided with the administration, holding that the gang's conduct fits the Act.", ['aea-invasion']],
  ['en', "The setback for the administration's immigration agenda came on Tuesday.", []],
  ['en', "The ruling is a blow to the White House's plan to build more detention centers.", []],
  ['en', 'Officials overstepped the budget for the wartime exhibition.', []],
  [
    'es',
    'El fallo supone un nuevo revés para el gobierno de Trump en su intento de usar la Ley de Enemigos Extranjeros.',
    ['aea-invasion'],
  ],
  ['es', 'Según la jueza, la Casa Blanca aplicó mal la Ley de Enemigos Extranjeros.', ['aea-invasion']],
  ['es', 'Un juez de Pensilvania avaló el uso de la Ley de Enemigos Extranjeros por parte de Trump.', ['aea-invasion']],
  ['es', 'El tribunal anuló la aplicación de la Ley de Enemigos Extranjeros en Texas.', ['aea-invasion']],
  ['es', 'Para los expertos, el Ejecutivo forzó la ley de 1798 para deportar a migrantes.', ['aea-invasion']],
  ['es', 'El revés para el gobierno llegó en un fallo sobre aranceles.', []],
  // Round 19, the hearing question in other words (en, es; phrasings of our own): removal without going before a judge,
  // without being charged or tried, a case never put to a judge, notice counted in hours or written only in English, and
  // the denial that the men got the legal protections owed; Salvadorans jailed without trial stay another population,
  // and people held by ICE in the US are before removal (custody).
  ['en', 'The deportees were removed without going before an immigration judge.', ['due-process']],
  ['en', 'Families say their relatives were shipped to CECOT without ever being charged or tried.', ['due-process']],
  ['en', 'None of them was allowed to make his case to a judge before the flight.', ['due-process']],
  ['en', 'The notices were in English and gave the men only 24 hours to respond.', ['due-process']],
  ['en', 'Officials said every deportee got the legal protections the law requires.', ['due-process']],
  ['en', 'Thousands of Salvadorans have been jailed without trial under the state of exception.', []],
  ['en', 'The defendant was tried without a jury in Maryland.', []],
  ['es', 'Fueron expulsados sin que un tribunal revisara sus casos.', ['due-process']],
  ['es', 'Las familias denuncian que sus parientes fueron enviados al Cecot sin haber sido juzgados.', ['due-process']],
  ['es', 'Los migrantes fueron deportados de forma exprés, sin pasar por un tribunal de inmigración.', ['due-process']],
  [
    'es',
    'El juez ordenó notificar a los detenidos con 21 días de anticipación antes de cualquier deportación.',
    ['due-process'],
  ],
  ['es', 'La administración sostiene que los venezolanos recibieron todas las garantías legales.', ['due-process']],
  ['es', 'Ninguno pudo presentar su caso ante un juez antes de que despegaran los vuelos.', ['due-process']],
  ['es', 'Miles de salvadoreños siguen presos sin juicio bajo el régimen de excepción.', []],
  ['es', 'El ICE mantiene bajo su custodia a miles de migrantes en Texas.', []],
  ['en', 'ICE kept the men in its custody in Texas for weeks before the flights.', []],
  // Round 19, false hits by cause (another population; phrasings of our own): numbers and money of deals with other
  // receiving countries (Costa Rica, Rwanda, Eswatini, Ecuador, Panama) when nothing names El Salvador, CECOT or the Act;
  // habeas petitions before El Salvador's own courts are not the men's hearing question (en, es).
  ['en', 'The deal with Costa Rica calls for taking in 200 migrants from Asia.', []],
  ['en', 'The $6 million agreement with Ecuador includes security equipment.', []],
  ['en', 'Rwanda agreed to accept 250 deportees from the United States.', []],
  ['en', "El Salvador's Supreme Court rejected the habeas petitions filed by relatives.", []],
  ['es', 'El acuerdo con Costa Rica prevé recibir a 200 migrantes asiáticos.', []],
  ['es', 'El acuerdo de 6 millones de dólares con Ecuador incluye equipos de seguridad.', []],
  ['es', 'Ruanda aceptó recibir a 250 deportados desde Estados Unidos.', []],
  ['es', 'La Corte Suprema de El Salvador rechazó los hábeas corpus presentados por familiares.', []],
  ['en', 'The United States agreed to pay El Salvador $6 million, not Honduras or Guatemala.', ['payment-amount']],
  // Round 19, false hits by cause (phrasings of our own): a question a ruling left open is a description, not a ruling on
  // the invocation; another party held in contempt, or contempt of Congress, is another case or sense; settlements, fines
  // and another government's spending are other money (en, es). The claims themselves stay linked.
  ['en', 'The ruling did not address whether the president properly invoked the law.', []],
  ['en', 'The justices left open whether the gang is waging an invasion.', []],
  [
    'en',
    'The ruling did not address whether the Act applies, but the judge called the invocation unlawful.',
    ['aea-invasion'],
  ],
  ['es', 'El fallo no abordó si el presidente invocó correctamente la ley de 1798.', []],
  ['en', 'The court held the company in contempt for missing the deadline.', []],
  ['en', 'The judge found the landlord in contempt.', []],
  ['en', 'The House voted to hold the former adviser in contempt of Congress.', []],
  ['es', 'El juez declaró en desacato a la empresa por no entregar los documentos.', []],
  ['en', 'Boasberg found probable cause to hold the administration in contempt.', ['defied-court-order']],
  ['en', 'The city paid $6 million to settle the lawsuit.', []],
  ['en', 'The Venezuelan government spent $10 million on the repatriation flights.', []],
  ['es', 'El gobierno venezolano gastó 10 millones de dólares en los vuelos de repatriación.', []],
  [
    'es',
    'Estados Unidos pagó 6 millones de dólares a El Salvador por encarcelar a los venezolanos.',
    ['payment-amount'],
  ],
  // Round 19, the invasion claim in reported speech (phrasings of our own): a Spanish preterite with an accent ('invadió')
  // missed the word boundary; the Act invoked lawfully or not ('invocó legítimamente'), war declared on the gang or the
  // cartels, a hostile incursion (en, es); a rule applied correctly, the law in the World Wars, Bukele's war on the gangs
  // and an armed incursion elsewhere stay unlinked.
  ['es', 'Trump afirma que la banda invadió Estados Unidos.', ['aea-invasion']],
  ['es', 'El tribunal decidirá si Trump invocó legítimamente la ley.', ['aea-invasion']],
  ['es', 'El Gobierno asegura que está en guerra con el Tren de Aragua.', ['aea-invasion']],
  ['es', 'La Casa Blanca habla de una incursión hostil de la banda venezolana.', ['aea-invasion']],
  ['en', '"We are at war with Tren de Aragua," the adviser said.', ['aea-invasion']],
  ['en', 'The administration argues the gang is carrying out a hostile incursion.', ['aea-invasion']],
  ['es', 'El juez aplicó correctamente el reglamento del tribunal.', []],
  ['es', 'La ley se aplicó de manera adecuada en la Segunda Guerra Mundial.', []],
  ['es', 'Bukele dice que El Salvador está en guerra contra las pandillas.', []],
  ['en', "Bukele's government has been at war with the gangs since 2022.", []],
  ['en', 'The Israeli army launched an armed incursion into Lebanon.', []],
  // Round 20, concept families (en, es; phrasings of our own): one man's gang label as a copula after an epithet or a
  // pronoun ('this individual is a ranking MS-13 gang member', 'found the Salvadoran to be a gang member', 'a MS-13 gang
  // member' in a list of epithets); El Salvador set against the safe countries (safer than Canada, ahead of Iceland,
  // 'supera a países como Suiza'); the basics refused in the prison (bathroom, medicine). A gang unit, a church council,
  // a gang member's threat and another country's comparison stay unlinked.
  ['en', 'This individual is a ranking MS-13 gang member, Abrego Garcia’s accusers say.', ['abrego-garcia-gang-claim']],
  [
    'en',
    'Two immigration judges found Abrego Garcia to be a gang member, the spokeswoman said.',
    ['abrego-garcia-gang-claim'],
  ],
  ['en', 'The officers decided Abrego was an active MS-13 member because of his cap.', ['abrego-garcia-gang-claim']],
  ['en', 'Abrego Garcia, she said, is a smuggler, an abuser and a MS-13 gang member.', ['abrego-garcia-gang-claim']],
  ['en', 'Abrego Garcia insists he was never a member of any gang.', ['abrego-garcia-gang-claim']],
  ['en', "Abrego Garcia's brother was found to be a member of the church council.", []],
  ['es', 'Según la Casa Blanca, Abrego García es un conocido miembro de la MS-13.', ['abrego-garcia-gang-claim']],
  ['es', 'Abrego García huyó de su país porque un pandillero amenazó a su familia.', []],
  ['en', 'The Bukele government says the country is now safer than Canada.', ['safest-country']],
  ['en', 'Officials say El Salvador now outranks Iceland and Norway on safety.', ['safest-country']],
  ['en', 'Canada is safer than the United States, a survey of tourists found.', []],
  ['es', 'Según Bukele, El Salvador supera a naciones como Noruega en seguridad.', ['safest-country']],
  ['en', 'The men held at CECOT were denied bathroom access for hours at a time.', ['cecot-conditions']],
  ['en', 'He said guards refused him his medication for weeks in the prison.', ['cecot-conditions']],
  // Round 20, false hits by cause (en, es; phrasings of our own). Another population: gang crimes in US towns (Laken
  // Riley, the Aurora building), the dead of the Salvadoran prisons ('not all were gang members'), the tens of thousands
  // arrested under the state of exception, the intelligence agencies on the gang and Caracas; a description rather than
  // an assertion: the proclamation's scope (members aged 14 or older); a word in another sense: 'a concentration camp' as
  // an epithet for the prison (en). The men sent to CECOT stay linked.
  ['en', 'Prosecutors said the man convicted of killing Laken Riley was a member of the gang.', []],
  ['en', 'Not all of the inmates who died in custody were gang members, the lawyer said.', ['deaths-in-custody']],
  ['en', 'Police have arrested more than 80,000 suspected gang members since March 2022.', []],
  ['en', 'The proclamation covers every Tren de Aragua member aged 14 or older.', []],
  ['en', 'The intelligence community doubts that the regime directs Tren de Aragua members.', ['maduro-direction']],
  ['en', 'Critics call CECOT a concentration camp for migrants.', []],
  [
    'en',
    'Officials say all 238 men sent to CECOT were members of Tren de Aragua.',
    ['deportee-count', 'gang-membership'],
  ],
  ['es', 'La policía ha capturado a más de 80.000 supuestos pandilleros desde 2022.', []],
  ['es', 'No todos los reos que murieron en las cárceles eran pandilleros, según la ONG.', ['deaths-in-custody']],
  [
    'es',
    'El Consejo Nacional de Inteligencia duda de que Maduro controle a los miembros de la banda.',
    ['maduro-direction'],
  ],
  [
    'es',
    'El gobierno dice que los venezolanos enviados al CECOT son miembros del Tren de Aragua.',
    ['gang-membership'],
  ],
  // Round 20, the men named as the gang (en, es; phrasings of our own): planeloads or flights of the gang, deporting or
  // sending members of it, the accusation denied (involvement, ties, membership; 'rechazan pertenecer'), an epithet as the
  // subject of the removal ('these monsters were removed', 'esos monstruos fueron enviados'), 'los pandilleros trasladados
  // a El Salvador'. What the Act is invoked for ('can invoke the Act to deport members of the gang') stays unlinked, and
  // Bukele's own transfers of gang members between Salvadoran prisons are another population.
  ['en', 'Two planeloads of Tren de Aragua were sent to CECOT on Saturday.', ['gang-membership']],
  ['en', "The ruling blocked Trump's bid to deport members of the Tren de Aragua gang.", ['gang-membership']],
  ['en', 'The two plaintiffs deny any involvement with Tren de Aragua.', ['gang-membership']],
  ['en', 'These vicious monsters were removed to El Salvador, the statement said.', ['gang-membership']],
  ['en', 'The judge said the president can invoke the law to deport members of Tren de Aragua.', ['aea-invasion']],
  ['es', 'Los pandilleros trasladados a El Salvador fueron recluidos en el Cecot.', ['gang-membership']],
  ['es', 'Ambos rechazan pertenecer a la banda, según sus abogados.', ['gang-membership']],
  ['es', 'Esos monstruos fueron enviados a El Salvador, dijo la Casa Blanca.', ['gang-membership']],
  ['es', 'Los vuelos llevaron a miembros del Tren de Aragua al Cecot.', ['gang-membership']],
  ['es', 'Bukele mostró a los pandilleros trasladados de Izalco al Cecot.', []],
  // Round 20, deaths in other words (en, es; phrasings of our own): not surviving the prison, lives lost behind bars, a
  // body handed back, sons buried; lives lost in an accident and a team that did not survive a tournament stay unlinked.
  [
    'en',
    'Rights groups say hundreds of detainees did not survive their detention in El Salvador.',
    ['deaths-in-custody'],
  ],
  ['en', 'More than 400 prisoners have lost their lives in custody since 2022, Cristosal says.', ['deaths-in-custody']],
  ['en', "The prisoner's body was handed to his mother at the Izalco prison gate.", ['deaths-in-custody']],
  ['en', 'Three soldiers lost their lives in a helicopter crash in El Salvador.', []],
  ['en', 'The Salvadoran team did not survive the group stage.', []],
  ['es', 'Cientos de detenidos no han sobrevivido al encierro, según las ONG.', ['deaths-in-custody']],
  ['es', 'El Gobierno insiste en que ningún reo ha perdido la vida en sus cárceles.', ['deaths-in-custody']],
  ['es', 'Su madre recibió el cuerpo en el penal de Izalco tres semanas después.', ['deaths-in-custody']],
  ['es', 'Tres soldados perdieron la vida en un accidente en El Salvador.', []],
  // Round 20, the safety claim as a result (en, es; phrasings of our own): the gangs said to be dismantled or defeated
  // (not a campaign to dismantle them, nor one gang cell broken up in Texas), security gains, extortion gone.
  ['en', 'The gangs have been dismantled, Bukele told the UN.', ['safest-country']],
  ['en', 'His government says it has crushed the gangs for good.', ['safest-country']],
  ['en', 'Extortion, once a weekly tax on every shop, has all but vanished.', ['safest-country']],
  ['en', 'Bukele launched a campaign to dismantle the gangs in 2022.', []],
  ['en', 'Police said a cell of the gang had been dismantled in Texas.', []],
  ['es', 'Las pandillas han sido desarticuladas, dijo Bukele ante la ONU.', ['safest-country']],
  ['es', 'Bukele sostiene que su plan ha desarticulado la estructura de las pandillas.', ['safest-country']],
  ['es', 'La extorsión, antes un cobro semanal a cada tienda, casi ha desaparecido.', ['safest-country']],
  // Round 20, treatment in other words (en, es; phrasings of our own): pepper spray in the cell, the men packed per cell,
  // one or two toilets shared; tear gas at a street protest and cells of an ICE centre in Texas stay unlinked.
  ['en', 'He said guards pepper-sprayed the men inside the cell at CECOT.', ['cecot-conditions']],
  ['en', 'Each cell at CECOT holds about 80 men who share two toilets.', ['cecot-conditions']],
  ['en', 'Police fired tear gas at protesters in Caracas.', []],
  ['en', 'The new cells hold 20 detainees in Texas, ICE said.', []],
  ['es', 'Cada celda del CECOT alberga unos 80 hombres que comparten dos inodoros.', ['cecot-conditions']],
  ['es', 'Los custodios les echaron gas pimienta en la celda.', ['cecot-conditions']],
  // Round 20, the Maduro question in other words (en, es; phrasings of our own): the gang tied to Venezuela's leadership or
  // to the Cartel de los Soles, a connection denied; orders from Caracas are that question, not the men's gang status.
  ['en', 'The administration tied the gang directly to the Maduro regime.', ['maduro-direction']],
  ['en', 'Venezuelan officials rejected any connection to the criminal group.', ['maduro-direction']],
  ['en', 'The White House says Tren de Aragua works hand in hand with the Cartel de los Soles.', ['maduro-direction']],
  ['es', 'La Casa Blanca vincula a la banda directamente con el régimen de Maduro.', ['maduro-direction']],
  ['es', 'Washington asegura que el Tren de Aragua opera junto al Cartel de los Soles.', ['maduro-direction']],
  ['es', 'No hay pruebas de que el Tren de Aragua reciba órdenes de Caracas.', ['maduro-direction']],
  // Round 20 (courts, custody and numbers), phrasings of our own: the invocation measured against the statute in
  // either direction (complies with, satisfies, fails to meet, does not qualify under), a court endorsing or rebuffing
  // the reading or use of the Act, and the pronoun 'su aplicación' after a ruling annuls it (en, es); officials who did
  // not follow or heed the orders, contemptuous conduct (en, es); how much notice the men get (greater, insufficient)
  // and no chance to file a recourse (es); El Salvador only lending its prisons, or saying it never detained the men,
  // and the exclusive control held by foreign authorities (custody). The vetoes by cause: defying a narrative is
  // another sense of the word; not knowing why one is held is treatment, not the hearing; what El Salvador's own
  // prison system costs is other money; charges against a gang figure are another case.
  ['en', "The judge concluded that the proclamation satisfies the statute's requirements.", ['aea-invasion']],
  ['en', "A second judge held that Trump's proclamation complies with the 1798 law.", ['aea-invasion']],
  ['en', 'She ruled that the proclamation does not comply with the Act.', ['aea-invasion']],
  ['en', "The judge said the gang's activities do not qualify under the wartime law.", ['aea-invasion']],
  [
    'en',
    "It was the first decision to endorse the administration's reading of the Alien Enemies Act.",
    ['aea-invasion'],
  ],
  ['en', "The ruling backs the government's interpretation of the wartime law.", ['aea-invasion']],
  ['en', "Judges have repeatedly rebuffed the president's reliance on the 1798 law.", ['aea-invasion']],
  ['en', "Trump's use of the Alien Enemies Act was upheld by a Pennsylvania judge.", ['aea-invasion']],
  ['es', 'El juez concluyó que la proclamación cumple con los requisitos de la ley de 1798.', ['aea-invasion']],
  ['es', 'El tribunal determinó que la proclamación no se ajusta a la ley.', ['aea-invasion']],
  ['es', 'La jueza avaló la interpretación del Gobierno de la Ley de Enemigos Extranjeros.', ['aea-invasion']],
  ['es', 'Es el primer fallo que anula su aplicación.', ['aea-invasion']],
  ['es', 'El juez consideró probable que los venezolanos ganen su demanda contra la proclamación.', ['aea-invasion']],
  ['en', 'The proclamation met with protests in several cities.', []],
  ['en', 'Prosecutors charged a Tren de Aragua leader with terrorism in a separate case in Texas.', []],
  ['en', 'The officials who did not follow his orders should be held accountable.', ['defied-court-order']],
  ['en', 'The judge may identify who directed the potentially contemptuous conduct.', ['defied-court-order']],
  ['es', 'Los funcionarios que no siguieron sus órdenes deberán rendir cuentas, dijo el juez.', ['defied-court-order']],
  ['en', 'The report defies the narrative the administration has offered.', []],
  ['es', 'El documento, desafiando la narrativa del Gobierno, señala a Washington.', []],
  ['en', 'The administration must give the men greater notice before removal.', ['due-process']],
  ['en', 'Haines said the notice the government gives the migrants is insufficient.', ['due-process']],
  [
    'es',
    'Ninguno de los venezolanos pudo presentar un recurso de hábeas corpus antes de ser deportado.',
    ['due-process'],
  ],
  ['es', 'Los migrantes deportados piden una notificación suficiente antes de su expulsión.', ['due-process']],
  ['es', 'Los deportados relatan que pasaron meses sin saber por qué estaban presos.', []],
  ['en', 'El Salvador said its role was limited to lending its prison to another state.', ['custody-jurisdiction']],
  ['en', "Bukele's government told the UN it never detained or transferred the men.", ['custody-jurisdiction']],
  [
    'es',
    'El Salvador afirma que el control exclusivo de estos presos lo tienen las autoridades extranjeras.',
    ['custody-jurisdiction'],
  ],
  ['es', 'El Salvador dice que solo presta sus cárceles a Estados Unidos.', ['custody-jurisdiction']],
  ['es', 'Bukele ha ofrecido albergar en sus cárceles a criminales de cualquier nacionalidad.', []],
  ['en', "El Salvador's prison system costs $200 million a year.", []],
  ['es', 'El sistema penitenciario salvadoreño cuesta 200 millones de dólares al año.', []],
  [
    'es',
    'Estados Unidos pagará una tarifa baja, y el sistema penitenciario cuesta 200 millones al año.',
    ['payment-amount'],
  ],
  // Round 20, second concept families (phrasings of our own): who controls the men's fate or what happens to them, the
  // decision to release them resting with someone, 'not in our custody' (custody; en, es); paying El Salvador to
  // hold the men stays the payment, not custody (the labels give it so); no day in court and removal before lawyers
  // could act (due process; en, es); retrieving him, securing his release, getting him out of El Salvador, back on
  // American soil (his return; en, es). Vetoes by cause: no authority to use the Act is the Act, not custody; what
  // the Act permits ('permite expulsar a ciudadanos de una nación enemiga') is a description (es).
  [
    'en',
    'Washington effectively controls what happens to the men in CECOT, the lawyers said.',
    ['custody-jurisdiction'],
  ],
  ['en', 'Bukele said the decision to release the Venezuelans rests with him.', ['custody-jurisdiction']],
  ['en', '"They\'re not in our custody," the attorney general said of the CECOT detainees.', ['custody-jurisdiction']],
  ['es', 'Los abogados dicen que Washington controla de hecho el destino de los deportados.', ['custody-jurisdiction']],
  [
    'es',
    'Bukele dijo que la decisión de liberarlos le corresponde a él, no a Estados Unidos.',
    ['custody-jurisdiction'],
  ],
  ['en', 'The United States paid El Salvador $6 million to hold the migrants for a year.', ['payment-amount']],
  [
    'en',
    'A judge found the president had no authority to use the Alien Enemies Act against the gang.',
    ['aea-invasion'],
  ],
  ['es', 'La ley de 1798 permite expulsar a ciudadanos de una nación enemiga en tiempos de guerra.', []],
  ['en', 'Lawyers say the deported men were never given a day in court.', ['due-process']],
  ['en', 'The men were flown out of the country before their lawyers could file anything.', ['due-process']],
  ['es', 'Los abogados dicen que los deportados nunca tuvieron su día en la corte.', ['due-process']],
  ['es', 'Los venezolanos fueron deportados antes de que sus abogados pudieran actuar.', ['due-process']],
  ['en', 'The government says it has no way to retrieve Abrego Garcia.', ['abrego-garcia-return']],
  ['en', "The government was ordered to take steps to secure Abrego Garcia's release.", ['abrego-garcia-return']],
  ['en', 'Abrego Garcia is now back on American soil.', ['abrego-garcia-return']],
  ['es', 'Trump dijo que podría sacar a Abrego García de El Salvador con una llamada.', ['abrego-garcia-return']],
  ['es', 'Abrego García ya está de nuevo en suelo estadounidense.', ['abrego-garcia-return']],
  ['en', "Abrego Garcia's lawyers asked the court to retrieve the records of the traffic stop.", []],
  // Round 20, false hits by cause (phrasings of our own): the right words about another population or law: the hearing
  // and custody of people sent to third countries (Panama, South Sudan, Eswatini, Guantánamo) when the sentence names
  // neither El Salvador, CECOT, Bukele, the Act nor Abrego Garcia (en, es; the count and payment had this veto); an
  // 'invasion' proclamation on asylum at the southern border (212(f)) is another law than the Act (en, es).
  ['en', 'Panama held the deportees in a hotel without access to lawyers.', []],
  ['en', 'The men deported to South Sudan had no chance to contest their transfer.', []],
  ['es', 'Panamá retuvo a los deportados en un hotel sin acceso a abogados.', []],
  ['es', 'Los deportados a Sudán del Sur no tuvieron oportunidad de impugnar su traslado.', []],
  ['en', 'The Venezuelans sent to CECOT had no chance to contest their removal.', ['due-process']],
  ['en', 'The asylum proclamation under section 212(f) cites an invasion at the border to suspend entry.', []],
  ['en', 'A judge blocked the proclamation that shut down asylum at the southern border, ruling it unlawful.', []],
  ['es', 'Un juez bloqueó la proclamación que cerró el asilo en la frontera sur por considerarla ilegal.', []],
  ['en', 'The judge ruled that the Alien Enemies Act proclamation was unlawful.', ['aea-invasion']],
  // Round 20, third concept families for the invasion claim (phrasings of our own): the gang's crimes as an act of
  // war or the gang at war with the country or acting as a foreign government (with the gang named before), no
  // foreign army, what Congress had in mind in 1798, the law used 'this way' or against the gang, a proclamation that
  // fails, deference owed to the president's declaration or his judgment called conclusive, a legal theory rejected
  // or upheld (not one on notice, hearings or contempt); the panel's dissent is a court's voice (context). Venezuela's
  // government calling U.S. strikes an act of war is another matter.
  [
    'en',
    "The administration says Tren de Aragua's crimes are an act of war against the United States.",
    ['aea-invasion'],
  ],
  [
    'en',
    "The court said the gang's crimes, however serious, do not make it a foreign nation at war with the United States.",
    ['aea-invasion'],
  ],
  [
    'en',
    'The judge said the government had not shown that the gang was acting as a foreign government.',
    ['aea-invasion'],
  ],
  [
    'en',
    'The judge wrote that drug trafficking and illegal migration are not what Congress had in mind in 1798.',
    ['aea-invasion'],
  ],
  ['en', 'Several judges have now said the president cannot use the law this way.', ['aea-invasion']],
  ['en', 'Judge Sweeney said the proclamation fails on its own terms.', ['aea-invasion']],
  ['en', "The dissent argued the president's declaration deserved deference.", ['aea-invasion']],
  ['en', "The administration's legal theory for the deportations was rejected by the judge.", ['aea-invasion']],
  ['en', 'Venezuela called the U.S. strikes on boats in the Caribbean an act of war.', []],
  ['en', "The judge rejected the government's legal argument about the notice it gave the men.", []],
  ['es', 'El Gobierno sostiene que los crímenes del Tren de Aragua son un acto de guerra.', ['aea-invasion']],
  ['es', 'El juez dijo que la banda no actúa como un gobierno extranjero.', ['aea-invasion']],
  ['es', 'El juez rechazó la teoría jurídica del Gobierno sobre las deportaciones.', ['aea-invasion']],
  ['es', 'Venezuela calificó de acto de guerra los ataques de Estados Unidos contra lanchas.', []],
  // Round 20, defiance in other words (phrasings of our own): keeping the planes flying, planes not recalled, letting
  // them continue (en); the flights allowed to continue (subjunctive) and an order not respected, which the
  // turn-around-alone veto no longer takes (es).
  ['en', 'The judge wants to know who made the call to keep the planes flying.', ['defied-court-order']],
  ['en', 'The flights were not recalled despite the ruling.', ['defied-court-order']],
  ['en', "Officials let the planes continue to El Salvador after the judge's order.", ['defied-court-order']],
  ['es', 'El juez acusó al Gobierno de no respetar su orden de hacer regresar los aviones.', ['defied-court-order']],
  ['es', 'Boasberg busca identificar a los responsables de que los vuelos continuaran.', ['defied-court-order']],
  // Round 20, notice in hours or only in English (es, as the English trigger has since round 19) and, by cause,
  // another step and population: migrants moved without notice between U.S. detention centres, with no word of the
  // removal, a hearing or a judge (en, es; phrasings of our own).
  ['es', 'Los venezolanos de Bluebonnet recibieron avisos en inglés que les daban 24 horas.', ['due-process']],
  ['es', 'Los migrantes fueron trasladados sin previo aviso a otro centro de detención en Luisiana.', []],
  ['en', 'The migrants were transferred without notice to another detention center in Louisiana.', []],
  // Round 20, the payment in words (phrasings of our own): housing prisoners for a fee (with El Salvador or Bukele
  // named before), how much was paid (es). By cause: what ICE pays private prison companies is other money (en, es);
  // a subset of the men with no record ('about 100 of the men') is the accusation, not how many were sent, unless the
  // total is given (en, es).
  ['en', 'Bukele offered to house U.S. prisoners for a fee.', ['payment-amount']],
  ['es', 'El Gobierno nunca reveló cuánto pagó al Gobierno de Bukele.', ['payment-amount']],
  ['en', 'ICE pays private prison companies about $150 per detainee per day.', []],
  ['es', 'El ICE paga a empresas privadas unos 150 dólares por detenido al día.', []],
  ['en', 'About 100 of the men had no criminal record.', ['gang-membership']],
  ['es', 'Unos 100 de los hombres no tenían antecedentes penales.', ['gang-membership']],
  ['en', 'About 75% of the 238 Venezuelans had no criminal record.', ['deportee-count', 'gang-membership']],
  // Round 20, custody in idiom (en, es; phrasings of our own): out of its hands / ya no están en sus manos, in the
  // hands of or at the mercy of the Salvadoran authorities, power over the prisoners, Salvadoran sovereignty, washing
  // one's hands of the men or their fate; voters' hands and a country's political future stay unlinked.
  ['en', "The administration says the men's fate is out of its hands.", ['custody-jurisdiction']],
  [
    'en',
    'The Venezuelans are in the hands of the Salvadoran authorities, the government argued.',
    ['custody-jurisdiction'],
  ],
  ['en', 'Washington has washed its hands of the men it deported.', ['custody-jurisdiction']],
  ['en', 'The decision is in the hands of the voters of El Salvador.', []],
  ['es', 'Washington asegura que los venezolanos ya no están en sus manos.', ['custody-jurisdiction']],
  ['es', 'El Gobierno de Trump dice que no tiene poder sobre los presos del CECOT.', ['custody-jurisdiction']],
  ['es', 'Estados Unidos alega que los detenidos están bajo la soberanía salvadoreña.', ['custody-jurisdiction']],
  ['es', 'Washington se lava las manos sobre el destino de los presos.', ['custody-jurisdiction']],
  ['es', 'Bukele tiene en sus manos el futuro político del país.', []],
];
// END CASES

describe('claim triggers', () => {
  const pack = loadCompiledPack();
  const claims = pack.claims.map(compileClaim);

  test('every claim has at least one positive sentence in each language', () => {
    for (const lang of ['en', 'es'] as const) {
      const covered = new Set(CASES.filter(([l]) => l === lang).flatMap(([, , ids]) => ids));
      expect(pack.claims.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
    }
  });

  test.each(CASES)('[%s] %s → %j', (lang, sentence, expected) => {
    expect(linkedClaims(sentence, lang, claims)).toEqual([...expected].sort());
  });
});
