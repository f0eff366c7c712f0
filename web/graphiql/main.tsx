import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { GraphiqlPageConfig } from '../../src/server/page-config';
import { readPageConfig } from '../shared/page-config';
import './graphiql.css';
import { startMonacoWorkers } from './workers';

/** GraphiQL over this server's API, opened on the example operations the server sends with the page. */
const config = readPageConfig<GraphiqlPageConfig>();
startMonacoWorkers(config.workers);

const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, document.baseURI).href });

/**
 * GraphiQL opens a first visit on `defaultTabs`, but fills the variables editor only from
 * `initialVariables`: give the first tab's variables that way while no tabs are stored yet (later
 * visits restore the user's own tabs, variables included).
 */
const firstVisit = localStorage.getItem('graphiql:tabState') === null;
const first = config.tabs[0];

function Logo() {
  return (
    <span className="esg-logo">
      esg-graph <a href={config.explore}>explore the graph</a>
    </span>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={config.tabs}
      {...(firstVisit && first ? { initialQuery: first.query, initialVariables: first.variables ?? '' } : {})}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <Logo />
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
