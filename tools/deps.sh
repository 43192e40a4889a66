#!/bin/sh
# deps.sh PACKAGE... : make sure the build has what these Debian packages provide
# (`make deps`, run before anything is compiled). A package counts as present when
# what the build uses from it works here -- its tool is on PATH, its header is found
# by the compiler -- or dpkg says it is installed, so a machine that has the tools
# from elsewhere needs no apt. The missing ones are installed with apt-get (with sudo
# when not root). Without apt-get (not Debian), or without the right to use it, this
# names what is missing and lets the build try anyway.
# Environment: CC, the compiler (default cc), also checked for.

CC=${CC:-cc}

# Does the compiler find header $1 (with the pkg-config flags of module $2, if any)?
has_header() {
  flags=$(pkg-config --cflags "$2" 2>/dev/null)
  printf '#include <%s>\n' "$1" | $CC $flags -E -x c - >/dev/null 2>&1
}

# Is what the build needs from package $1 usable? (Unknown packages: ask dpkg only.)
usable() {
  case $1 in
    flex|bison|pkg-config|gcovr|clang|python3|jq|chromium|cmark-gfm) command -v "$1" >/dev/null 2>&1 ;;
    time) /usr/bin/time -f %M true >/dev/null 2>&1 ;;   # GNU time (the shell's has no -f)
    libxml2-utils) command -v xmllint >/dev/null 2>&1 ;;
    perl) command -v prove >/dev/null 2>&1 ;;
    nodejs) command -v node >/dev/null 2>&1 ;;
    npm) command -v npm >/dev/null 2>&1 ;;     # also bundled with some nodejs builds
    vim) command -v vim >/dev/null 2>&1 ;;     # vim-nox, vim-gtk3 and others bring it too
    libgc-dev) has_header gc.h bdw-gc ;;
    libcmocka-dev) has_header cmocka.h cmocka ;;
    *) return 1 ;;
  esac
}

installed() {
  command -v dpkg-query >/dev/null 2>&1 &&
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=""
if ! command -v "${CC%% *}" >/dev/null 2>&1; then
  echo "deps: no C compiler '$CC' (Debian package gcc)"
  missing="gcc"
fi
for p in "$@"; do
  usable "$p" || installed "$p" || missing="$missing $p"
done
missing=${missing# }
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "deps: missing (Debian package names): $missing"
  echo "deps: no apt-get here: install them with this system's package manager; trying to build anyway"
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo=sudo
else
  echo "deps: missing: $missing; as root, run: apt-get install $missing"
  echo "deps: not root and no sudo: trying to build anyway"
  exit 0
fi
echo "deps: installing: $missing"
$sudo apt-get update -qq && $sudo apt-get install -y -qq $missing && exit 0
echo "deps: could not install: $missing" >&2
exit 1
