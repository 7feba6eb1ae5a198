#!/usr/bin/env bash
# Lays out the Liberty server "chat" that bin/chat-server runs, from what `mvn package` built, for
# the chaos scenario (modules/loadtest/SCENARIOS.md, "chaos"). bin/chat-server's own build runs
# `mvn install`, which must not run where several worktrees share ~/.m2; this does the same
# layout without it: the runtime zip from the local Maven repository, `server create`, server.xml, the PostgreSQL
# driver in jdbc/, the packaged WAR in dropins/. It then marks the build as fresh, so that
# bin/chat-server start (which the scenario calls for every restart) does not build.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd -P)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
RUNTIME_VERSION=$(sed -n 's:.*<liberty.runtime.version>\(.*\)</liberty.runtime.version>.*:\1:p' "$ROOT/pom.xml")
PG_VERSION=$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")
ZIP=$REPO/io/openliberty/openliberty-runtime/$RUNTIME_VERSION/openliberty-runtime-$RUNTIME_VERSION.zip
DRIVER=$REPO/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar
LIBERTY=$ROOT/modules/app/target/liberty
SERVER=$LIBERTY/wlp/usr/servers/chat
WAR=$ROOT/modules/app/target/chat.war

fail() { printf 'prepare-server: %s\n' "$*" >&2; exit 1; }

[[ -f $WAR ]] || fail "no $WAR: run mvn -B -o -q -DskipTests -DskipITs -Dskip.it=true package first"
ls "$ROOT"/modules/devdb/target/chat-devdb-*.jar >/dev/null 2>&1 || fail "modules/devdb is not packaged"
[[ -f $ZIP ]] || fail "no Liberty runtime $ZIP (a build of modules/app with its ITs downloads it)"
[[ -f $DRIVER ]] || fail "no PostgreSQL driver $DRIVER"
if [[ ! -x $LIBERTY/wlp/bin/server ]]; then
    mkdir -p "$LIBERTY"
    unzip -q -o "$ZIP" -d "$LIBERTY"
fi
# Liberty's own create writes server.env with the keystore password; without it there is no
# default keystore, and MicroProfile JWT then takes no bearer token at all (every call is a 401).
if [[ ! -f $SERVER/server.env ]]; then
    rm -rf "$SERVER"
    "$LIBERTY/wlp/bin/server" create chat >/dev/null
fi
mkdir -p "$SERVER/jdbc" "$SERVER/dropins"
cp "$ROOT/src/main/liberty/config/"* "$SERVER/"
cp "$DRIVER" "$SERVER/jdbc/postgresql.jar"
cp "$WAR" "$SERVER/dropins/chat.war"
touch "$ROOT/modules/app/target/chat-server.built"
printf 'Liberty server chat laid out in %s\n' "$SERVER"
