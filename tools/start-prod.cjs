// `npm run start:prod`: the compiled server (`npm run build` writes dist/), run by node alone, in
// production mode unless NODE_ENV says otherwise. Plain JavaScript: it must run without tsx.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const main = join(__dirname, '..', 'dist', 'src', 'main.js');
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  console.log(`usage: npm run build && npm run start:prod

Runs the API from the compiled build (dist/src/main.js) with node, NODE_ENV=production unless set:
no Apollo Sandbox, no introspection, JSON logs; GraphiQL only with GRAPHIQL=true. Otherwise as
\`npm start\` (npm start -- --help): the same settings, the same start and shutdown.
  -h, --help   this text`);
} else if (!existsSync(main)) {
  console.error('esg-graph could not start: no compiled build in dist/ (run npm run build first)');
  process.exitCode = 1;
} else {
  process.env.NODE_ENV = process.env.NODE_ENV || 'production';
  process.argv.splice(2, 0, 'serve');
  require(main);
}
