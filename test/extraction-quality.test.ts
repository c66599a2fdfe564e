/**
 * The sample corpus is sound (every gold file agrees with graph-schema and with its article),
 * and extraction on it stays above the quality floors.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { allowsEndpoints, LANGUAGES } from '../graph-schema/schema.ts';
import {
  articleBody,
  corpusSize,
  evaluateCorpus,
  findOccurrences,
  loadSamples,
  SPLITS,
  type CorpusEvaluation,
  type SampleArticle,
} from '../bench/evaluate.ts';

// The product's targets on the whole corpus.
const ENTITY_F1_FLOOR = 0.9;
const RELATION_F1_FLOOR = 0.84;
// Regression guards on the held-out articles (no rule was tuned on them), and on the claim
// fields of matched relations: today's figures, rounded down.
const HELDOUT_ENTITY_F1_FLOOR = 0.88;
const HELDOUT_RELATION_F1_FLOOR = 0.62;
const MODALITY_ACCURACY_FLOOR = 0.97;
const CLAIMANT_ACCURACY_FLOOR = 0.95;

const MIN_ENTITY_MENTIONS = 300;
const MIN_RELATIONS = 80;
const ARTICLES_PER_LANGUAGE: Record<string, number> = { ar: 20, fr: 19, en: 12 };
const HELDOUT_PER_LANGUAGE: Record<string, number> = { ar: 8, fr: 7, en: 4 };
const WORDS_PER_ARTICLE = { min: 120, max: 500 };

const SAMPLES = fileURLToPath(new URL('../data/samples', import.meta.url));
const articles: SampleArticle[] = loadSamples(SAMPLES);

function words(article: SampleArticle): number {
  const text = articleBody(article).replace(/<[^>]+>/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe('gold annotations', () => {
  test('every language has its articles, with the held-out share', () => {
    for (const lang of LANGUAGES) {
      const ofLanguage = articles.filter((article) => article.id.startsWith(`${lang}/`));
      assert.equal(ofLanguage.length, ARTICLES_PER_LANGUAGE[lang], `${lang}: article count`);
      assert.equal(
        ofLanguage.filter((article) => article.gold.split === 'heldout').length,
        HELDOUT_PER_LANGUAGE[lang],
        `${lang}: held-out articles`,
      );
      for (const article of ofLanguage) assert.equal(article.gold.lang, lang, `${article.id}: lang`);
    }
  });

  test('articles are short news pieces', () => {
    for (const article of articles) {
      const count = words(article);
      assert.ok(
        count >= WORDS_PER_ARTICLE.min && count <= WORDS_PER_ARTICLE.max,
        `${article.id}: ${count} words`,
      );
    }
  });

  test('every mention occurs as written in the article body', () => {
    for (const article of articles) {
      const body = articleBody(article);
      for (const entity of article.gold.entities) {
        for (const mention of entity.mentions) {
          assert.ok(
            findOccurrences(body, mention).length > 0,
            `${article.id}: ${entity.type} ${entity.name}: "${mention}" not found`,
          );
        }
      }
    }
  });

  test('entity names are unique and relations join annotated entities the schema allows', () => {
    for (const article of articles) {
      const types = new Map<string, (typeof article.gold.entities)[number]['type']>();
      for (const entity of article.gold.entities) {
        assert.ok(!types.has(entity.name), `${article.id}: ${entity.name} annotated twice`);
        types.set(entity.name, entity.type);
      }
      const facts = new Set<string>();
      for (const relation of article.gold.relations) {
        const label = `${article.id}: ${relation.source} -${relation.type}-> ${relation.target}`;
        const source = types.get(relation.source);
        const target = types.get(relation.target);
        assert.ok(source && target, `${label}: endpoint not annotated`);
        assert.ok(
          allowsEndpoints(relation.type, source, target),
          `${label}: ${source} -> ${target} not allowed`,
        );
        for (const claimant of relation.assertedBy) {
          assert.ok(types.has(claimant), `${label}: claimant ${claimant} not annotated`);
        }
        assert.ok(!facts.has(label), `${label}: annotated twice`);
        facts.add(label);
        assert.equal(
          relation.modality === 'denied',
          relation.type === 'DENIES',
          `${label}: denials are DENIES`,
        );
      }
      for (const entity of article.gold.entities.filter((candidate) => candidate.mentions.length === 0)) {
        assert.equal(entity.type, 'Location', `${article.id}: ${entity.name} has no mentions`);
        assert.ok(
          article.gold.relations.some(
            (relation) => relation.type === 'LOCATED_IN' && relation.target === entity.name,
          ),
          `${article.id}: ${entity.name} has no mentions and places nothing`,
        );
      }
    }
  });

  test('the corpus is large enough to measure', () => {
    const size = corpusSize(articles);
    console.log('corpus size', JSON.stringify(size));
    assert.ok(size.overall.entityMentions >= MIN_ENTITY_MENTIONS, `${size.overall.entityMentions} mentions`);
    assert.ok(size.overall.relations >= MIN_RELATIONS, `${size.overall.relations} relations`);
  });
});

describe('extraction quality', () => {
  let evaluation: CorpusEvaluation;
  before(() => {
    evaluation = evaluateCorpus(articles);
    const line = (label: string, entity?: { f1: number }, relation?: { f1: number }) =>
      `${label.padEnd(14)} entity F1 ${entity?.f1.toFixed(3) ?? '-'}   relation F1 ${relation?.f1.toFixed(3) ?? '-'}`;
    console.log(
      [
        line('overall', evaluation.entities.overall, evaluation.relations.overall),
        ...LANGUAGES.map((lang) =>
          line(`lang ${lang}`, evaluation.entities.byLanguage[lang], evaluation.relations.byLanguage[lang]),
        ),
        ...SPLITS.map((split) =>
          line(`split ${split}`, evaluation.entities.bySplit[split], evaluation.relations.bySplit[split]),
        ),
        `mention recall ${evaluation.mentionRecall.overall.recall.toFixed(3)}`,
        `modality accuracy ${evaluation.relations.overall.modalityAccuracy.toFixed(3)}, claimant accuracy ${evaluation.relations.overall.claimantAccuracy.toFixed(3)}`,
      ].join('\n'),
    );
  });

  test(`entity F1 is at least ${ENTITY_F1_FLOOR}`, () => {
    assert.ok(
      evaluation.entities.overall.f1 >= ENTITY_F1_FLOOR,
      `entity F1 ${evaluation.entities.overall.f1.toFixed(3)} < ${ENTITY_F1_FLOOR}`,
    );
  });

  test(`relation F1 is at least ${RELATION_F1_FLOOR}`, () => {
    assert.ok(
      evaluation.relations.overall.f1 >= RELATION_F1_FLOOR,
      `relation F1 ${evaluation.relations.overall.f1.toFixed(3)} < ${RELATION_F1_FLOOR}`,
    );
  });

  test('the rules carry over to the held-out articles', () => {
    const entities = evaluation.entities.bySplit.heldout;
    const relations = evaluation.relations.bySplit.heldout;
    assert.ok(entities && relations, 'held-out articles were evaluated');
    assert.ok(entities.f1 >= HELDOUT_ENTITY_F1_FLOOR, `held-out entity F1 ${entities.f1.toFixed(3)}`);
    assert.ok(relations.f1 >= HELDOUT_RELATION_F1_FLOOR, `held-out relation F1 ${relations.f1.toFixed(3)}`);
  });

  test('matched relations keep their modality and claimant', () => {
    const { modalityAccuracy, claimantAccuracy } = evaluation.relations.overall;
    assert.ok(
      modalityAccuracy >= MODALITY_ACCURACY_FLOOR,
      `modality accuracy ${modalityAccuracy.toFixed(3)}`,
    );
    assert.ok(
      claimantAccuracy >= CLAIMANT_ACCURACY_FLOOR,
      `claimant accuracy ${claimantAccuracy.toFixed(3)}`,
    );
  });
});
