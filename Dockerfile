# The relay (dist/relay, a self-contained bundle) for Azure Container Apps or any container host.
# Build from the repository root: docker build -t acr-webhook-relay .
# NODE_IMAGE: another Node 24 base (a mirror, or the one the tests build locally, offline).
ARG NODE_IMAGE=node:24-alpine
FROM ${NODE_IMAGE}
WORKDIR /app
COPY dist/relay/ ./
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
USER node
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://127.0.0.1:8080/healthz || exit 1
# SIGTERM stops accepting, finishes requests under way, then exits.
CMD ["node", "index.js"]
