import type { ExplorePageConfig } from '../../src/server/page-config';
import { readPageConfig } from '../shared/page-config';
import { el } from './dom';
import './explore.css';
import { GraphView } from './graph';
import type { Entity } from './neighbourhood';
import { entityUrl, intro, showEntity, showLink } from './panel';
import { fetchNeighbourhood, searchEntities } from './queries';
import { searchBox } from './search';

/**
 * /explore: the graph drawn around one entity (`?id=`), through the public GraphQL API only. Search
 * picks the entity, a click on a node draws its links too, a click on a link shows its evidence.
 */

const config = readPageConfig<ExplorePageConfig>();
const endpoint = new URL(config.endpoint, document.baseURI).href;

const status = el('p', { class: 'status', role: 'status' });
const panel = el('aside', { class: 'panel' });
const canvas = el('div', { class: 'graph', id: 'graph' });
const nav = el(
  'nav',
  {},
  config.graphiql ? el('a', { href: config.graphiql }, 'GraphiQL') : null,
  el('a', { href: config.endpoint }, 'Apollo Sandbox'),
);
const header = el(
  'header',
  {},
  el('a', { class: 'brand', href: '?' }, 'esg-graph', el('span', {}, ' explore')),
  searchBox((text) => searchEntities(endpoint, text), (entity) => navigate(entity.id, entity.type)),
  nav,
);
document.getElementById('root')!.replaceWith(el('div', { class: 'explore' }, header, el('main', {}, canvas, panel), status));

let centreId = '';

const graph = new GraphView(canvas, {
  onEntity: (entity) => {
    showEntity(panel, entity);
    void expand(entity);
  },
  onLink: (link, source, target) => showLink(panel, link, source, target),
  onBackground: () => intro(panel),
});
// For the browser console (and the browser tests): the cytoscape instance.
(window as unknown as { cy: unknown }).cy = graph.cy;

function describe(): void {
  const { entities, links } = graph.counts();
  status.textContent = `${entities} entities, ${links} links around ${centreId} · click a node to draw its links, a link to read its evidence`;
  document.body.dataset.state = 'ready';
}

function failed(err: unknown): void {
  status.textContent = (err as Error).message;
  document.body.dataset.state = 'error';
}

async function show(id: string, type?: Entity['type']): Promise<void> {
  document.body.dataset.state = 'loading';
  status.textContent = `Loading ${id}…`;
  try {
    const n = await fetchNeighbourhood(endpoint, id, type);
    centreId = id;
    document.title = `${n.centre.name} · explore · esg-graph`;
    graph.show(n);
    intro(panel);
    describe();
  } catch (err) {
    failed(err);
  }
}

async function expand(entity: Entity): Promise<void> {
  if (graph.isExpanded(entity.id)) return;
  document.body.dataset.state = 'loading';
  try {
    const added = graph.expand(await fetchNeighbourhood(endpoint, entity.id, entity.type));
    describe();
    status.textContent = `${entity.name}: ${added} more entities · ${status.textContent}`;
  } catch (err) {
    failed(err);
  }
}

/** A new centre: its own URL (shareable, back button works). */
function navigate(id: string, type: Entity['type']): void {
  history.pushState({ id }, '', entityUrl(id));
  void show(id, type);
}

const idFromUrl = () => new URLSearchParams(location.search).get('id') || config.defaultId;
window.addEventListener('popstate', () => void show(idFromUrl()));
void show(idFromUrl());
