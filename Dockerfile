# syntax=docker/dockerfile:1
# The API image. Neo4j runs in its own container (docker-compose.yml) or anywhere NEO4J_URI points.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY tools tools
COPY web web
# The server into dist/src, the browser pages (GraphiQL, the explorer) bundled into dist/web.
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/dist dist
COPY --chown=node:node schema schema
COPY --chown=node:node cypher cypher
COPY --chown=node:node data data
COPY --chown=node:node examples/operations examples/operations
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js", "serve"]
