# The relay (dist/relay, a self-contained bundle) for Azure Container Apps or any container host.
# Build from the repository root: docker build -t acr-webhook-relay .
# NODE_IMAGE: another Node 24 base (a mirror, or the one the tests build locally, offline).
# The default is node:24-alpine pinned by digest, as the workflows pin actions by commit SHA: the
# multi-platform image of the tag node:24.18.0-alpine3.24 on Docker Hub. To move it, take the digest
# of the new tag (docker buildx imagetools inspect node:24-alpine) and write both here.
ARG NODE_IMAGE=node:24.18.0-alpine3.24@sha256:a0b9bf06e4e6193cf7a0f58816cc935ff8c2a908f81e6f1a95432d679c54fbfd
FROM ${NODE_IMAGE}
WORKDIR /app
COPY dist/relay/ ./
ENV NODE_ENV=production PORT=8080
EXPOSE 8080
USER node
# Shell form, so that the check asks the port the relay listens on when PORT is set at run time.
HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- "http://127.0.0.1:${PORT:-8080}/healthz" || exit 1
# SIGTERM stops accepting, finishes requests under way, then exits.
CMD ["node", "index.js"]
