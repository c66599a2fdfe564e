/**
 * The inflection shorthand of language packs, so that a pack lists a lemma once rather than
 * every written form. Within a phrase, words are separated by spaces; a word may offer
 * alternatives separated by "|" and optional endings in parentheses, each optional on its own:
 *
 *   "lié(e)(s) à|au|aux"   -> lié à, lié au, lié aux, liée à, ... liées aux (12 forms)
 *   "a|avait|avaient affirmé" -> a affirmé, avait affirmé, avaient affirmé
 */

/** Every form a shorthand phrase stands for, in a stable order; throws on a malformed phrase. */
export function expandShorthand(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/u);
  if (words.length === 0 || words[0] === '') throw new Error(`empty phrase "${phrase}"`);
  let forms = [''];
  for (const word of words) {
    const variants = expandWord(word, phrase);
    forms = forms.flatMap((form) => variants.map((variant) => (form ? `${form} ${variant}` : variant)));
  }
  return forms;
}

function expandWord(word: string, phrase: string): string[] {
  return word.split('|').flatMap((alternative) => {
    if (alternative === '') throw new Error(`empty alternative in "${phrase}"`);
    return expandOptionals(alternative, phrase);
  });
}

/** "lié(e)(s)" -> lié, liés, liée, liées: each parenthesised part present or not. */
function expandOptionals(alternative: string, phrase: string): string[] {
  const parts = alternative.split(/(\([^()]*\))/u).filter((part) => part !== '');
  if (parts[0]?.startsWith('(')) throw new Error(`optional part with no word before it in "${phrase}"`);
  let forms = [''];
  for (const part of parts) {
    if (part.startsWith('(')) {
      const optional = part.slice(1, -1);
      if (optional === '') throw new Error(`empty optional part in "${phrase}"`);
      forms = forms.flatMap((form) => [form, form + optional]);
    } else {
      if (/[()]/u.test(part)) throw new Error(`unbalanced parenthesis in "${phrase}"`);
      forms = forms.map((form) => form + part);
    }
  }
  return forms;
}
