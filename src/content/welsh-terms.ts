/**
 * Welsh words change their first sound after certain words (mutation): `cell` is written `gell`,
 * `nghell` or `chell`. Search indexes each Welsh word with the forms it may have come from, so a
 * reader typing the dictionary form finds every mutated one.
 */

/** A mutated beginning and the beginnings it may stand for, longest first. */
const MUTATIONS: readonly (readonly [string, readonly string[]])[] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ch', ['c']],
  ['ph', ['p']],
  ['th', ['t']],
  ['dd', ['d']],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['f', ['b', 'm']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
];

const VOWEL = /^[aeiouwy]/;

/** The words a (lower-case, accent-free) Welsh word may be a mutation of; none for short words. */
export function welshRadicals(word: string): string[] {
  if (word.length < 3) return [];
  const radicals: string[] = [];
  const mutation = MUTATIONS.find(([prefix]) => word.startsWith(prefix));
  if (mutation) {
    const [prefix, originals] = mutation;
    for (const original of originals) radicals.push(original + word.slice(prefix.length));
  }
  if (VOWEL.test(word)) radicals.push(`g${word}`);
  if (/^h[aeiouwy]/.test(word)) radicals.push(word.slice(1));
  return radicals;
}
