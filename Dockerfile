# syntax=docker/dockerfile:1
# Conciliabot: multi-stage build on the Node LTS slim image, non-root, data folder as a volume.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# Installs every dependency and generates the Prisma client (postinstall) into src/persistence/generated.
RUN npm ci --no-audit --no-fund
COPY . .
# Type-checks, then bundles src/app/main.ts and src/app/cli.ts into dist/ (esbuild). The TypeScript
# sources are then removed, so the runtime stage takes from src/ only the files the service reads
# at run time (web and console assets, canned replies), at the same paths as in development, and
# from test/evals only the evaluation sets.
RUN npm run typecheck && npm run build && find src test/evals -name '*.ts' -delete

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/data
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; install scripts are skipped because the Prisma CLI (a dev
# dependency) is not needed: the client was generated in the build stage.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/src ./src
COPY --from=build /app/intents ./intents
# The dialogue and fact evaluation sets: the console evaluates a draft on them (content:evaluate).
COPY --from=build /app/test/evals ./test/evals
COPY --from=build /app/prisma/migrations ./prisma/migrations
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Operators run commands in the container with `node dist/cli.js <command>` (e.g. staff:create).
CMD ["node", "--enable-source-maps", "dist/main.js"]
