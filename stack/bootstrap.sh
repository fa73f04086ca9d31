#!/bin/sh
# Bootstraps what a fresh machine lacks, then runs one of the root package's scripts.
#   sh stack/bootstrap.sh <script> [args...]
# - Node 24 LTS: installed from the npm registry (package node@24) into .tools/node
#   when the machine's node is older; the system's Node is left alone.
# - pnpm: the version pinned in package.json "packageManager", into .tools/pnpm.
# - dependencies: `pnpm install` when the lockfile changed since the last install.
# - build: TypeScript project references (incremental) and the web app.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS="$ROOT/.tools"
cd "$ROOT"

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ]; then
  NODE_BIN="$TOOLS/node/node_modules/node/bin"
  if [ ! -x "$NODE_BIN/node" ]; then
    echo "bootstrap: installing Node 24 into .tools/node (machine has $(node --version 2>/dev/null || echo none))" >&2
    mkdir -p "$TOOLS/node"
    npm install --prefix "$TOOLS/node" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  PATH="$NODE_BIN:$PATH"
  export PATH
fi

PNPM_VERSION=$(node -p 'require("./package.json").packageManager.split("@")[1]')
PNPM_BIN="$TOOLS/pnpm/node_modules/.bin"
if [ ! -x "$PNPM_BIN/pnpm" ] || [ "$("$PNPM_BIN/pnpm" --version)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION into .tools/pnpm" >&2
  mkdir -p "$TOOLS/pnpm"
  npm install --prefix "$TOOLS/pnpm" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >&2
fi
PATH="$PNPM_BIN:$PATH"
export PATH

STAMP="node_modules/.metrograph-install-stamp"
if [ ! -f "$STAMP" ] || [ pnpm-lock.yaml -nt "$STAMP" ] || [ package.json -nt "$STAMP" ]; then
  echo "bootstrap: pnpm install" >&2
  pnpm install --frozen-lockfile >&2
  touch "$STAMP"
fi

pnpm run --silent build >&2
exec pnpm run --silent "$@"
