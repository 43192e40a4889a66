# Helpers for tests/hostile/*.sh (sourced by tests/hostile.sh, in the case's scratch
# folder $T, with $JQLC and $ROOT set).

# run ARGS...: jqlc with ARGS; sets $rc, and $T/out and $T/err hold its output.
run() {
  "$JQLC" "$@" >"$T/out" 2>"$T/err"
  rc=$?
}

# ok NAME / bad NAME WHY: report one case.
ok() { echo "ok $1"; }
bad() { echo "bad $1: $2"; }

# expect NAME STATUS ERR_PATTERN: after `run`, the exit status must be STATUS and
# standard error must match ERR_PATTERN (grep -E; '' means empty stderr).
expect() {
  why=
  [ "$rc" -eq "$2" ] || why="exit $rc, expected $2"
  if [ -z "$3" ]; then
    [ ! -s "$T/err" ] || why="${why:+$why; }unexpected stderr: $(head -n 1 "$T/err")"
  elif ! grep -Eq -- "$3" "$T/err"; then
    why="${why:+$why; }stderr lacks /$3/: $(head -n 1 "$T/err")"
  fi
  if [ -z "$why" ]; then ok "$1"; else bad "$1" "$why"; fi
}

# rules FILE: a minimal rule file with one standard, for cases about other things.
rules() {
  cat >"$1" <<'RULES'
facts { ok: bool }
standard s "S" { rule r "R" { require ok } }
RULES
}

# facts FILE: one employer for rules().
facts() { echo 'employer "A" { ok = true }' >"$1"; }
