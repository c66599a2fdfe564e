import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../graph-schema/model.ts';
import type { EntityType } from '../graph-schema/schema.ts';
import { alignCleaned, evaluateNerSet } from './evaluate-ner.ts';
import { readAnnoCtr, readEuropeana, readWojood, type NerSet } from './ner-gold.ts';

const root = mkdtempSync(join(tmpdir(), 'ner-gold-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
}

const spansOf = (set: NerSet) =>
  set.documents.map((doc) => doc.spans.map((span) => `${span.type} ${doc.text.slice(span.start, span.end)}`));
const neutralOf = (set: NerSet) =>
  set.documents.map((doc) => doc.neutral.map((span) => doc.text.slice(span.start, span.end)));

describe('NER gold readers', () => {
  test('Wojood: nested entities keep the outer span, the inner one is neutral', () => {
    write(
      'ner/wojood-ar/test.txt',
      [
        'حكومة B-ORG',
        'فلسطين I-ORG B-GPE',
        'في O',
        'رام B-GPE',
        'الله I-GPE',
        '. O',
        '',
        'سمير B-PERS',
        'قال O',
        '',
      ].join('\n'),
    );
    const set = readWojood(root);
    assert.deepEqual(spansOf(set), [['Organization حكومة فلسطين', 'Location رام الله'], ['Person سمير']]);
    assert.deepEqual(neutralOf(set), [['فلسطين'], []]);
    assert.equal(set.documents[0]?.text, 'حكومة فلسطين في رام الله.');
  });

  test('Wojood: a bare name the set labels a place elsewhere is that place where it acts as ORG', () => {
    write(
      'ner/wojood-ar/test.txt',
      [
        'أعلنت O',
        'كارونيا B-ORG',
        'ذلك O',
        '',
        'زار O',
        'كارونيا B-GPE',
        '',
        'أعلنت O',
        'هيئة B-ORG',
        'المياه I-ORG',
        '',
      ].join('\n'),
    );
    assert.deepEqual(spansOf(readWojood(root)), [
      ['Location كارونيا'],
      ['Location كارونيا'],
      ['Organization هيئة المياه'],
    ]);
  });

  test('Europeana: IO tags make one span per run, documents end at a full stop', () => {
    const tokens = [
      'M. O',
      'Jules I-PER',
      'Guesde I-PER',
      'à O',
      'Roubaix I-LOC',
      ', O',
      "l' O",
      'Union I-ORG',
      '. O',
    ];
    write('ner/europeana-fr/sample.bio', tokens.join('\n'));
    const set = readEuropeana(root);
    assert.deepEqual(spansOf(set), [['Person Jules Guesde', 'Location Roubaix', 'Organization Union']]);
    assert.equal(set.documents[0]?.text, "M. Jules Guesde à Roubaix, l'Union.");
  });

  test('AnnoCTR: tokens are placed in the report; the cyber label wins over an overlapping ORG', () => {
    const text = 'Intel 471 says [APT28](https://x.test/a) uses Zebrocy.\n';
    write('texts/en/001_a.txt', text);
    write(
      'index.json',
      JSON.stringify([
        { file: 'texts/en/001_a.txt', annoctr_doc_id: 'doc-a', annoctr_split: 'train' },
        { file: 'texts/en/016_b.txt' },
      ]),
    );
    const sentence = {
      id: 'doc-a__s0000',
      tokens: [
        'Intel',
        '471',
        'says',
        '[',
        'APT28',
        ']',
        '(',
        'https://x.test/a',
        ')',
        'uses',
        'Zebrocy',
        '.',
      ],
      ne_tags: ['B-ORG', 'I-ORG', 'O', 'O', 'B-ORG', 'O', 'O', 'O', 'O', 'O', 'O', 'O'],
      ce_tags: ['O', 'O', 'O', 'O', 'B-GROUP', 'O', 'O', 'O', 'O', 'O', 'B-MALWARE', 'O'],
    };
    write('ner/annoctr-en/ner_json/doc-a.json', `${JSON.stringify(sentence)}\n`);
    const set = readAnnoCtr(root);
    assert.equal(set.unplacedTokens, 0);
    assert.deepEqual(spansOf(set), [['ThreatActor APT28', 'Malware Zebrocy', 'Organization Intel 471']]);
    assert.deepEqual(neutralOf(set), [['APT28']]);
  });

  test('AnnoCTR: a span of a label we do not model leaves the actor and malware inside it unscored', () => {
    const text = '| T1193 | Spearphishing | Sofacy sends mail |\n';
    write('texts/en/001_a.txt', text);
    write(
      'index.json',
      JSON.stringify([{ file: 'texts/en/001_a.txt', annoctr_doc_id: 'doc-a', annoctr_split: 'train' }]),
    );
    const tokens = ['|', 'T1193', '|', 'Spearphishing', '|', 'Sofacy', 'sends', 'mail', '|'];
    const sentence = {
      id: 'doc-a__s0000',
      tokens,
      ne_tags: tokens.map(() => 'O'),
      ce_tags: tokens.map((_, index) => (index === 0 ? 'B-TECHNIQUE' : 'I-TECHNIQUE')),
    };
    write('ner/annoctr-en/ner_json/doc-a.json', `${JSON.stringify(sentence)}\n`);
    const [doc] = readAnnoCtr(root).documents;
    assert.deepEqual(doc?.spans, []);
    assert.deepEqual(doc?.unannotatedRegions, [
      { start: 0, end: text.indexOf('\n'), types: ['ThreatActor', 'Malware'] },
    ]);
  });
});

/** A toy extraction of `text`: one entity and one mention per predicted name, at its first place. */
function batchOf(text: string, predicted: ReadonlyArray<[string, EntityType]>): GraphBatch {
  return {
    documents: [{ id: 'd', uri: 'toy', title: '', lang: 'en', text }],
    entities: predicted.map(([name, type], index) => ({
      id: `e${index}`,
      type,
      name,
      aliases: [name],
      externalIds: [],
      mergeReasons: [],
    })),
    mentions: predicted.map(([name], index) => ({
      entityId: `e${index}`,
      documentId: 'd',
      surface: name,
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
    })),
    relations: [],
  };
}

describe('entity scoring', () => {
  test('alignCleaned maps cleaned offsets back and marks what cleaning removed', () => {
    const source = 'Alpha  beta\n| a | table |\nGamma delta';
    const cleaned = 'Alpha beta\nGamma delta';
    const { origin, kept } = alignCleaned(source, cleaned);
    assert.equal(source[origin[cleaned.indexOf('Gamma')] ?? -1], 'G');
    assert.equal(origin[cleaned.indexOf('Gamma')], source.indexOf('Gamma'));
    assert.equal(kept[source.indexOf('table')], 0);
    assert.equal(kept[source.indexOf('beta')], 1);
  });

  test('spans match by overlap and type, one to one; neutral spans excuse a prediction', () => {
    const text = 'Fancy Bear and the GRU met Sofacy in Paris.';
    const at = (surface: string) => ({
      start: text.indexOf(surface),
      end: text.indexOf(surface) + surface.length,
    });
    const set: NerSet = {
      name: 'toy',
      lang: 'en',
      scoredTypes: { ThreatActor: 'ThreatActor', Organization: 'Organization' },
      unplacedTokens: 0,
      documents: [
        {
          id: 'toy',
          text,
          spans: [
            { ...at('Fancy Bear'), type: 'ThreatActor' },
            { ...at('the GRU'), type: 'Organization' },
            { ...at('Sofacy'), type: 'ThreatActor' },
          ],
          neutral: [at('Paris')],
          unannotated: [],
          unannotatedRegions: [],
        },
      ],
    };
    const predicted: Array<[string, EntityType]> = [
      ['Fancy Bear', 'ThreatActor'],
      ['GRU', 'Organization'],
      ['Sofacy', 'Organization'],
      ['Paris', 'Organization'],
    ];
    const result = evaluateNerSet(set, () => batchOf(text, predicted));
    assert.deepEqual(
      [result.overall.tp, result.overall.fp, result.overall.fn, result.overall.exact],
      [2, 1, 1, 1],
    );
    assert.deepEqual(result.errors[0]?.spurious, ['Organization Sofacy']);
    assert.deepEqual(result.errors[0]?.missed, ['ThreatActor Sofacy']);
  });

  test('an unannotated region excuses predictions of its types inside it, and only those', () => {
    const text = 'Fancy Bear wrote. | T1 | Sofacy mails via Gmail |';
    const row = { start: text.indexOf('|'), end: text.length };
    const set: NerSet = {
      name: 'toy',
      lang: 'en',
      scoredTypes: { ThreatActor: 'ThreatActor', Organization: 'Organization' },
      unplacedTokens: 0,
      documents: [
        {
          id: 'toy',
          text,
          spans: [],
          neutral: [],
          unannotated: [],
          unannotatedRegions: [{ ...row, types: ['ThreatActor'] }],
        },
      ],
    };
    const predicted: Array<[string, EntityType]> = [
      ['Fancy Bear', 'ThreatActor'],
      ['Sofacy', 'ThreatActor'],
      ['Gmail', 'Organization'],
    ];
    const result = evaluateNerSet(set, () => batchOf(text, predicted));
    assert.deepEqual(result.errors[0]?.spurious, ['ThreatActor Fancy Bear', 'Organization Gmail']);
  });
});
