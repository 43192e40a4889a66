# jqlc — the Job Quality Language compiler and checker.
#   make            build ./jqlc (installs missing build packages first)
#   make run        build and check the bundled example employers
#   make test       build and run every test (unit + golden + the stdlib's own tests)
#   make asan       run the whole test suite under AddressSanitizer + UBSan
#   make install    PREFIX=/usr/local DESTDIR=

VERSION := 0.1.0
CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
DEPS_PKGS := flex bison libgc-dev libcmocka-dev pkg-config

WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wno-unused-parameter
BASEFLAGS := -std=c11 -D_XOPEN_SOURCE=700 -DJQL_VERSION='"$(VERSION)"' \
           -I src -I $(BUILD)/gen $(shell pkg-config --cflags bdw-gc 2>/dev/null)
OPT     ?= -O2 -g
CFLAGS  ?=
ALLCFLAGS := $(BASEFLAGS) $(OPT) $(CFLAGS)
GENFLAGS  := $(ALLCFLAGS) -Wno-unused-function -Wno-sign-compare -Wno-unused-parameter
LDLIBS  := $(shell pkg-config --libs bdw-gc 2>/dev/null || echo -lgc)
CMOCKA  := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

SRCS    := $(wildcard src/*.c)
OBJS    := $(patsubst src/%.c,$(BUILD)/%.o,$(SRCS))
GENOBJS := $(BUILD)/parser.o $(BUILD)/lexer.o $(BUILD)/stdlib_data.o
LIBOBJS := $(filter-out $(BUILD)/main.o,$(OBJS)) $(GENOBJS)
STDLIB  := $(sort $(shell find stdlib -name '*.jq' 2>/dev/null))
UNITS   := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

.PHONY: all deps run test unit golden stdlib-test asan asan-test install clean golden-update

all: deps jqlc

# Install missing build packages (with sudo when not root). Quick when all are present.
deps:
	@missing=""; for p in $(DEPS_PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

jqlc: $(OBJS) $(GENOBJS)
	$(CC) $(ALLCFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h: grammar/parser.y
	@mkdir -p $(BUILD)/gen
	bison -Wall -Werror --header=$(BUILD)/gen/parser.h -o $(BUILD)/gen/parser.c $<

$(BUILD)/gen/lexer.c $(BUILD)/gen/lexer.h: grammar/lexer.l
	@mkdir -p $(BUILD)/gen
	flex --header-file=$(BUILD)/gen/lexer.h -o $(BUILD)/gen/lexer.c $<

$(BUILD)/gen/stdlib_data.c: $(STDLIB) grammar/embed.sh src/stdlib_embed.h
	@mkdir -p $(BUILD)/gen
	sh grammar/embed.sh $(STDLIB) > $@

$(BUILD)/parser.o: $(BUILD)/gen/parser.c $(BUILD)/gen/lexer.h
	$(CC) $(GENFLAGS) -c -o $@ $<
$(BUILD)/lexer.o: $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.h
	$(CC) $(GENFLAGS) -c -o $@ $<
$(BUILD)/stdlib_data.o: $(BUILD)/gen/stdlib_data.c
	$(CC) $(GENFLAGS) -c -o $@ $<

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) $(BUILD)/gen/parser.h $(BUILD)/gen/lexer.h
	@mkdir -p $(BUILD)
	$(CC) $(ALLCFLAGS) $(WARN) -MMD -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test_util.h $(LIBOBJS)
	@mkdir -p $(BUILD)/tests
	$(CC) $(ALLCFLAGS) $(WARN) -Wno-missing-prototypes -o $@ $< $(LIBOBJS) $(LDLIBS) $(CMOCKA)

run: all
	./jqlc check -r examples/county/standards examples/*.facts; \
	  rc=$$?; echo "(jqlc exit status $$rc: 0 all pass, 1 some employer fails, 2 errors)"

unit: $(UNITS)
	@fail=0; for t in $(UNITS); do $$t || fail=1; done; exit $$fail

golden: jqlc
	@sh tests/golden.sh

test: deps
	@$(MAKE) --no-print-directory jqlc $(UNITS)
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory golden
	@$(MAKE) --no-print-directory stdlib-test

# The library's own tests: `jqlc test` finds every *.jq under a folder it is given.
stdlib-test: jqlc
	@echo "jqlc test stdlib"; ./jqlc test stdlib

golden-update: jqlc
	@UPDATE=1 sh tests/golden.sh

# Sanitizer build in its own tree; libgc keeps working under ASan with these options.
asan: deps
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  asan-test
asan-test: $(OBJS) $(GENOBJS) $(UNITS)
	$(CC) $(ALLCFLAGS) -o $(BUILD)/jqlc $(OBJS) $(GENOBJS) $(LDLIBS)
	@export ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0; \
	  fail=0; for t in $(UNITS); do $$t || fail=1; done; \
	  JQLC=$(BUILD)/jqlc sh tests/golden.sh || fail=1; \
	  $(BUILD)/jqlc test stdlib || fail=1; exit $$fail

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 jqlc $(DESTDIR)$(PREFIX)/bin/jqlc
	install -m 644 docs/jqlc.1 $(DESTDIR)$(PREFIX)/share/man/man1/jqlc.1

clean:
	rm -rf build build-asan jqlc

-include $(wildcard $(BUILD)/*.d)
