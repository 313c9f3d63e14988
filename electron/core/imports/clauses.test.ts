import { describe, expect, it } from 'vitest'
import { splitClauses, type Clause } from './clauses'

const c = (ref: string, clause: string, level: number, likelyCommitment: boolean, text: string): Clause => ({ ref, clause, text, level, likelyCommitment })

// A joint statement as pasted from Word on Windows: CRLF, a tab and non-breaking spaces after
// numbers, lines wrapped mid-sentence, one wrapped line starting with a number.
const RU_STATEMENT = [
  'СОВМЕСТНОЕ ЗАЯВЛЕНИЕ',
  'глав государств Центральной Азии по итогам Шестой Консультативной встречи',
  '',
  'Главы государств Центральной Азии, собравшиеся 9\u00a0августа 2024\u00a0года в городе Астане,',
  '',
  'подтверждая приверженность принципам добрососедства, взаимного доверия и равноправного сотрудничества,',
  '',
  'заявляют о следующем:',
  '',
  '1.\tГлавы государств приветствовали рост взаимной торговли, достигший в 2023 году',
  '10.5 млрд долларов США.',
  '',
  '2. Главы государств договорились:',
  '2.1.\u00a0обеспечить реализацию Дорожной карты развития регионального сотрудничества на 2025–2027 годы;',
  '2.2. провести в 2025 году заседание Совета национальных координаторов для рассмотрения хода выполнения',
  '   Дорожной карты;',
  '2.3. рассмотреть возможность создания механизма мониторинга выполнения',
  'договоренностей.',
  '',
  '3. Поручить министерствам иностранных дел:',
  '\tа) подготовить к следующей Консультативной встрече доклад о ходе выполнения настоящего Заявления;',
  '\tб) организовать консультации по вопросам региональной безопасности.',
  '',
  '4. Стороны продолжат сотрудничество в области рационального использования водно-энергетических ресурсов, в том числе:',
  '- разработку согласованных подходов к использованию трансграничных водотоков;',
  '- обмен гидрометеорологической информацией.',
  '',
  '5. Главы государств отметили важность расширения роли женщин в общественно-политической жизни.',
  '',
  'п. 6 Министерствам транспорта обеспечить в течение трёх месяцев с даты подписания создание рабочей группы по развитию транспортно-логистических центров.',
  '',
  '7. Стороны условились:',
  '7.1. в области промышленной кооперации:',
  '1) разработать перечень совместных инвестиционных проектов;',
  '2) провести Промышленный форум Центральной Азии в 2025 году;',
  '7.2. в области экспертного сотрудничества:',
  '1) создать сеть аналитических центров;',
  '7.2.1. Секретариату сети ежегодно представлять обзор.',
  '',
  'Совершено в городе Астане 9 августа 2024 года в одном подлинном экземпляре на русском языке.',
].join('\r\n')

const RU_EXPECTED: Clause[] = [
  c('', '', 0, false, 'СОВМЕСТНОЕ ЗАЯВЛЕНИЕ глав государств Центральной Азии по итогам Шестой Консультативной встречи'),
  c('', '', 0, false, 'Главы государств Центральной Азии, собравшиеся 9 августа 2024 года в городе Астане,'),
  c('', '', 0, false, 'подтверждая приверженность принципам добрососедства, взаимного доверия и равноправного сотрудничества,'),
  c('', '', 0, false, 'заявляют о следующем:'),
  // "10.5" continues the sentence: it is no clause 10.5 after clause 1.
  c('1.', 'п. 1', 1, false, 'Главы государств приветствовали рост взаимной торговли, достигший в 2023 году 10.5 млрд долларов США.'),
  c('2.', 'п. 2', 1, false, 'Главы государств договорились:'),
  c('2.1.', 'п. 2.1', 2, true, 'обеспечить реализацию Дорожной карты развития регионального сотрудничества на 2025–2027 годы;'),
  c('2.2.', 'п. 2.2', 2, true, 'провести в 2025 году заседание Совета национальных координаторов для рассмотрения хода выполнения Дорожной карты;'),
  c('2.3.', 'п. 2.3', 2, true, 'рассмотреть возможность создания механизма мониторинга выполнения договоренностей.'),
  c('3.', 'п. 3', 1, false, 'Поручить министерствам иностранных дел:'),
  c('а)', 'п. 3 а)', 2, true, 'подготовить к следующей Консультативной встрече доклад о ходе выполнения настоящего Заявления;'),
  c('б)', 'п. 3 б)', 2, true, 'организовать консультации по вопросам региональной безопасности.'),
  c('4.', 'п. 4', 1, false, 'Стороны продолжат сотрудничество в области рационального использования водно-энергетических ресурсов, в том числе:'),
  // Bare nouns, ticked because the clause that lists them commits the parties.
  c('-', 'п. 4', 2, true, 'разработку согласованных подходов к использованию трансграничных водотоков;'),
  c('-', 'п. 4', 2, true, 'обмен гидрометеорологической информацией.'),
  c('5.', 'п. 5', 1, false, 'Главы государств отметили важность расширения роли женщин в общественно-политической жизни.'),
  c('п. 6', 'п. 6', 1, true, 'Министерствам транспорта обеспечить в течение трёх месяцев с даты подписания создание рабочей группы по развитию транспортно-логистических центров.'),
  c('7.', 'п. 7', 1, false, 'Стороны условились:'),
  c('7.1.', 'п. 7.1', 2, false, 'в области промышленной кооперации:'),
  c('1)', 'п. 7.1 1)', 3, true, 'разработать перечень совместных инвестиционных проектов;'),
  c('2)', 'п. 7.1 2)', 3, true, 'провести Промышленный форум Центральной Азии в 2025 году;'),
  c('7.2.', 'п. 7.2', 2, false, 'в области экспертного сотрудничества:'),
  c('1)', 'п. 7.2 1)', 3, true, 'создать сеть аналитических центров;'),
  c('7.2.1.', 'п. 7.2.1', 3, true, 'Секретариату сети ежегодно представлять обзор.'),
  c('', '', 0, false, 'Совершено в городе Астане 9 августа 2024 года в одном подлинном экземпляре на русском языке.'),
]

// A communiqué in the UN style: Roman sections, "(a)" and "(i)" sub-items, bullets.
const EN_COMMUNIQUE = `JOINT COMMUNIQUÉ
of the First Meeting of the Energy Ministers of Central Asia

Astana, 9 August 2024

The Ministers of Energy of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan (hereinafter "the Ministers"),

Recognising the importance of regional cooperation for energy security and the political will of the Parties,

Have agreed as follows:

I. Regional electricity market

1. The Ministers agreed to establish a Working Group on the regional electricity market.
2.\tThe Working Group shall:
   (a) prepare a draft concept of the regional electricity market
       by the end of 2025;
   (b) assess the capacity of interconnections;
   (c) report to the next meeting of the Ministers.
3. The Ministers noted the progress achieved in the restoration of the Central Asian Power System.

II. Renewable energy and efficiency

4. The Parties will exchange experience in renewable energy, including:
• solar and wind generation;
• energy storage.
5. The Ministers welcomed the offer of the Republic of Uzbekistan to host the second meeting in 2025.
6. The Ministers instructed their experts to:
   (i) identify priority investment projects;
   (ii) explore financing from international financial institutions.
7. Each Party undertakes to designate a national focal point within three months.

Done in Astana on 9 August 2024 in the English and Russian languages.

For the Republic of Azerbaijan (as a guest)
I. Aliyev`

const EN_EXPECTED: Clause[] = [
  c('', '', 0, false, 'JOINT COMMUNIQUÉ of the First Meeting of the Energy Ministers of Central Asia'),
  c('', '', 0, false, 'Astana, 9 August 2024'),
  c('', '', 0, false, 'The Ministers of Energy of the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan (hereinafter "the Ministers"),'),
  c('', '', 0, false, 'Recognising the importance of regional cooperation for energy security and the political will of the Parties,'),
  c('', '', 0, false, 'Have agreed as follows:'),
  c('I.', 'разд. I', 1, false, 'Regional electricity market'),
  c('1.', 'п. 1', 2, true, 'The Ministers agreed to establish a Working Group on the regional electricity market.'),
  c('2.', 'п. 2', 2, false, 'The Working Group shall:'),
  c('(a)', 'п. 2 (a)', 3, true, 'prepare a draft concept of the regional electricity market by the end of 2025;'),
  c('(b)', 'п. 2 (b)', 3, true, 'assess the capacity of interconnections;'),
  c('(c)', 'п. 2 (c)', 3, true, 'report to the next meeting of the Ministers.'),
  c('3.', 'п. 3', 2, false, 'The Ministers noted the progress achieved in the restoration of the Central Asian Power System.'),
  c('II.', 'разд. II', 1, false, 'Renewable energy and efficiency'),
  c('4.', 'п. 4', 2, false, 'The Parties will exchange experience in renewable energy, including:'),
  c('•', 'п. 4', 3, true, 'solar and wind generation;'),
  c('•', 'п. 4', 3, true, 'energy storage.'),
  c('5.', 'п. 5', 2, false, 'The Ministers welcomed the offer of the Republic of Uzbekistan to host the second meeting in 2025.'),
  c('6.', 'п. 6', 2, false, 'The Ministers instructed their experts to:'),
  c('(i)', 'п. 6 (i)', 3, true, 'identify priority investment projects;'),
  c('(ii)', 'п. 6 (ii)', 3, true, 'explore financing from international financial institutions.'),
  c('7.', 'п. 7', 2, true, 'Each Party undertakes to designate a national focal point within three months.'),
  c('', '', 0, false, 'Done in Astana on 9 August 2024 in the English and Russian languages.'),
  // "I." again, after section II: a signature's initial, not a section.
  c('', '', 0, false, 'For the Republic of Azerbaijan (as a guest) I. Aliyev'),
]

describe('splitClauses: documents', () => {
  it('splits a Russian joint statement', () => {
    expect(splitClauses(RU_STATEMENT)).toEqual(RU_EXPECTED)
  })

  it('splits an English communiqué', () => {
    expect(splitClauses(EN_COMMUNIQUE)).toEqual(EN_EXPECTED)
  })

  it('reads old Mac line endings the same as Windows ones', () => {
    expect(splitClauses(RU_STATEMENT.replace(/\r\n/g, '\r'))).toEqual(RU_EXPECTED)
  })

  it('returns nothing for empty or blank text', () => {
    expect(splitClauses('')).toEqual([])
    expect(splitClauses(' \r\n\t\u00a0\n\n')).toEqual([])
  })
})

describe('splitClauses: markers', () => {
  const refs = (text: string) => splitClauses(text).map((x) => [x.ref, x.clause, x.level])

  it('takes a marker alone on its line with the text after it, even after a blank line', () => {
    expect(splitClauses('1.\n\nСтороны обеспечат обмен информацией.\n2.\nСтороны проведут форум.')).toEqual([
      c('1.', 'п. 1', 1, true, 'Стороны обеспечат обмен информацией.'),
      c('2.', 'п. 2', 1, true, 'Стороны проведут форум.'),
    ])
  })

  it('accepts numbers written without a space', () => {
    expect(refs('1.Разработать план;\n2.Провести форум;\n2.1.Подготовить доклад.')).toEqual([
      ['1.', 'п. 1', 1],
      ['2.', 'п. 2', 1],
      ['2.1.', 'п. 2.1', 2],
    ])
  })

  it('reads decimal numbers without a trailing dot, but not a bare "1 " or "2 "', () => {
    expect(refs('1 Общие положения\n1.1 Цели\n1.1.1 Первая цель\n1.1.2 Вторая цель\n1.2 Задачи\n2 Итоги')).toEqual([
      ['', '', 0],
      ['1.1', 'п. 1.1', 1],
      ['1.1.1', 'п. 1.1.1', 2],
      ['1.1.2', 'п. 1.1.2', 2],
      ['1.2', 'п. 1.2', 1],
    ])
  })

  it('reads "п. 3" and "п.3.2" at a line start', () => {
    expect(refs('п. 3 Стороны создают рабочую группу.\nп.3.2 Рабочая группа собирается ежегодно.')).toEqual([
      ['п. 3', 'п. 3', 1],
      ['п.3.2', 'п. 3.2', 2],
    ])
  })

  it('numbers a top-level "2)" as a clause and nests letters under it', () => {
    expect(refs('1) провести форум;\n2) создать совет:\nа) из представителей министерств;\nб) из экспертов.\n3) утвердить план.')).toEqual([
      ['1)', 'п. 1', 1],
      ['2)', 'п. 2', 1],
      ['а)', 'п. 2 а)', 2],
      ['б)', 'п. 2 б)', 2],
      ['3)', 'п. 3', 1],
    ])
    // "(1)" is a list of its own, as "(a)" is beside "a)".
    expect(refs('(1) провести форум;\n(2) создать совет:\n1) из министров;\n2) из экспертов.')).toEqual([
      ['(1)', 'п. 1', 1],
      ['(2)', 'п. 2', 1],
      ['1)', 'п. 2 1)', 2],
      ['2)', 'п. 2 2)', 2],
    ])
  })

  it('tells the letter "i)" after "h)" from the Roman numeral "i)"', () => {
    const letters = 'abcdefghi'.split('').map((l) => `${l}) item ${l};`).join('\n')
    expect(splitClauses(letters).map((x) => x.clause)).toEqual(['a)', 'b)', 'c)', 'd)', 'e)', 'f)', 'g)', 'h)', 'i)'])
    expect(new Set(splitClauses(letters).map((x) => x.level))).toEqual(new Set([1]))
    const romans = '1. Items:\n(i) one;\n(ii) two;\n(iii) three;\n(iv) four;\n(v) five;\n(vi) six.'
    expect(refs(romans).slice(1)).toEqual(['(i)', '(ii)', '(iii)', '(iv)', '(v)', '(vi)'].map((r) => [r, `п. 1 ${r}`, 2]))
  })

  it('keeps Cyrillic and Latin, lower and upper case letter lists apart', () => {
    expect(refs('А) раздел;\nа) пункт;\nб) пункт;\nБ) раздел.')).toEqual([
      ['А)', 'А)', 1],
      ['а)', 'А) а)', 2],
      ['б)', 'А) б)', 2],
      ['Б)', 'Б)', 1],
    ])
  })

  it('reads every bullet sign and nests bullets under the item they follow', () => {
    const text = ['1. Стороны:', '• первое;', '– второе;', '— третье;', '* четвертое;', '\uf0b7 пятое;', '- шестое.', '2. Итоги.'].join('\n')
    expect(refs(text)).toEqual([
      ['1.', 'п. 1', 1],
      ['•', 'п. 1', 2],
      ['–', 'п. 1', 3],
      ['—', 'п. 1', 4],
      ['*', 'п. 1', 5],
      ['\uf0b7', 'п. 1', 6],
      ['-', 'п. 1', 7],
      ['2.', 'п. 2', 1],
    ])
    expect(refs('1. Стороны:\n- первое;\n  • вложенное;\n- второе.')).toEqual([
      ['1.', 'п. 1', 1],
      ['-', 'п. 1', 2],
      ['•', 'п. 1', 3],
      ['-', 'п. 1', 2],
    ])
  })

  it('ends a bullet list at an unnumbered paragraph', () => {
    expect(refs('Стороны отметили:\n- рост торговли;\n- рост инвестиций.\n\nСтороны договорились:\n- развивать транзит.')).toEqual([
      ['', '', 0],
      ['-', '', 1],
      ['-', '', 1],
      ['', '', 0],
      ['-', '', 1],
    ])
  })

  it('reads a dash or number that carries on a sentence as text, not a marker', () => {
    const text = 'Стороны отмечают рост сотрудничества в формате Центральная Азия\n— Китай и рост инвестиций до\n1.2 млрд долларов, а также\n(3) новых проектов.'
    expect(splitClauses(text)).toEqual([c('', '', 0, false, 'Стороны отмечают рост сотрудничества в формате Центральная Азия — Китай и рост инвестиций до 1.2 млрд долларов, а также (3) новых проектов.')])
  })

  it('still reads the next number as a marker when the line before has no full stop', () => {
    expect(refs('1. Торговля\n2. Транспорт\n2.1. Железные дороги\n3. Энергетика')).toEqual([
      ['1.', 'п. 1', 1],
      ['2.', 'п. 2', 1],
      ['2.1.', 'п. 2.1', 2],
      ['3.', 'п. 3', 1],
    ])
  })

  it('does not take dates, years or sums at a line start for numbers', () => {
    expect(refs('15.01.2027 состоялось заседание.\n\n2025 год объявлен годом.\n\n12 стран подписали.')).toEqual([
      ['', '', 0],
      ['', '', 0],
      ['', '', 0],
    ])
  })

  it('drops soft hyphens and zero-width spaces and collapses whitespace', () => {
    expect(splitClauses('1.\u00a0\u00a0Сто\u00adроны\u200b\tобеспечат  обмен\u00a0информацией.')).toEqual([c('1.', 'п. 1', 1, true, 'Стороны обеспечат обмен информацией.')])
  })
})

describe('splitClauses: likely commitments', () => {
  it.each<[string, boolean]>([
    ['Разработать план совместных мероприятий.', true],
    ['Развивать сотрудничество в сфере туризма.', true],
    ['Стороны будут содействовать развитию транзита.', true],
    ['Стороны обязуются обмениваться информацией.', true],
    ['Принять необходимые меры по упрощению процедур.', true],
    ['Главам правительств рассмотреть вопрос о создании фонда.', true],
    ['Отметить значимость Консультативных встреч.', false],
    ['Приветствовать инициативу Туркменистана.', false],
    ['Принять к сведению информацию Секретариата.', false],
    ['В целях обеспечения продовольственной безопасности региона', false],
    ['во исполнение поручений глав государств', false],
    ['The Parties shall exchange information on a regular basis.', true],
    ['The Ministers agreed on a schedule of meetings.', true],
    ['The Ministers committed to phasing out barriers to trade.', true],
    ['Recalling the political will and good will of the peoples of Central Asia,', false],
    ['The Ministers welcomed the outcome of the Summit.', false],
    ['Noting the development of transport corridors,', false],
  ])('%s → %s', (text, likely) => {
    expect(splitClauses(text)).toEqual([c('', '', 0, likely, text)])
  })
})

describe('splitClauses: very long input', () => {
  const MB = 1_000_000

  it('splits a megabyte of numbered clauses', () => {
    const lines: string[] = []
    let size = 0
    for (let i = 0; size < MB; i++) {
      const line = `${Math.floor(i / 100) + 1}.${(i % 100) + 1}. Стороны обеспечат выполнение мероприятия ${i} в установленные сроки;`
      lines.push(line, i % 7 === 0 ? '' : '  продолжение строки с пояснением.')
      size += line.length + 40
    }
    const clauses = splitClauses(lines.join('\r\n'))
    expect(clauses).toHaveLength(lines.length / 2)
    expect(clauses.every((x) => x.level === 1 && x.likelyCommitment)).toBe(true)
  })

  it('reads a megabyte without line breaks, or of marker-like noise, as one paragraph', () => {
    expect(splitClauses('Стороны обеспечат выполнение. '.repeat(MB / 30))).toHaveLength(1)
    expect(splitClauses('1.1.1.1.1.1.1.'.repeat(MB / 14))).toHaveLength(1)
    expect(splitClauses('((((а'.repeat(MB / 5))).toHaveLength(1)
  })
})
