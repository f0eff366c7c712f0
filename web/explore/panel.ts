import { el } from './dom';
import { TYPE_STYLE } from './graph';
import { LINK_KINDS, type Entity, type Evidence, type Link } from './neighbourhood';

/** The side panel: what was clicked, and for a link every fact behind it with its evidence. */

const badge = (entity: Entity) => el('span', { class: 'badge', style: `background:${TYPE_STYLE[entity.type].color}` }, entity.type);

/** The URL of the explorer centred on an entity: the page's own path with `?id=`. */
export const entityUrl = (id: string) => `?id=${encodeURIComponent(id)}`;

export function intro(panel: HTMLElement): void {
  panel.replaceChildren(
    el('h2', {}, 'Explore the graph'),
    el('p', {}, 'Search for a company, a standard, an alliance or any other entity, in English, simplified or traditional Chinese.'),
    el('p', {}, 'Click a node to draw its own links; click a link to read the evidence behind it: the report, the line, the quote.'),
    legend(),
  );
}

export function showEntity(panel: HTMLElement, entity: Entity): void {
  panel.replaceChildren(
    badge(entity),
    el('h2', {}, entity.name),
    entity.detail ? el('p', { class: 'detail' }, entity.detail) : '',
    el('p', { class: 'id' }, 'id ', el('code', {}, entity.id)),
    el('p', {}, 'Its links are drawn too. ', el('a', { href: entityUrl(entity.id) }, 'Centre the picture on it')),
  );
}

function evidenceItem(e: Evidence): HTMLElement {
  return el(
    'li',
    { class: 'evidence' },
    el('blockquote', {}, e.quote),
    el('cite', {}, `${e.reportTitle} `, el('span', { class: 'where' }, `(${e.report}.txt, line ${e.line})`)),
  );
}

export function showLink(panel: HTMLElement, link: Link, source: Entity, target: Entity): void {
  panel.replaceChildren(
    el('p', { class: 'link-kind' }, LINK_KINDS[link.kind]),
    el('h2', {}, source.name, el('span', { class: 'arrow' }, ' → '), target.name),
    ...link.facts.map((fact) =>
      el(
        'section',
        { class: 'fact' },
        el('h3', {}, fact.summary),
        fact.note ? el('p', { class: 'note' }, fact.note) : null,
        fact.evidence.length > 0
          ? el('ul', { class: 'evidence-list' }, ...fact.evidence.map(evidenceItem))
          : el('p', { class: 'no-evidence' }, 'No quote is recorded for this link itself.'),
      ),
    ),
  );
}

function legend(): HTMLElement {
  return el(
    'ul',
    { class: 'legend' },
    ...Object.entries(TYPE_STYLE).map(([type, { color }]) => el('li', {}, el('span', { class: 'swatch', style: `background:${color}` }), type)),
    el('li', {}, el('span', { class: 'dash' }), 'link without a quote'),
  );
}
