// Reference records of the demo: countries, organisations, meetings, documents and people.
// Facts from PRODUCT.md (the VI Consultative Meeting and its eight documents) carry no `sample`
// flag; everything invented (ministry names we are not sure of, future meetings, people) does.
import type { AgendaItem, Country, Document, LocalText, Meeting, Organisation, Person } from '../schema'
import {
  CREATED_PLANNED,
  CREATED_REFERENCE,
  IdGroup,
  SERIES_CONSULTATIVE,
  SERIES_TRANSPORT_MINISTERS,
  demoId,
  text,
} from './common'

const stamps = (createdAt: string) => ({ createdAt, updatedAt: createdAt })

// ---------------------------------------------------------------------------------------------
// Countries

const COUNTRIES = {
  KZ: text('Казахстан', 'Kazakhstan', { kk: 'Қазақстан', uz: 'Qozogʻiston' }),
  KG: text('Кыргызстан', 'Kyrgyzstan', { kk: 'Қырғызстан', uz: 'Qirgʻiziston' }),
  TJ: text('Таджикистан', 'Tajikistan', { kk: 'Тәжікстан', uz: 'Tojikiston' }),
  TM: text('Туркменистан', 'Turkmenistan', { kk: 'Түрікменстан', uz: 'Turkmaniston' }),
  UZ: text('Узбекистан', 'Uzbekistan', { kk: 'Өзбекстан', uz: 'Oʻzbekiston' }),
  AZ: text('Азербайджан', 'Azerbaijan', { kk: 'Әзербайжан', uz: 'Ozarbayjon' }),
} as const satisfies Record<string, LocalText>
export type CountryCode = keyof typeof COUNTRIES

/** The five participants of the Consultative Meetings, in the order the documents list them. */
export const MEMBERS: readonly CountryCode[] = ['KZ', 'KG', 'TJ', 'TM', 'UZ']
export const COUNTRY_ORDER = Object.keys(COUNTRIES) as CountryCode[]

export const countryId = (code: CountryCode) => demoId(IdGroup.country, COUNTRY_ORDER.indexOf(code) + 1)

function buildCountries(): Country[] {
  return COUNTRY_ORDER.map((code) => ({ id: countryId(code), ...stamps(CREATED_REFERENCE), code, name: COUNTRIES[code] }))
}

// ---------------------------------------------------------------------------------------------
// Organisations

interface OrgSpec {
  country: CountryCode | null
  name: LocalText
  short: LocalText
  kind: Organisation['kind']
  /** Only set for names that are facts of PRODUCT.md; ministry names elsewhere may be inaccurate. */
  fact?: true
}

const org =
  (kind: Organisation['kind']) =>
  (country: CountryCode, name: LocalText, short: LocalText): OrgSpec => ({ country, kind, name, short })
const ministry = org('ministry')
const agency = org('agency')

const ORGANISATIONS = {
  kzTransport: ministry(
    'KZ',
    text('Министерство транспорта Республики Казахстан', 'Ministry of Transport of the Republic of Kazakhstan', {
      kk: 'Қазақстан Республикасының Көлік министрлігі',
      uz: 'Qozogʻiston Respublikasi Transport vazirligi',
    }),
    text('МТ РК', 'MoT KZ', { kk: 'ҚР КМ' }),
  ),
  kzTransportCommittee: agency(
    'KZ',
    text(
      'Комитет транспорта Министерства транспорта Республики Казахстан',
      'Transport Committee of the Ministry of Transport of the Republic of Kazakhstan',
    ),
    text('КТ МТ РК', 'TC MoT KZ'),
  ),
  kzEnergy: ministry(
    'KZ',
    text('Министерство энергетики Республики Казахстан', 'Ministry of Energy of the Republic of Kazakhstan', { kk: 'Қазақстан Республикасының Энергетика министрлігі' }),
    text('МЭ РК', 'MoE KZ', { kk: 'ҚР ЭМ' }),
  ),
  kzIndustry: ministry(
    'KZ',
    text('Министерство промышленности и строительства Республики Казахстан', 'Ministry of Industry and Construction of the Republic of Kazakhstan'),
    text('МПС РК', 'MIC KZ'),
  ),
  kzTrade: ministry(
    'KZ',
    text('Министерство торговли и интеграции Республики Казахстан', 'Ministry of Trade and Integration of the Republic of Kazakhstan'),
    text('МТИ РК', 'MTI KZ'),
  ),
  kzWater: ministry(
    'KZ',
    text('Министерство водных ресурсов и ирригации Республики Казахстан', 'Ministry of Water Resources and Irrigation of the Republic of Kazakhstan'),
    text('МВРИ РК', 'MWRI KZ'),
  ),
  kzForeign: ministry(
    'KZ',
    text('Министерство иностранных дел Республики Казахстан', 'Ministry of Foreign Affairs of the Republic of Kazakhstan', {
      kk: 'Қазақстан Республикасының Сыртқы істер министрлігі',
      uz: 'Qozogʻiston Respublikasi Tashqi ishlar vazirligi',
    }),
    text('МИД РК', 'MFA KZ', { kk: 'ҚР СІМ' }),
  ),

  kgTransport: ministry(
    'KG',
    text('Министерство транспорта и коммуникаций Кыргызской Республики', 'Ministry of Transport and Communications of the Kyrgyz Republic'),
    text('МТК КР', 'MoTC KG'),
  ),
  kgEnergy: ministry(
    'KG',
    text('Министерство энергетики Кыргызской Республики', 'Ministry of Energy of the Kyrgyz Republic'),
    text('МЭ КР', 'MoE KG'),
  ),
  kgEconomy: ministry(
    'KG',
    text('Министерство экономики и коммерции Кыргызской Республики', 'Ministry of Economy and Commerce of the Kyrgyz Republic'),
    text('МЭК КР', 'MEC KG'),
  ),
  kgWater: ministry(
    'KG',
    text(
      'Министерство водных ресурсов, сельского хозяйства и перерабатывающей промышленности Кыргызской Республики',
      'Ministry of Water Resources, Agriculture and Processing Industry of the Kyrgyz Republic',
    ),
    text('МВРСХПП КР', 'MWAPI KG'),
  ),
  kgForeign: ministry(
    'KG',
    text('Министерство иностранных дел Кыргызской Республики', 'Ministry of Foreign Affairs of the Kyrgyz Republic'),
    text('МИД КР', 'MFA KG'),
  ),

  tjTransport: ministry(
    'TJ',
    text('Министерство транспорта Республики Таджикистан', 'Ministry of Transport of the Republic of Tajikistan'),
    text('МТ РТ', 'MoT TJ'),
  ),
  tjEnergy: ministry(
    'TJ',
    text('Министерство энергетики и водных ресурсов Республики Таджикистан', 'Ministry of Energy and Water Resources of the Republic of Tajikistan'),
    text('МЭВР РТ', 'MEWR TJ'),
  ),
  tjIndustry: ministry(
    'TJ',
    text('Министерство промышленности и новых технологий Республики Таджикистан', 'Ministry of Industry and New Technologies of the Republic of Tajikistan'),
    text('МПНТ РТ', 'MINT TJ'),
  ),
  tjEconomy: ministry(
    'TJ',
    text('Министерство экономического развития и торговли Республики Таджикистан', 'Ministry of Economic Development and Trade of the Republic of Tajikistan'),
    text('МЭРТ РТ', 'MEDT TJ'),
  ),
  tjForeign: ministry(
    'TJ',
    text('Министерство иностранных дел Республики Таджикистан', 'Ministry of Foreign Affairs of the Republic of Tajikistan'),
    text('МИД РТ', 'MFA TJ'),
  ),

  tmTransport: agency(
    'TM',
    text('Агентство транспорта и коммуникаций при Кабинете Министров Туркменистана', 'Agency of Transport and Communications under the Cabinet of Ministers of Turkmenistan'),
    text('АТК Туркменистана', 'ATC TM'),
  ),
  tmEnergy: ministry('TM', text('Министерство энергетики Туркменистана', 'Ministry of Energy of Turkmenistan'), text('МЭ Туркменистана', 'MoE TM')),
  tmIndustry: ministry(
    'TM',
    text('Министерство промышленности и строительного производства Туркменистана', 'Ministry of Industry and Construction Production of Turkmenistan'),
    text('МПСП Туркменистана', 'MICP TM'),
  ),
  tmEconomy: ministry(
    'TM',
    text('Министерство финансов и экономики Туркменистана', 'Ministry of Finance and Economy of Turkmenistan'),
    text('МФЭ Туркменистана', 'MFE TM'),
  ),
  tmWater: agency(
    'TM',
    text('Государственный комитет водного хозяйства Туркменистана', 'State Committee for Water Management of Turkmenistan'),
    text('Госкомводхоз Туркменистана', 'SCWM TM'),
  ),
  tmForeign: ministry(
    'TM',
    text('Министерство иностранных дел Туркменистана', 'Ministry of Foreign Affairs of Turkmenistan'),
    text('МИД Туркменистана', 'MFA TM'),
  ),

  uzTransport: ministry(
    'UZ',
    text('Министерство транспорта Республики Узбекистан', 'Ministry of Transport of the Republic of Uzbekistan', {
      kk: 'Өзбекстан Республикасының Көлік министрлігі',
      uz: 'Oʻzbekiston Respublikasi Transport vazirligi',
    }),
    text('МТ РУз', 'MoT UZ', { uz: 'OʻzR TV' }),
  ),
  uzEnergy: ministry(
    'UZ',
    text('Министерство энергетики Республики Узбекистан', 'Ministry of Energy of the Republic of Uzbekistan', { uz: 'Oʻzbekiston Respublikasi Energetika vazirligi' }),
    text('МЭ РУз', 'MoE UZ', { uz: 'OʻzR EV' }),
  ),
  uzIndustry: ministry(
    'UZ',
    text('Министерство инвестиций, промышленности и торговли Республики Узбекистан', 'Ministry of Investment, Industry and Trade of the Republic of Uzbekistan'),
    text('МИПТ РУз', 'MIIT UZ'),
  ),
  uzWater: ministry(
    'UZ',
    text('Министерство водного хозяйства Республики Узбекистан', 'Ministry of Water Resources of the Republic of Uzbekistan'),
    text('МВХ РУз', 'MWR UZ'),
  ),
  uzForeign: ministry(
    'UZ',
    text('Министерство иностранных дел Республики Узбекистан', 'Ministry of Foreign Affairs of the Republic of Uzbekistan', {
      kk: 'Өзбекстан Республикасының Сыртқы істер министрлігі',
      uz: 'Oʻzbekiston Respublikasi Tashqi ishlar vazirligi',
    }),
    text('МИД РУз', 'MFA UZ', { uz: 'OʻzR TIV' }),
  ),

  azTransport: ministry(
    'AZ',
    text('Министерство цифрового развития и транспорта Азербайджанской Республики', 'Ministry of Digital Development and Transport of the Republic of Azerbaijan'),
    text('МЦРТ АР', 'MDDT AZ'),
  ),

  // A guest of the VI meeting (PRODUCT.md), hence a fact.
  unrcca: {
    country: null,
    kind: 'international',
    name: text(
      'Региональный центр ООН по превентивной дипломатии для Центральной Азии',
      'United Nations Regional Centre for Preventive Diplomacy for Central Asia',
    ),
    short: text('РЦПДЦА', 'UNRCCA'),
    fact: true,
  },
} as const satisfies Record<string, OrgSpec>
export type OrgKey = keyof typeof ORGANISATIONS

/** Subordinate bodies; kept apart from the specs so the key type is not defined in terms of itself. */
const PARENTS: Partial<Record<OrgKey, OrgKey>> = { kzTransportCommittee: 'kzTransport' }

const ORG_ORDER = Object.keys(ORGANISATIONS) as OrgKey[]
export const orgId = (key: OrgKey) => demoId(IdGroup.organisation, ORG_ORDER.indexOf(key) + 1)
export const orgCountry = (key: OrgKey): CountryCode | null => (ORGANISATIONS[key] as OrgSpec).country
export const orgShortName = (key: OrgKey): LocalText => ORGANISATIONS[key].short

/** Whose registry the demo is: the delegation secretariat of Kazakhstan's Ministry of Transport. */
export const OUR_ORGANISATION: OrgKey = 'kzTransport'

function buildOrganisations(): Organisation[] {
  return ORG_ORDER.map((key) => {
    const spec: OrgSpec = ORGANISATIONS[key]
    const parent = PARENTS[key]
    return {
      id: orgId(key),
      ...stamps(CREATED_REFERENCE),
      ...(spec.fact ? {} : { sample: true }),
      name: spec.name,
      shortName: spec.short,
      kind: spec.kind,
      countryId: spec.country ? countryId(spec.country) : null,
      parentId: parent ? orgId(parent) : null,
    }
  })
}

// ---------------------------------------------------------------------------------------------
// Meetings

export type MeetingKey = 'consultativeVI' | 'nextConsultative' | 'nextTransportMinisters'
const MEETING_ORDER: MeetingKey[] = ['consultativeVI', 'nextConsultative', 'nextTransportMinisters']
export const meetingId = (key: MeetingKey) => demoId(IdGroup.meeting, MEETING_ORDER.indexOf(key) + 1)

/** Agenda item ids are numbered within their meeting: 101, 102… for the first meeting. */
const agenda = (meeting: MeetingKey, items: LocalText[]): AgendaItem[] =>
  items.map((title, i) => ({ id: demoId(IdGroup.agendaItem, (MEETING_ORDER.indexOf(meeting) + 1) * 100 + i + 1), title, notes: '' }))

const member = (code: CountryCode) => ({ countryId: countryId(code), organisationId: null, role: 'member' as const, note: '' })

/** The five members, as every meeting of the series has them. */
const members = () => MEMBERS.map(member)

function buildMeetings(): Meeting[] {
  const held: Meeting = {
    id: meetingId('consultativeVI'),
    ...stamps(CREATED_REFERENCE),
    series: SERIES_CONSULTATIVE,
    number: 6,
    title: text('VI Консультативная встреча глав государств Центральной Азии', 'VI Consultative Meeting of the Heads of State of Central Asia'),
    startDate: '2024-08-09',
    endDate: '2024-08-09',
    venue: text('Астана', 'Astana'),
    chairCountryId: countryId('KZ'),
    participants: [
      ...MEMBERS.map((code) => ({ ...member(code), note: 'Президент' })),
      { countryId: countryId('AZ'), organisationId: null, role: 'guest', note: 'Президент Азербайджанской Республики' },
      { countryId: null, organisationId: orgId('unrcca'), role: 'guest', note: 'Глава РЦПДЦА' },
    ],
    // The themes named at the meeting (PRODUCT.md), nothing more.
    agenda: agenda('consultativeVI', [
      text(
        'Совершенствование межгосударственной координации и контроля за реализацией инициатив',
        'Better intergovernmental coordination and control over the implementation of initiatives',
      ),
      text('Партнёрство в сфере безопасности и экономики', 'Security and economic partnership'),
      text('Роль женщин в обществе', 'The role of women in society'),
      text('Экспертное сотрудничество', 'Expert cooperation'),
      text('Рациональное использование водных и энергетических ресурсов', 'Rational use of water and energy resources'),
    ]),
    status: 'held',
  }

  // Invented, so that "by the next meeting" deadlines resolve to a date. Unnumbered on purpose:
  // the real VII meeting already took place (Tashkent, November 2025), and which number falls
  // after the demo's "today" is unknown. Venues are left to be confirmed, as a secretariat would.
  const toBeConfirmed = text('Место уточняется', 'To be confirmed')
  const nextSummit: Meeting = {
    id: meetingId('nextConsultative'),
    ...stamps(CREATED_PLANNED),
    sample: true,
    series: SERIES_CONSULTATIVE,
    number: null,
    title: text('Очередная Консультативная встреча глав государств Центральной Азии', 'Next Consultative Meeting of the Heads of State of Central Asia'),
    startDate: '2027-03-18',
    endDate: '2027-03-18',
    venue: toBeConfirmed,
    chairCountryId: null,
    participants: members(),
    agenda: agenda('nextConsultative', [
      text(
        'О ходе реализации Дорожной карты по развитию регионального сотрудничества на 2025–2027 годы',
        'Implementation of the Roadmap for the Development of Regional Cooperation for 2025–2027',
      ),
      text('Транспортная взаимосвязанность Центральной Азии', 'Transport connectivity of Central Asia'),
    ]),
    status: 'planned',
  }
  const nextTransport: Meeting = {
    id: meetingId('nextTransportMinisters'),
    ...stamps(CREATED_PLANNED),
    sample: true,
    series: SERIES_TRANSPORT_MINISTERS,
    number: null,
    title: text('Очередная встреча министров транспорта государств Центральной Азии', 'Next Meeting of the Transport Ministers of Central Asia'),
    startDate: '2027-02-10',
    endDate: '2027-02-11',
    venue: toBeConfirmed,
    chairCountryId: null,
    participants: members(),
    agenda: agenda('nextTransportMinisters', [
      text(
        'О проекте Соглашения о международных автомобильных перевозках',
        'Draft Agreement on International Road Transport',
      ),
      text('О развитии транспортно-логистических центров', 'Development of transport and logistics centres'),
      text(
        'О проекте Стратегии развития транспортной взаимосвязанности',
        'Draft Strategy for the Development of Transport Connectivity',
      ),
    ]),
    status: 'planned',
  }
  return [held, nextSummit, nextTransport]
}

// ---------------------------------------------------------------------------------------------
// Documents: the eight adopted at the VI meeting, as PRODUCT.md's table lists them.

export type DocKey =
  | 'jointStatement'
  | 'concept'
  | 'decision'
  | 'roadmap'
  | 'actionPlan'
  | 'memorandum'
  | 'energyCommunique'
  | 'transportCommunique'

interface DocSpec {
  key: DocKey
  type: Document['type']
  title: LocalText
  /** Who signed it, or that the Joint Statement approved it. */
  adoption: NonNullable<Document['adoption']['signatoryLevel']> | 'approved_by_joint_statement'
  validity?: { from: string; to: string }
}

const PLAN_PERIOD = { from: '2025-01-01', to: '2027-12-31' }

const DOCUMENTS: DocSpec[] = [
  {
    key: 'jointStatement',
    type: 'joint_statement',
    title: text(
      'Совместное заявление глав государств по итогам VI Консультативной встречи глав государств Центральной Азии',
      'Joint Statement of the Heads of State following the VI Consultative Meeting',
    ),
    adoption: 'heads_of_state',
  },
  {
    key: 'concept',
    type: 'concept',
    title: text(
      'Концепция развития регионального сотрудничества «Центральная Азия – 2040»',
      'Concept for the Development of Regional Cooperation "Central Asia – 2040"',
    ),
    adoption: 'heads_of_state',
  },
  {
    key: 'decision',
    type: 'decision',
    title: text(
      'Решение о награждении Президента Республики Узбекистан Почётным знаком глав государств Центральной Азии',
      'Decision on awarding the President of Uzbekistan the Honorary Badge of the Heads of State of Central Asia',
    ),
    adoption: 'heads_of_state',
  },
  {
    key: 'roadmap',
    type: 'roadmap',
    title: text(
      'Дорожная карта по развитию регионального сотрудничества на 2025–2027 годы',
      'Roadmap for the Development of Regional Cooperation for 2025–2027',
    ),
    adoption: 'approved_by_joint_statement',
    validity: PLAN_PERIOD,
  },
  {
    key: 'actionPlan',
    type: 'action_plan',
    title: text(
      'План действий по развитию промышленной кооперации государств Центральной Азии на 2025–2027 годы',
      'Action Plan for the Development of Industrial Cooperation of the Central Asian States for 2025–2027',
    ),
    adoption: 'approved_by_joint_statement',
    validity: PLAN_PERIOD,
  },
  {
    key: 'memorandum',
    type: 'memorandum',
    title: text(
      'Меморандум о взаимопонимании по развитию транспортно-логистических центров',
      'Memorandum of Understanding on the development of transport and logistics centres',
    ),
    adoption: 'delegations',
  },
  {
    key: 'energyCommunique',
    type: 'communique',
    title: text(
      'Коммюнике первой встречи министров энергетики государств Центральной Азии',
      'Communiqué of the first meeting of the energy ministers of Central Asia',
    ),
    adoption: 'delegations',
  },
  {
    key: 'transportCommunique',
    type: 'communique',
    title: text(
      'Астанинское коммюнике второй встречи министров транспорта государств Центральной Азии',
      'Astana Communiqué of the second meeting of the transport ministers of Central Asia',
    ),
    adoption: 'delegations',
  },
]

export const documentId = (key: DocKey) => demoId(IdGroup.document, DOCUMENTS.findIndex((d) => d.key === key) + 1)

function buildDocuments(): Document[] {
  const jointStatement = documentId('jointStatement')
  return DOCUMENTS.map((spec) => {
    const adoption: Document['adoption'] =
      spec.adoption === 'approved_by_joint_statement'
        ? { mode: 'approved_by_document', signatoryLevel: null, approvedByDocumentId: jointStatement }
        : { mode: 'signed', signatoryLevel: spec.adoption, approvedByDocumentId: null }
    const approved = adoption.mode === 'approved_by_document'
    return {
      id: documentId(spec.key),
      ...stamps(CREATED_REFERENCE),
      meetingId: meetingId('consultativeVI'),
      type: spec.type,
      title: spec.title,
      date: '2024-08-09',
      adoption,
      // The members are parties to every document; they signed it unless the Joint Statement approved it.
      parties: MEMBERS.map((code) => ({ countryId: countryId(code), signed: !approved, reservation: '' })),
      validity: spec.validity ?? { from: null, to: null },
      parentDocumentId: approved ? jointStatement : null,
      sourceFiles: [],
    }
  })
}

// ---------------------------------------------------------------------------------------------
// People: invented counterparts met at the VI meeting.

interface PersonSpec {
  name: LocalText
  position: LocalText
  org: OrgKey
  bio: string
}

const PEOPLE: PersonSpec[] = [
  {
    name: text('Нурлан Абдыкадыров', 'Nurlan Abdykadyrov'),
    position: text('Заместитель министра', 'Deputy Minister'),
    org: 'kgTransport',
    bio: 'Курирует международные автомобильные перевозки и проекты транспортных коридоров. Возглавлял экспертную группу Кыргызской Республики по проекту Соглашения о международных автомобильных перевозках. Владеет русским и английским языками.',
  },
  {
    name: text('Фарход Рахимзода', 'Farkhod Rakhimzoda'),
    position: text('Начальник управления внешних связей', 'Head of the External Relations Department'),
    org: 'tjTransport',
    bio: 'Отвечает за подготовку межправительственных соглашений в области транспорта. Ранее работал в дипломатической миссии Республики Таджикистан. Контактное лицо по Меморандуму о развитии транспортно-логистических центров.',
  },
  {
    name: text('Мерген Атаев', 'Mergen Atayev'),
    position: text('Заместитель председателя', 'Deputy Chairman'),
    org: 'tmTransport',
    bio: 'Курирует морские и железнодорожные перевозки через порт Туркменбаши. Участник переговоров по развитию Транскаспийского маршрута.',
  },
  {
    name: text('Дилноза Каримова', 'Dilnoza Karimova'),
    position: text('Директор департамента международного сотрудничества', 'Director of the International Cooperation Department'),
    org: 'uzTransport',
    bio: 'Координирует цифровизацию транспортных процессов (e-CMR, электронные разрешения). Сопредседатель Рабочей группы по развитию транспортно-логистических центров.',
  },
  {
    name: text('Шахин Мамедов', 'Shahin Mammadov'),
    position: text('Начальник отдела международных транспортных коридоров', 'Head of the International Transport Corridors Division'),
    org: 'azTransport',
    bio: 'Отвечает за взаимодействие со странами Центральной Азии по Транскаспийскому международному транспортному маршруту.',
  },
]

function buildPeople(): Person[] {
  return PEOPLE.map((p, i) => ({
    id: demoId(IdGroup.person, i + 1),
    ...stamps(CREATED_REFERENCE),
    sample: true,
    name: p.name,
    position: p.position,
    organisationId: orgId(p.org),
    bio: p.bio,
    meetingIds: [meetingId('consultativeVI')],
  }))
}

export function buildReference() {
  return {
    countries: buildCountries(),
    organisations: buildOrganisations(),
    people: buildPeople(),
    meetings: buildMeetings(),
    documents: buildDocuments(),
  }
}
