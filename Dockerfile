# evigraph: the explorer and API, run from its TypeScript sources (Node strips the types).

# Build stage: full dependencies to build the web client, then pruned to runtime ones.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The native store binary ships inside its package, so no install script has to run.
# npm install, not npm ci: the embedded engine names optional binaries for other platforms that
# are not published, so they cannot be locked (and npm ci would refuse the lock file).
RUN npm install --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

# Runtime stage: sources, built client and runtime dependencies, no toolchain.
FROM node:24-slim AS runtime
ENV NODE_ENV=production
# Inside a container the server must listen on every interface to be reachable.
ENV EVIGRAPH_HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "bin/evigraph.mjs"]
CMD ["serve", "--store", "ladybug:/app/data/store", "--port", "3000"]
