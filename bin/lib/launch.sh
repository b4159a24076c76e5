# Shared by the launchers in bin/: builds one module's jar with Maven when it is missing or older
# than the sources it is built from. Sourced, not run; expects:
#   root       the repository root
#   module     the Maven module to build (storyfold-app, storyfold-bench, ...)
#   jar        the jar it produces (shaded, or the module's own classes)
#   sources    the folders and poms whose changes require a rebuild
#   name       the command's name, for messages
# and optionally:
#   classpath  a file the build writes with the module's dependencies (for a jar that is not shaded)

for tool in java mvn; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$name: '$tool' is not installed; storyfold needs JDK 17 and Maven (apt-get install openjdk-17-jdk maven)" >&2
    exit 1
  fi
done

stale() {
  [ ! -f "$jar" ] && return 0
  [ -n "${classpath:-}" ] && [ ! -f "$classpath" ] && return 0
  [ -n "$(find "${sources[@]}" -newer "$jar" -print -quit 2>/dev/null)" ]
}

if stale; then
  exec 9>"$root/.storyfold-build.lock"
  flock 9 2>/dev/null || true
  if stale; then
    echo "$name: building $module with Maven (first use or sources changed)..." >&2
    log="$(mktemp)"
    if ! (cd "$root" && mvn -q -B -DskipTests -pl "$module" -am package) >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "$name: the build failed (Maven's output is above)" >&2
      exit 1
    fi
    rm -f "$log"
  fi
  exec 9>&-
fi

# Spark on Java 17 (storyfold-spark, and storyfold-bench's Spark runs) needs these packages opened
# to it, as spark-submit's launcher does; the same list as the poms' spark.java.opens.
# shellcheck disable=SC2034
spark_opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
             --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
             --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
             --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
             --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
             -Djdk.reflect.useDirectMethodHandle=false)
