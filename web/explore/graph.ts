import cytoscape, { type Core, type ElementDefinition, type NodeCollection, type NodeSingular, type Position, type StylesheetJson } from 'cytoscape';
import { LINK_KINDS, mergeFacts, type Entity, type EntityType, type Link, type Neighbourhood } from './neighbourhood';

/** A colour and a shape per entity type (every type `node(id)` answers); the legend shows the same. */
export const TYPE_STYLE: Record<EntityType, { color: string; shape: cytoscape.Css.NodeShape }> = {
  Company: { color: '#2563eb', shape: 'round-rectangle' },
  Standard: { color: '#16a34a', shape: 'diamond' },
  Alliance: { color: '#9333ea', shape: 'hexagon' },
  Organization: { color: '#ea580c', shape: 'ellipse' },
  Programme: { color: '#db2777', shape: 'round-tag' },
  Report: { color: '#64748b', shape: 'rectangle' },
  Framework: { color: '#0891b2', shape: 'round-triangle' },
  SDG: { color: '#ca8a04', shape: 'octagon' },
  Metric: { color: '#475569', shape: 'barrel' },
  Recognition: { color: '#dc2626', shape: 'star' },
  Assurance: { color: '#0d9488', shape: 'pentagon' },
};

/** Ring order of the first drawing, inside out; types not listed share the outermost ring. */
const RING: EntityType[] = ['Standard', 'Alliance', 'Company', 'Organization', 'Recognition', 'Programme', 'SDG', 'Report', 'Assurance', 'Framework', 'Metric'];

/** How far each ring is turned from the one inside it: no two rings ever start at the same angle. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function label(entity: Entity): string {
  const name = entity.name.length > 40 ? `${entity.name.slice(0, 38)}…` : entity.name;
  // A standard's detail is its long title, an SDG's its goal: the code or number says enough.
  return entity.detail && entity.type !== 'Standard' && entity.type !== 'SDG' ? `${name}\n${entity.detail}` : name;
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(color)',
      shape: 'data(shape)' as never,
      width: 22,
      height: 22,
      'font-size': 10,
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node.centre', style: { width: 38, height: 38, 'font-size': 12, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#0f172a' } },
  { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#0f172a' } },
  { selector: 'node:selected', style: { 'overlay-color': '#facc15', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      'font-size': 9,
      color: '#334155',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
    },
  },
  // What a link is shows on hover and selection only: on every link at once it would hide the names.
  { selector: 'edge.hover, edge:selected', style: { label: 'data(label)' } },
  { selector: 'edge.unevidenced', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', color: '#0f172a', 'font-size': 10 } },
];

export interface GraphHandlers {
  onEntity(entity: Entity): void;
  onLink(link: Link, source: Entity, target: Entity): void;
  onBackground(): void;
}

/** Puts nodes on an arc around `centre` at `radius`, about 90 units apart, middle one towards `toward`. */
function onArc(nodes: readonly NodeSingular[], centre: Position, toward: Position, radius: number): void {
  const away = Math.atan2(toward.y - centre.y, toward.x - centre.x);
  const step = 90 / radius;
  nodes.forEach((node, i) => {
    const angle = away + (i - (nodes.length - 1) / 2) * step;
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}

/**
 * Entities linked to the centre through a neighbour only (a company's assurance, through the report
 * stating it; who gave the assurance, through it) go just outside the one they hang from, not on a
 * ring across the picture from it.
 */
function placeBeyond(rest: NodeCollection, placed: NodeCollection, centre: Position): void {
  const origin = { ...centre };
  while (rest.length > 0) {
    const next = rest.filter((node) => node.neighborhood('node').intersection(placed).length > 0);
    if (next.length === 0) return;
    const byAnchor = new Map<string, { anchor: NodeSingular; nodes: NodeSingular[] }>();
    next.forEach((node) => {
      const anchor = node.neighborhood('node').intersection(placed)[0]!;
      const group = byAnchor.get(anchor.id()) ?? { anchor, nodes: [] };
      byAnchor.set(anchor.id(), { anchor, nodes: [...group.nodes, node] });
    });
    for (const { anchor, nodes } of byAnchor.values()) {
      const at = anchor.position();
      onArc(nodes, origin, at, Math.hypot(at.x - origin.x, at.y - origin.y) + 90);
    }
    placed = placed.union(next);
    rest = rest.difference(next);
  }
}

/** The drawing: cytoscape.js over the entities and links gathered so far. */
export class GraphView {
  readonly cy: Core;
  private readonly entities = new Map<string, Entity>();
  private readonly links = new Map<string, Link>();

  constructor(container: HTMLElement, handlers: GraphHandlers) {
    this.cy = cytoscape({ container, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    this.cy.on('tap', 'node', (event) => handlers.onEntity(this.entities.get(event.target.id() as string)!));
    this.cy.on('tap', 'edge', (event) => {
      const link = this.links.get(event.target.id() as string)!;
      handlers.onLink(link, this.entities.get(link.source)!, this.entities.get(link.target)!);
    });
    this.cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) handlers.onBackground();
    });
  }

  /** Starts over around one entity's neighbourhood. */
  show(neighbourhood: Neighbourhood): void {
    this.cy.elements().remove();
    this.entities.clear();
    this.links.clear();
    this.add(neighbourhood);
    const centre = this.cy.getElementById(neighbourhood.centre.id).addClass('centre expanded');
    const neighbours = centre.closedNeighborhood('node');
    this.rings(centre, neighbours);
    placeBeyond(this.cy.nodes().difference(neighbours), neighbours, centre.position());
    this.cy.fit(undefined, 30);
  }

  /**
   * Rings by type around the centre (standards, then alliances, organizations, recognitions,
   * programmes, the rest): one ring of 70 neighbours would leave no room for their names.
   */
  private rings(centre: NodeSingular, neighbours: NodeCollection): void {
    const ring = (node: NodeSingular) => {
      const i = RING.indexOf(this.entities.get(node.id())!.type);
      return i < 0 ? RING.length : i;
    };
    neighbours
      .layout({
        name: 'concentric',
        concentric: (node) => (node.same(centre) ? RING.length + 1 : RING.length - ring(node)),
        levelWidth: () => 1,
        minNodeSpacing: 36,
        spacingFactor: 0.9,
        animate: false,
      })
      .run();
    // The layout starts every ring at the same angle: the first neighbour of each would line up with
    // the centre, the links to the outer ones running under the inner ones (in a picture of three, the
    // middle of one link is the other neighbour). Each ring is turned by an angle of its own.
    const origin = { ...centre.position() };
    neighbours.forEach((node) => {
      const turn = ring(node) * GOLDEN_ANGLE;
      const dx = node.position('x') - origin.x;
      const dy = node.position('y') - origin.y;
      node.position({ x: origin.x + dx * Math.cos(turn) - dy * Math.sin(turn), y: origin.y + dx * Math.sin(turn) + dy * Math.cos(turn) });
    });
  }

  /**
   * Adds a neighbour's neighbourhood to the drawing. What is drawn stays where it is (a reader keeps
   * their bearings); the new entities go on an arc just outside the picture, on the neighbour's side.
   */
  expand(neighbourhood: Neighbourhood): number {
    const before = new Set(this.cy.nodes().map((n) => n.id()));
    const added = this.add(neighbourhood);
    const anchor = this.cy.getElementById(neighbourhood.centre.id).addClass('expanded');
    const fresh = this.cy.nodes().filter((n) => !before.has(n.id()));
    if (fresh.length > 0) {
      const box = this.cy.nodes().filter((n) => before.has(n.id())).boundingBox();
      const centre = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
      onArc(fresh.toArray() as NodeSingular[], centre, anchor.position(), Math.max(box.w, box.h) / 2 + 110);
    }
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 30 }, duration: 250 });
    return added;
  }

  isExpanded(id: string): boolean {
    return this.cy.getElementById(id).hasClass('expanded');
  }

  counts(): { entities: number; links: number } {
    return { entities: this.cy.nodes().length, links: this.cy.edges().length };
  }

  /** Adds what is new; a link already drawn gains the facts it did not have. Returns the number of new entities. */
  private add(neighbourhood: Neighbourhood): number {
    const elements: ElementDefinition[] = [];
    for (const entity of neighbourhood.entities) {
      if (this.entities.has(entity.id)) continue;
      this.entities.set(entity.id, entity);
      const { color, shape } = TYPE_STYLE[entity.type];
      elements.push({ group: 'nodes', data: { id: entity.id, type: entity.type, label: label(entity), color, shape } });
    }
    const newEntities = elements.length;
    for (const link of neighbourhood.links) {
      const known = this.links.get(link.id);
      if (known) {
        mergeFacts(known.facts, link.facts);
      } else {
        const copy = { ...link, facts: [...link.facts] };
        this.links.set(link.id, copy);
        elements.push({ group: 'edges', data: { id: link.id, source: link.source, target: link.target, label: LINK_KINDS[link.kind] } });
      }
    }
    this.cy.add(elements);
    // Dashed: links no fact quotes a report for (a programme partner, a published report).
    for (const link of neighbourhood.links) {
      this.cy.getElementById(link.id).toggleClass('unevidenced', !this.links.get(link.id)!.facts.some((f) => f.evidence.length > 0));
    }
    return newEntities;
  }
}
