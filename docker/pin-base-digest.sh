#!/usr/bin/env bash
# Pins the Dockerfile's Node base image by digest (docker/README.md, "Pinning the base image").
# The repository's build machines reach no container registry, so the digest is resolved where
# this runs: with `docker buildx imagetools inspect` when Docker is there, else with the registry's
# HTTP API (an anonymous pull token, then HEAD of the tag's manifest list, whose
# Docker-Content-Digest is the multi-platform digest `docker pull` verifies).
#
#   docker/pin-base-digest.sh              # the tag in ARG NODE_IMAGE, e.g. node:24.22.3-bookworm-slim
#   docker/pin-base-digest.sh node:24.22.3-bookworm-slim
#   PIN_WITH=registry docker/pin-base-digest.sh   # skip buildx
#
# It rewrites `ARG NODE_IMAGE=<tag>@sha256:<digest>` in place (an earlier digest is replaced) and
# prints the line. Build and test the image before committing the new line.
set -euo pipefail

DOCKERFILE="${DOCKERFILE:-$(dirname "$0")/Dockerfile}"
REGISTRY_URL="${REGISTRY_URL:-https://registry-1.docker.io}"
AUTH_URL="${AUTH_URL:-https://auth.docker.io/token}"
PIN_WITH="${PIN_WITH:-auto}"

current="$(sed -n 's/^ARG NODE_IMAGE=//p' "$DOCKERFILE")"
[ -n "$current" ] || { echo "no ARG NODE_IMAGE= line in $DOCKERFILE" >&2; exit 1; }
image="${1:-${current%%@*}}"
[[ "$image" =~ ^node:[A-Za-z0-9._-]+$ ]] || { echo "not an official node image tag: $image" >&2; exit 1; }
tag="${image#node:}"

by_buildx() {
  docker buildx imagetools inspect "docker.io/library/node:$tag" --format '{{json .Manifest}}' | jq -r '.digest'
}

by_registry() {
  local token
  token="$(curl -fsS "$AUTH_URL?service=registry.docker.io&scope=repository:library/node:pull" | jq -r '.token')"
  curl -fsSI \
    -H "Authorization: Bearer $token" \
    -H 'Accept: application/vnd.oci.image.index.v1+json' \
    -H 'Accept: application/vnd.docker.distribution.manifest.list.v2+json' \
    "$REGISTRY_URL/v2/library/node/manifests/$tag" |
    tr -d '\r' | sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: *//p'
}

if [ "$PIN_WITH" != registry ] && command -v docker >/dev/null && docker buildx version >/dev/null 2>&1; then
  digest="$(by_buildx)"
else
  digest="$(by_registry)"
fi
[[ "$digest" =~ ^sha256:[0-9a-f]{64}$ ]] || { echo "no digest for $image (got: '${digest:-nothing}')" >&2; exit 1; }

pinned="$image@$digest"
tmp="$(mktemp)"
sed "s|^ARG NODE_IMAGE=.*$|ARG NODE_IMAGE=$pinned|" "$DOCKERFILE" >"$tmp"
cat "$tmp" >"$DOCKERFILE"
rm -f "$tmp"
echo "ARG NODE_IMAGE=$pinned"
