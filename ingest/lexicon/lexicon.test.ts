import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { measureLexicon } from './benchmark.ts';
import { findGazetteerMentions, type GazetteerMention } from './index.ts';

const brief = (mentions: GazetteerMention[]) => mentions.map((m) => `${m.surface}=${m.entry.key}`);
const keysIn = (text: string, lang: LanguageTag) => findGazetteerMentions(text, lang).map((m) => m.entry.key);

describe('findGazetteerMentions', () => {
  test('finds names and aliases in French, with elisions, offsets into the original', () => {
    const text = "Selon Flashpoint, les pirates d’APT28 — alias Fancy Bear — ont visé l'ANSSI et En Marche !";
    const mentions = findGazetteerMentions(text, 'fr');
    assert.deepEqual(brief(mentions), [
      'Flashpoint=curated:flashpoint',
      'APT28=mitre-attack:G0007',
      'Fancy Bear=mitre-attack:G0007',
      'ANSSI=curated:anssi',
      'En Marche !=curated:en-marche',
    ]);
    for (const mention of mentions) assert.equal(text.slice(mention.start, mention.end), mention.surface);
    assert.equal(mentions[1]?.via, 'name');
    assert.equal(mentions[2]?.via, 'alias');
  });

  test('a small French commune is named in French text only; a department and a big city everywhere', () => {
    const commune = 'insee:38339';
    assert.ok(keysIn('Le conseil municipal de Roche a voté le budget.', 'fr').includes(commune));
    assert.ok(!keysIn('The crew breached Roche and two other drug makers.', 'en').includes(commune));
    assert.ok(keysIn('The plant sits in Ardèche, far from Lyon.', 'en').includes('insee-departement:07'));
    assert.ok(keysIn('The plant sits in Ardèche, far from Lyon.', 'en').some((key) => key.includes('lyon')));
  });

  test('finds Arabic names behind attached clitics and reports the span without them', () => {
    const text =
      'وقالت الحملة إن لماكرون خصوماً، وبوتين نفى، وأشارت بمصلحة الاستخبارات العسكرية الروسية إلى بون ستورم.';
    const mentions = findGazetteerMentions(text, 'ar');
    assert.deepEqual(brief(mentions), [
      'ماكرون=curated:emmanuel-macron',
      'بوتين=curated:vladimir-putin',
      'مصلحة الاستخبارات العسكرية الروسية=curated:gru',
      'بون ستورم=mitre-attack:G0007',
    ]);
  });

  test('reads names with diacritics, hamza variants and invisible marks', () => {
    const text = 'التقى إِيمانويل ماكرون مع \u200fفلاديمير بوتين';
    assert.deepEqual(keysIn(text, 'ar'), ['curated:emmanuel-macron', 'curated:vladimir-putin']);
  });

  test('handles ل + ال written as لل', () => {
    const mentions = findGazetteerMentions('قدمت فرنسا شكوى للولايات المتحدة وللكرملين', 'ar');
    assert.deepEqual(brief(mentions), [
      'فرنسا=iso3166:FR',
      'ولايات المتحدة=iso3166:US',
      'كرملين=curated:kremlin',
    ]);
  });

  test('context-only Arabic names need a cue too', () => {
    assert.deepEqual(keysIn('خطوة إلى الأمام في المفاوضات', 'ar'), []);
    assert.deepEqual(keysIn('قال المتحدث باسم إلى الأمام إن الموقع تعرض للاختراق', 'ar'), [
      'curated:en-marche',
    ]);
  });

  test('finds Latin names behind attached Arabic clitics, tatweel or not, and only behind clitics', () => {
    const text = 'واستخدموا Zebrocy وZebrocy بـAPT28 لـMicrosoft.';
    assert.deepEqual(
      findGazetteerMentions(text, 'ar').map((mention) => mention.surface),
      ['Zebrocy', 'Zebrocy', 'APT28', 'Microsoft'],
    );
    assert.deepEqual(keysIn('كتابMicrosoft', 'ar'), []);
  });

  test('whole words only: no match inside a longer word', () => {
    assert.deepEqual(keysIn('The Turlas and MacronX and Parisianism are not names here.', 'en'), []);
    assert.deepEqual(keysIn('الاستعمار بالبرلمان', 'ar'), []);
  });

  test('leftmost-longest, no overlaps', () => {
    const mentions = findGazetteerMentions('Emmanuel Macron met Marine Le Pen in New York City.', 'en');
    assert.deepEqual(brief(mentions), [
      'Emmanuel Macron=curated:emmanuel-macron',
      'Marine Le Pen=curated:marine-le-pen',
      'New York City=curated:city-new-york',
    ]);
  });

  test('ordinary-word aliases produce nothing in ordinary sentences', () => {
    const text =
      'Children play in the park. Tick the box before you leave. A snake crossed the road. ' +
      'Play resumed after the rain. Mantis shrimps are colourful. Zinc is a metal. Let us know.';
    assert.deepEqual(findGazetteerMentions(text, 'en'), []);
    assert.deepEqual(findGazetteerMentions('Les enfants jouent, le serpent dort.', 'fr'), []);
    // "كيف" (how) is also a spelling of Kyiv: only a word for a place makes it the city.
    assert.deepEqual(keysIn('كيف يعمل البرنامج؟ لا أحد يعرف.', 'ar'), []);
    assert.deepEqual(keysIn('زار الوفد العاصمة كيف أمس.', 'ar'), ['curated:city-kyiv']);
  });

  test('ordinary-word aliases are found with a cue, and flagged', () => {
    const mentions = findGazetteerMentions(
      'Researchers tied the intrusion to the Snake group, also tracked as Turla.',
      'en',
    );
    assert.deepEqual(
      mentions.map((m) => [m.surface, m.needsContext]),
      [
        ['Snake', true],
        ['Turla', false],
      ],
    );
    assert.equal(mentions[0]?.entry.key, mentions[1]?.entry.key);
    assert.ok(keysIn('Les pirates du groupe Tick ont frappé.', 'fr').length === 1);
  });

  test('a semicolon ends no sentence: a cue before it still supports an ordinary-word alias', () => {
    assert.equal(keysIn('We watch two espionage groups; Snake is the older one.', 'en').length, 1);
    assert.deepEqual(keysIn('We watch two espionage groups. Snake is the older one.', 'en'), []);
  });

  test('a persona that the generated lists fold into a group is an actor of its own', () => {
    assert.deepEqual(keysIn('A crew calling itself the Guardians of Peace took credit.', 'en'), [
      'curated:actor-guardians-of-peace',
    ]);
    assert.deepEqual(keysIn('The Lazarus Group was blamed.', 'en'), ['mitre-attack:G0032']);
  });

  test('short acronyms match only in capitals; capitalised names only capitalised', () => {
    assert.deepEqual(keysIn('US officials said the FBI warned us.', 'en'), ['iso3166:US', 'curated:fbi']);
    assert.deepEqual(keysIn('He played his trump card.', 'en'), []);
    assert.deepEqual(keysIn('Le groupe est en marche vers la victoire.', 'fr'), []);
  });

  test('a name opening on an article needs its next word capitalised too: a sentence may open so', () => {
    assert.deepEqual(keysIn('Les attaques ont duré une nuit. La réunion a duré une heure.', 'fr'), []);
    assert.deepEqual(keysIn('La Réunion a voté.', 'fr'), ['insee-region:04']);
    assert.deepEqual(keysIn('LA RÉUNION A VOTÉ.', 'fr'), ['insee-region:04']);
  });

  test('demonyms point to their country or city and say so', () => {
    const mentions = findGazetteerMentions(
      'Une journaliste new-yorkaise cite des hackers russes ; الاستخبارات الأمريكية والروسية.',
      'fr',
    );
    assert.deepEqual(
      mentions.map((m) => [m.surface, m.entry.key, m.via]),
      [
        ['new-yorkaise', 'curated:city-new-york', 'demonym'],
        ['russes', 'iso3166:RU', 'demonym'],
        ['أمريكية', 'iso3166:US', 'demonym'],
        ['روسية', 'iso3166:RU', 'demonym'],
      ],
    );
  });

  test('finds the actors and people of the seed articles', (t) => {
    const seeds = new URL('../../../shared/seeds/', import.meta.url);
    if (!existsSync(seeds)) {
      t.skip('seed articles not found at ../shared/seeds');
      return;
    }
    const files = readdirSync(seeds)
      .filter((file) => file.endsWith('.txt'))
      .sort();
    const found = new Set(
      files.flatMap((file) => {
        const text = readFileSync(new URL(file, seeds), 'utf8');
        return keysIn(text, /[\u0600-\u06ff]/.test(text.slice(0, 200)) ? 'ar' : 'fr');
      }),
    );
    for (const key of [
      'mitre-attack:G0007',
      'curated:gru',
      'curated:emmanuel-macron',
      'curated:marine-le-pen',
      'curated:en-marche',
      'curated:wikileaks',
      'curated:pastebin',
      'curated:flashpoint',
      'curated:vitali-kremez',
      'curated:kremlin',
      'curated:cnccep',
      'curated:reuters',
      'iso3166:RU',
    ]) {
      assert.ok(found.has(key), key);
    }
  });
});

describe('lexicon cost', () => {
  // Its speed is a benchmark figure (npm run bench), not a test: here a few MB of text must give
  // exactly the mentions of one paragraph times its copies, none lost or doubled at any length.
  test('builds the automaton and matches a few MB as it matches one paragraph', () => {
    const paragraph = [
      "Selon Flashpoint, le groupe APT28, lié au GRU, aurait visé la campagne d'Emmanuel Macron depuis Moscou.",
      'قال الكرملين إن الاتهامات الموجهة إلى مجموعة بون ستورم والاستخبارات العسكرية الروسية لا أساس لها.',
      'Researchers at CrowdStrike linked the phishing domains to Fancy Bear and to Sandworm operations in Kyiv.',
      'The weather was mild, markets were quiet and the committee adjourned until the following week.',
    ].join(' ');
    const copies = Math.ceil((3 * 1024 * 1024) / paragraph.length);
    const text = Array.from({ length: copies }, () => paragraph).join('\n');
    const once = measureLexicon(paragraph, 'und');
    const measured = measureLexicon(text, 'und');
    console.log(
      `lexicon: ${measured.patterns} patterns built in ${measured.buildMs.toFixed(0)} ms; ` +
        `${(measured.bytes / 1024 / 1024).toFixed(1)} MB matched in ${measured.matchMs.toFixed(0)} ms = ` +
        `${measured.megabytesPerSecond.toFixed(1)} MB/s, ${measured.mentions} mentions`,
    );
    assert.ok(measured.patterns > 4000);
    assert.ok(once.mentions > 0);
    assert.equal(measured.mentions, once.mentions * copies);
  });
});
