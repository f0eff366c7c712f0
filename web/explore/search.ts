import { el } from './dom';
import { TYPE_STYLE } from './graph';
import { entityOf, type Entity } from './neighbourhood';
import type { ExploreSearchQuery } from './generated/graphql';

/** A search box whose results (from the API's fulltext `search`) list under it; picking one calls `onPick`. */
export function searchBox(search: (text: string) => Promise<ExploreSearchQuery>, onPick: (entity: Entity) => void): HTMLElement {
  const input = el('input', {
    type: 'search',
    name: 'q',
    placeholder: 'Search: SenseTime, ISO 27001, 人工智能, 海康威視…',
    autocomplete: 'off',
    'aria-label': 'Search entities',
  });
  const results = el('ul', { class: 'results', role: 'listbox' });
  const form = el('form', { class: 'search', role: 'search' }, input, results);
  let current: Entity[] = [];
  let asked = 0;

  const pick = (entity: Entity) => {
    results.replaceChildren();
    input.value = '';
    onPick(entity);
  };

  async function run(): Promise<void> {
    const text = input.value.trim();
    const ask = ++asked;
    if (text.length === 0) {
      results.replaceChildren();
      return;
    }
    try {
      const data = await search(text);
      if (ask !== asked) return;
      // ExploreSearch names every type a hit can be: one added to the schema fails the type check here.
      current = data.search.map((hit) => entityOf(hit.node));
      results.replaceChildren(
        ...(current.length === 0
          ? [el('li', { class: 'empty' }, `Nothing matches “${text}”.`)]
          : current.map((entity) => {
              const item = el(
                'li',
                { role: 'option' },
                el('span', { class: 'swatch', style: `background:${TYPE_STYLE[entity.type].color}` }),
                el('span', { class: 'name' }, entity.name),
                entity.detail ? el('span', { class: 'detail' }, ` ${entity.detail}`) : null,
                el('span', { class: 'type' }, entity.type),
              );
              item.addEventListener('mousedown', (event) => {
                event.preventDefault();
                pick(entity);
              });
              return item;
            })),
      );
    } catch (err) {
      if (ask === asked) results.replaceChildren(el('li', { class: 'empty' }, (err as Error).message));
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  input.addEventListener('blur', () => setTimeout(() => results.replaceChildren(), 150));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run().then(() => {
      if (current[0]) pick(current[0]);
    });
  });
  return form;
}
