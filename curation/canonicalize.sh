#!/usr/bin/env bash
# Checks a dataset directory with every rule of the reader and rewrites it in canonical form.
# Usage: curation/canonicalize.sh [dir]   (default: src/main/data). Prints every problem, with
# file:line:column, and writes nothing if the directory does not load whole.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-src/main/data}"
./mvnw -q -o process-classes -Dexec.skip=true >/dev/null 2>&1 || ./mvnw -q process-classes -Dexec.skip=true
cp="target/classes:target/build-classes:$(./mvnw -q -o org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)"
java -cp "$cp" io.parley.build.Canonicalize "$dir"
