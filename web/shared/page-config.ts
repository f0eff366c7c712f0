import { PAGE_CONFIG_ELEMENT } from '../../src/server/page-config';

/** The settings the server wrote into the page. */
export function readPageConfig<T>(): T {
  const text = document.getElementById(PAGE_CONFIG_ELEMENT)?.textContent;
  if (!text) throw new Error(`the page has no #${PAGE_CONFIG_ELEMENT} element: it must be served by esg-graph`);
  return JSON.parse(text) as T;
}
