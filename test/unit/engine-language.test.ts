import { describe, expect, it } from 'vitest';
import { guessLanguage, languageTag, storyLanguage } from '../../src/engine/language';

const polish =
  'Naukowcy z Krakowa opisali nowy gatunek chrząszcza, który żyje tylko w jaskiniach Tatr. Jest to pierwsze takie odkrycie od lat, ' +
  'a badacze podkreślają, że zwierzę nie ma oczu i porusza się dzięki długim czułkom. Okazy zebrano już w 2019 roku, ale dopiero ' +
  'teraz udało się je dokładnie opisać. Zdaniem autorów jaskinie są dla takich gatunków ostatnim schronieniem, więc trzeba je chronić ' +
  'przed ruchem turystycznym, który w ostatnich latach wyraźnie wzrósł. Nie jest jasne, ile jeszcze podobnych gatunków czeka na odkrycie.';
const english =
  'The council has approved the new cycle lane on the high street after a year of consultation. Work will start in the spring and ' +
  'is expected to take four months, during which the bus stops will be moved to the side streets. Traders were divided: some said ' +
  'that they would lose the parking their customers depend on, while others welcomed the quieter street that the plan promises.';

describe('languageTag', () => {
  it('writes what pages declare as a tag', () => {
    expect(languageTag('en_US')).toBe('en-US');
    expect(languageTag('English')).toBe('en');
    expect(languageTag('en, sv')).toBe('en');
    expect(languageTag('  ')).toBeNull();
    expect(languageTag('n/a')).toBeNull();
  });
});

describe('guessLanguage', () => {
  it('names a language by its script', () => {
    expect(guessLanguage('Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια.')).toBe('el');
    expect(guessLanguage('Правительство объявило о новых мерах поддержки.')).toBe('ru');
    expect(guessLanguage('Уряд оголосив про нові заходи підтримки і допомоги.')).toBe('uk');
    expect(guessLanguage('政府宣布了新的能源措施，以应对冬季的需求。')).toBe('zh');
    expect(guessLanguage('政府は新しいエネルギー対策を発表しました。')).toBe('ja');
    expect(guessLanguage('정부는 새로운 에너지 대책을 발표했다.')).toBe('ko');
    expect(guessLanguage('أعلنت الحكومة عن إجراءات جديدة للطاقة.')).toBe('ar');
  });

  it('names a Latin-script language by its common words, and says nothing when they are too few', () => {
    expect(guessLanguage(polish)).toBe('pl');
    expect(guessLanguage(english)).toBe('en');
    expect(guessLanguage('const x = a ? b : c; for (i in w) z(o);')).toBeNull();
    expect(guessLanguage('Berlin Paris Rome')).toBeNull();
  });
});

describe('storyLanguage', () => {
  it('keeps what the page declares when the text agrees or cannot tell', () => {
    expect(storyLanguage('en-GB', english)).toBe('en-GB');
    expect(storyLanguage('sr', 'Влада је најавила нове мере подршке грађанима.')).toBe('sr');
    expect(storyLanguage('ja', english)).toBe('ja');
  });

  it('corrects a template’s declaration the text plainly contradicts, and guesses an undeclared one', () => {
    expect(storyLanguage('en', polish)).toBe('pl');
    expect(storyLanguage('en-US', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ενέργεια.')).toBe('el');
    expect(storyLanguage(null, polish)).toBe('pl');
    expect(storyLanguage(null, '')).toBeNull();
  });
});

describe('guessLanguage counts', () => {
  it('counts only letters toward a script (ASCII punctuation and digits are not letters)', () => {
    // 40 Cyrillic letters and many more ASCII signs and digits: the letters decide.
    expect(guessLanguage(`${'1234567890 ,.;:!?()[]{}-+=*/ '.repeat(20)} Москва столица России Москва столица`)).toBe('ru');
  });

  it('counts a word common to several languages for each of them', () => {
    // "de", "la", "en" are common in several languages; Spanish's own words decide.
    expect(guessLanguage('el gobierno de la ciudad dijo que los vecinos y las familias en la zona se fueron por la noche con sus hijos pero no para siempre')).toBe('es');
  });
});
