import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

/**
 * Asks V8 itself, in a process of its own (the check needs V8's test functions), what kind of
 * array an optimised `map` returns: without the setting, a holey one, as the second case shows,
 * so the first fails if the setting ever stops reaching the compiler.
 */
function optimisedMapIsHoley(withSettings: boolean): boolean {
  const program = `
    ${withSettings ? `await import(${JSON.stringify(new URL('./compiler-settings.ts', import.meta.url).href)});` : ''}
    const twice = new Function('list', 'return list.map((item) => ({ item }));');
    const probe = new Function('f', 'list', \`
      %PrepareFunctionForOptimization(f);
      f(list); f(list);
      %OptimizeFunctionOnNextCall(f);
      const made = f(list);
      if (!%ActiveTierIsTurbofan(f)) throw new Error('not optimised');
      return %HasHoleyElements(made);
    \`);
    console.log(probe(twice, [1, 2, 3]));
  `;
  const output = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--input-type=module', '-e', program],
    {
      encoding: 'utf8',
    },
  );
  return output.trim() === 'true';
}

test('optimised code builds packed arrays with map, as the built-in does', () => {
  assert.equal(optimisedMapIsHoley(true), false);
});

test('without the setting, optimised map builds holey arrays (what the setting avoids)', () => {
  assert.equal(optimisedMapIsHoley(false), true);
});
