/**
 * The real-text relation gold is sound (data/real-gold against graph-schema and against the
 * corpus texts it annotates), the NER gold sets read completely, and extraction on real text
 * stays above today's figures. The corpus is third-party text kept beside the checkout
 * (../shared/corpus), never in it: without it, these tests are skipped and say so.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runRealEvaluation, type RealCorpusEvaluation } from '../bench/eval-real.ts';
import { readAnnoCtr, readEuropeana, readWojood } from '../bench/ner-gold.ts';
import { loadNewsGold, loadRealGold, validateRealGold, type RealArticle } from '../bench/real-gold.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const REAL_GOLD = fileURLToPath(new URL('../data/real-gold', import.meta.url));
const skip = existsSync(CORPUS) ? false : `the real corpus is absent (${CORPUS}): nothing to check`;

// Today's figures, a notch below: they hold the line while the extractor improves (raise them
// with it). Measured when set: relations P 0.429, R 0.087 (17 texts); entity F1 0.580 AnnoCTR,
// 0.341 Wojood, 0.267 Europeana. Relations raised at P 0.649, R 0.167 (28 texts), then at
// P 0.776, R 0.205; P 0.807, R 0.247 (colon lists); P 0.820, R 0.253 ("identified X as Unit N"
// is an attribution); P 0.826, R 0.264 (pronouns and descriptions resolved by salience);
// P 0.827, R 0.281 (named and dated incidents, "led by", seats, successions); P 0.850, R 0.316
// (state sponsors, victim lists, aliases in brackets, tools in an actor's arsenal); P 0.860,
// R 0.340 (tables, indicators as written, enumerations after an object); P 0.864, R 0.354
// (actor and malware names a report gives, numbered research teams); P 0.881, R 0.385
// (references from the packs, pronoun chains, apposed names after a description's object,
// passive agents, coordination on both sides, article-voice negations, places by possessive
// and compound, posts before a name, passive denials, published stolen material); P 0.903,
// R 0.389 (conditions and questions state nothing, relative clauses bound their claimant,
// demonyms and long state names resolved); P 0.920, R 0.438 (the topic actor among several in
// a reference's window, a possessive's tool, "the latter", access gained, purposes, a tool
// after its victim, thefts, a place's country); P 0.924, R 0.507 (lists of indicators and of
// tools under a lead naming their owner, look-alike hosts, members listed after an actor's
// officers, posts between a body and a name, defined organisations as pronouns' referents, the
// whole of an attributed part, passive blame); P 0.924, R 0.549 (tool lists typed by their kind,
// indicator tables, brand short forms in hosts, seats and parent bodies, elections, incidents
// told apart by year, references to the last incident); P 0.956, R 0.595 (incidents on victims
// a text describes, tools used in an attributed incident, victims placed far from their verb,
// arsenals, teams in apposition after their owner, posts before a name, "reports to",
// quantified lists, demonyms in an apposition before a name); P 0.967, R 0.692 (names a text
// introduces, tables rebuilt across lines, lists of indicators under an actor's lead, the
// document's subject, places and owners of bodies, incidents designated by a noun and its
// complement); P 0.974, R 0.754 (a goal or purpose after the verb of attack, incidents a victim
// underwent, careers in a body, leaks of a victim's mail, "the two groups", the software after
// "the malware used was", look-alike words glued to a brand, an actor's unit in apposition);
// P 0.974, R 0.765 (waters and landforms named with "of", every US state, where an incident took
// place, a demonym opening a name, a place opening a sentence); P 0.974, R 0.772 (a possessive
// before what belongs to an actor, a campaign attributed in the sentence after it, material
// stolen from a victim in an actor's hands).
// The product's targets (issue 8): relations P >= 0.90, R >= 0.75; entity F1 >= 0.85 AnnoCTR,
// >= 0.80 Wojood, >= 0.70 Europeana.
const RELATION_FLOORS = { precision: 0.95, recall: 0.75 };
// The news sentences of the NER sets (data/real-gold/news), scored apart: P 0.412, R 0.184 when
// their gold was written; P 0.800, R 0.526 once a post after a recipient's preposition, a village
// in its district, a mayor and an organisation before a city were read (38 gold relations). The
// gold then grew to 1,021 documents and 136 relations (Europeana 27-78, Wojood train.first485 and
// test 151-300): P 0.761, R 0.397 on the same rules; P 0.908, R 0.654 with the Arabic and French
// rules of the same round (camps, headmen, villages and their districts, bodies in towns, towns
// inside a region); raised at P 0.948, R 0.669 (issue 8: camps no district, posts without the
// article, family names closed by the name of God), then with French callings and memberships at
// named bodies, hamlets in their commune and businesses run in a town: P 0.951, R 0.721.
const NEWS_RELATION_FLOORS = { precision: 0.93, recall: 0.7 };
const ENTITY_F1_FLOORS: Record<string, number> = {
  // Raised at F1 0.642 (AnnoCTR) and 0.658 (Europeana): French names, places, state organs;
  // Wojood at 0.87 (Arabic head nouns and given names), then at 0.877 (a given name labelling
  // a speaker); Europeana at 0.720 (ships, port columns, a name after "à" as a place, plural
  // ranks, datelines); AnnoCTR at 0.672 (a state's government or regime is an organisation),
  // then at 0.690 (actor and malware names a report gives; table labels no organisations), then
  // at 0.738 (acronyms spelled out as terms, programs and file formats, malware a sentence
  // defines, aliases, names first in a sentence); AnnoCTR at 0.747 and Europeana at 0.732
  // (closing head words, newspapers after words of the press, common words in capitals); at
  // 0.767, 0.879 and 0.747 (names before their researchers, threat actors a sentence defines,
  // place cues, civilities over communes, Arabic callings as titles, a remit noun joined by "و");
  // AnnoCTR at 0.786 and Wojood at 0.894 (state organs before a noun, gang names given to a
  // program, codenames in tool lists; Arabic service bodies, and Wojood's ORG spans of a state's
  // bare name scored as the place, docs/samples.md); at 0.804, 0.900 and 0.758 (words inside
  // file paths and file names no mentions; "د." a title; organisation heads of 1906 prose);
  // AnnoCTR at 0.815 (names a report introduces followed through the text), then at 0.851
  // (link titles and header rows no names, names after a slash or an underscore, a site's name
  // before its address; actors inside a technique table row unscored, docs/samples.md).
  'AnnoCTR (en)': 0.83,
  'Wojood (ar)': 0.89,
  'Europeana (fr)': 0.75,
};

const WOJOOD_SENTENCES = 1000;
const EUROPEANA_TOKENS = 20451;

describe('real-corpus relation gold', { skip }, () => {
  let articles: RealArticle[] = [];
  before(() => {
    articles = loadRealGold(REAL_GOLD, CORPUS);
  });

  test('every gold file annotates a prose text of the corpus, in English and French', () => {
    const languages = new Set(articles.map((article) => article.gold.lang));
    assert.ok(languages.has('en') && languages.has('fr'), `languages: ${[...languages].join(', ')}`);
    for (const article of articles) {
      assert.notEqual(article.sourceKind, 'unknown', `${article.id}: not in the corpus index`);
    }
  });

  test('every gold file agrees with graph-schema and with its text', () => {
    const problems = articles.flatMap(validateRealGold);
    assert.deepEqual(problems, []);
  });

  test('the checks catch a mention that is not in the text and evidence that names neither end', () => {
    const [article] = articles;
    assert.ok(article, 'at least one gold file');
    const [relation] = article.gold.relations;
    assert.ok(relation, `${article.id}: a relation`);
    const broken = structuredClone(article);
    broken.gold.entities[0]?.mentions.push('a name this text never holds');
    const target = broken.gold.relations[0];
    if (target) {
      target.coreference = false;
      target.evidence = [[0, 1]];
    }
    const problems = validateRealGold(broken);
    assert.ok(
      problems.some((problem) => problem.includes('is not in the text')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((problem) => problem.includes('the evidence names no mention')),
      problems.join('\n'),
    );
  });
});

// The news gold reads whole Wojood files for Arabic (docs/samples.md): val.txt and the 485
// sentences of train.first485.txt are dev, the first 300 sentences of test.txt are held out.
const WOJOOD_DEV_SENTENCES = 158 + 485;
const WOJOOD_HELDOUT_SENTENCES = 300;

/**
 * Wojood: val.txt and train.first485.txt dev, test.txt 1-300 held out; Europeana: even documents
 * dev, odd ones held out.
 */
function expectedSplit(article: RealArticle): string {
  const index = Number(article.id.split('#')[1]);
  if (article.sourceKind === 'europeana') return index % 2 === 0 ? 'dev' : 'heldout';
  if (/^ner\/wojood-ar\/(?:val|train\.first485)\.txt#/.test(article.id)) return 'dev';
  return article.id.startsWith('ner/wojood-ar/test.txt#') && index <= WOJOOD_HELDOUT_SENTENCES
    ? 'heldout'
    : 'not to be annotated';
}

describe('real news relation gold', { skip }, () => {
  let articles: RealArticle[] = [];
  before(() => {
    articles = loadNewsGold(REAL_GOLD, CORPUS);
  });

  test('Arabic and French news documents, each language with dev and held-out ones', () => {
    const count = (lang: string, split: string) =>
      articles.filter((article) => article.gold.lang === lang && article.gold.split === split).length;
    assert.equal(count('ar', 'dev'), WOJOOD_DEV_SENTENCES);
    assert.equal(count('ar', 'heldout'), WOJOOD_HELDOUT_SENTENCES);
    assert.ok(count('fr', 'dev') > 0 && count('fr', 'heldout') > 0, 'French dev and held-out documents');
    for (const article of articles) {
      assert.equal(article.gold.split, expectedSplit(article), `${article.id}: split`);
    }
    assert.ok(
      articles.some((article) => article.gold.relations.length > 0),
      'some documents state relations',
    );
  });

  test('every news document agrees with graph-schema and with its text', () => {
    assert.deepEqual(articles.flatMap(validateRealGold), []);
  });

  test('a reference to a document the NER sets do not hold is refused, naming the file', () => {
    const root = mkdtempSync(join(tmpdir(), 'news-gold-'));
    try {
      mkdirSync(join(root, 'news', 'ar'), { recursive: true });
      const documents = [{ file: 'ner/wojood-ar/val.txt#100000', entities: [], relations: [] }];
      writeFileSync(
        join(root, 'news', 'ar', 'missing.gold.json'),
        JSON.stringify({ lang: 'ar', split: 'dev', documents }),
      );
      assert.throws(
        () => loadNewsGold(root, CORPUS),
        /missing\.gold\.json: ner\/wojood-ar\/val\.txt#100000 is not/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('NER gold sets', { skip }, () => {
  test('AnnoCTR: every gold token is placed in its report', () => {
    const set = readAnnoCtr(CORPUS);
    assert.equal(set.documents.length, 15);
    assert.equal(set.unplacedTokens, 0);
    for (const doc of set.documents) {
      for (const span of doc.spans) assert.ok(span.end <= doc.text.length && span.start < span.end, doc.id);
    }
  });

  test('Wojood and Europeana are read whole', () => {
    const wojood = readWojood(CORPUS);
    assert.equal(wojood.documents.length, WOJOOD_SENTENCES);
    const europeana = readEuropeana(CORPUS);
    const europeanaFiles = readdirSync(join(CORPUS, 'ner/europeana-fr')).filter((file) =>
      file.endsWith('.bio'),
    );
    assert.equal(europeanaFiles.length, 1);
    const tokens = europeana.documents.reduce((sum, doc) => sum + doc.text.split(' ').length, 0);
    assert.ok(tokens <= EUROPEANA_TOKENS && tokens > EUROPEANA_TOKENS / 2, `${tokens} tokens`);
    for (const set of [wojood, europeana]) {
      assert.ok(
        set.documents.every((doc) =>
          doc.spans.every((span) => doc.text.slice(span.start, span.end).trim() !== ''),
        ),
        `${set.name}: an empty gold span`,
      );
    }
  });
});

describe('extraction quality on real text', { skip }, () => {
  let evaluation: RealCorpusEvaluation;
  before(() => {
    evaluation = runRealEvaluation(REAL_GOLD, CORPUS);
    const { relations } = evaluation;
    const figures = (label: string, value: { precision: number; recall: number; f1: number } | undefined) =>
      `${label.padEnd(24)} P ${value?.precision.toFixed(3) ?? '-'}  R ${value?.recall.toFixed(3) ?? '-'}  F1 ${value?.f1.toFixed(3) ?? '-'}`;
    console.log(
      [
        figures('relations', relations.relations.overall),
        ...Object.entries(relations.relations.byLanguage).map(([lang, value]) =>
          figures(`relations ${lang}`, value),
        ),
        `relations found through coreference ${relations.byReference.coreference.found}/${relations.byReference.coreference.gold}`,
        ...Object.entries(evaluation.news.relations.bySplit).map(([split, value]) =>
          figures(`news relations ${split}`, value),
        ),
        ...evaluation.entities.map((set) => figures(`entities ${set.name}`, set.overall)),
      ].join('\n'),
    );
  });

  test('relations stay above the floors', () => {
    const { precision, recall } = evaluation.relations.relations.overall;
    assert.ok(precision >= RELATION_FLOORS.precision, `relation precision ${precision.toFixed(3)}`);
    assert.ok(recall >= RELATION_FLOORS.recall, `relation recall ${recall.toFixed(3)}`);
  });

  test('relations on real news sentences stay above the floors', () => {
    const { precision, recall } = evaluation.news.relations.overall;
    assert.ok(precision >= NEWS_RELATION_FLOORS.precision, `news relation precision ${precision.toFixed(3)}`);
    assert.ok(recall >= NEWS_RELATION_FLOORS.recall, `news relation recall ${recall.toFixed(3)}`);
  });

  test('entities stay above the floors on every NER set', () => {
    for (const set of evaluation.entities) {
      const floor = ENTITY_F1_FLOORS[set.name];
      assert.ok(floor !== undefined, `${set.name}: no floor`);
      assert.ok(set.overall.f1 >= floor, `${set.name}: entity F1 ${set.overall.f1.toFixed(3)} < ${floor}`);
      assert.deepEqual(set.failedDocuments, [], `${set.name}: documents the pipeline refused`);
    }
  });
});
