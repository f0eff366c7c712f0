/**
 * What the server writes into each browser page (a JSON script element named `page-config`): the
 * pages fetch nothing but the API to start. Types only: `web/` imports them too.
 */

export interface ExampleTab {
  query: string;
  /** JSON text. */
  variables?: string;
}

export interface GraphiqlPageConfig {
  /** The GraphQL endpoint, relative to the page. */
  endpoint: string;
  /** Where Monaco's web workers are, relative to the page. */
  workers: string;
  /** The tabs a first visit opens with: the first query, then a few other examples. */
  tabs: ExampleTab[];
  /** The graph explorer, relative to the page. */
  explore: string;
}

export interface ExplorePageConfig {
  endpoint: string;
  /** GraphiQL, relative to the page, when it is served. */
  graphiql?: string;
  /** The entity shown when the URL names none. */
  defaultId: string;
}

export const PAGE_CONFIG_ELEMENT = 'page-config';
