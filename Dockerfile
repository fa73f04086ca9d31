# One image for every Metrograph service; docker-compose.yml picks the command per service.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.8
COPY . .
ARG WEB_ORIGIN=http://localhost:3000
ENV WEB_ORIGIN=${WEB_ORIGIN}
RUN pnpm install --frozen-lockfile && pnpm run build && pnpm prune --prod

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
