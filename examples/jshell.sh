#!/usr/bin/env bash
# Opens JShell with finsam on the class path and its API packages imported:
#   bash examples/jshell.sh
# The class path (core, money, outcomes and their runtime dependencies; nothing of the examples
# module, no test libraries) is kept in examples/target/jshell-classpath.txt. Maven runs (tests
# skipped) only when that file is missing, when an entry in it is gone, or when a POM or a main
# source file of a library module is newer than it. Then JShell starts with the default imports
# plus examples/analyst.jsh. Extra arguments are passed to jshell.
set -euo pipefail
cd "$(dirname "$0")/.."

modules=(core money outcomes)
cache=examples/target/jshell-classpath.txt

stale() {
  [ -s "$cache" ] || return 0
  local entry
  IFS=: read -ra entries < "$cache"
  for entry in "${entries[@]}"; do
    [ -e "$entry" ] || return 0
  done
  local newer
  newer="$(find pom.xml "${modules[@]/%//pom.xml}" "${modules[@]/%//src/main}" \
    -newer "$cache" -type f -print -quit)"
  [ -n "$newer" ]
}

if stale; then
  echo "jshell.sh: building core, money and outcomes (tests skipped) ..." >&2
  ./mvnw -q -B package dependency:build-classpath -DskipTests -pl "$(IFS=,; echo "${modules[*]}")" \
    -DincludeScope=runtime -Dmdep.outputFile=target/jshell-dependencies.txt >&2
  cp=""
  for m in "${modules[@]}"; do
    cp="$cp:$PWD/$m/target/classes"
  done
  for m in "${modules[@]}"; do
    cp="$cp:$(cat "$m/target/jshell-dependencies.txt")"
  done
  # one entry once, in order; the library's own class folders first
  cp="$(tr ':' '\n' <<< "$cp" | awk 'NF && !seen[$0]++' | paste -sd: -)"
  mkdir -p "$(dirname "$cache")"
  printf '%s\n' "$cp" > "$cache.tmp"
  mv "$cache.tmp" "$cache"
fi

jshell="jshell"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jshell" ]; then
  jshell="$JAVA_HOME/bin/jshell"
fi
# -J-XX:TieredStopAtLevel=1: JShell's own JVM (it compiles the snippets) starts about a second
# sooner with the client compiler only; the snippets still run in a separate JVM at full speed.
exec "$jshell" -J-XX:TieredStopAtLevel=1 --class-path "$(cat "$cache")" \
  --startup DEFAULT --startup examples/analyst.jsh "$@"
